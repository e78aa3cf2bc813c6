#include "common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace nianbao {

namespace {

Language g_language = Language::English;

struct InstalledTranslators {
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

InstalledTranslators& installed()
{
    static InstalledTranslators translators;
    return translators;
}

} // namespace

Language currentLanguage()
{
    return g_language;
}

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

Language languageFromCode(const QString& code)
{
    return code.startsWith(QLatin1String("zh")) ? Language::Chinese : Language::English;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

void installTranslations(Language language)
{
    auto& translators = installed();
    if (translators.own) {
        QCoreApplication::removeTranslator(translators.own.get());
    }
    if (translators.qt) {
        QCoreApplication::removeTranslator(translators.qt.get());
    }
    translators.own = std::make_unique<QTranslator>();
    translators.qt = std::make_unique<QTranslator>();

    const QString code = languageCode(language);
    if (translators.own->load(QStringLiteral(":/i18n/nianbao_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(translators.own.get());
    }
    if (language == Language::Chinese &&
        translators.qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                             QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(translators.qt.get());
    }
    g_language = language;
}

} // namespace nianbao
