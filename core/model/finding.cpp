#include "model/finding.h"

#include "common/language.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace nianbao {

namespace {

constexpr const char* kContext = "nianbao::Finding";

QString render(QString text, const QList<FindingArg>& args, bool chinese)
{
    for (const FindingArg& arg : args) {
        QString value = arg.plain;
        if (!arg.term.isEmpty()) {
            value = chinese ? (arg.term.zh.isEmpty() ? arg.term.en : arg.term.zh)
                            : (arg.term.en.isEmpty() ? arg.term.zh : arg.term.en);
        }
        text = text.arg(value);
    }
    return text;
}

const QTranslator& chineseCatalogue()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        (void)t->load(QStringLiteral(":/i18n/nianbao_zh_CN.qm"));
        return t;
    }();
    return *translator;
}

} // namespace

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

std::optional<Severity> severityFromCode(const QString& code)
{
    if (code == QLatin1String("error")) {
        return Severity::Error;
    }
    if (code == QLatin1String("warning")) {
        return Severity::Warning;
    }
    if (code == QLatin1String("note")) {
        return Severity::Note;
    }
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("nianbao::Finding", "error");
    case Severity::Warning:
        return QCoreApplication::translate("nianbao::Finding", "warning");
    case Severity::Note:
        return QCoreApplication::translate("nianbao::Finding", "note");
    }
    return {};
}

QString Finding::message() const
{
    const QByteArray source = messageTemplate.toUtf8();
    return render(QCoreApplication::translate(kContext, source.constData()), args,
                  currentLanguage() == Language::Chinese);
}

QString Finding::message(bool chinese) const
{
    const QByteArray source = messageTemplate.toUtf8();
    QString text = messageTemplate;
    if (chinese) {
        const QString translated = chineseCatalogue().translate(kContext, source.constData());
        if (!translated.isEmpty()) {
            text = translated;
        }
    }
    return render(text, args, chinese);
}

bool isExtractionFinding(const Finding& finding)
{
    return finding.rule.startsWith(kExtractionRulePrefix);
}

QString findingFingerprint(const QString& rule, QStringList cells)
{
    cells.sort();
    cells.removeDuplicates();
    return rule + QLatin1Char('|') + cells.join(QLatin1Char(','));
}

QString findingFingerprint(const Finding& finding)
{
    return findingFingerprint(finding.rule, finding.cells);
}

} // namespace nianbao
