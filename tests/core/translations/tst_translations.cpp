// The translation catalogues: translations/nianbao_zh_CN.ts must translate every message the
// sources mark, keeping what the program fills in or the keyboard uses (%1…%99, %L1, %n,
// &-accelerators, HTML tags, a trailing newline, colon or ellipsis); translations/nianbao_en.ts
// must give the English plural forms of every %n message (the other English messages are left
// unfinished on purpose: Qt then shows the source text, which is English). The embedded .qm
// files must then render Chinese at run time.
//
// When this test fails after a new string was added to the sources and the catalogues were
// refreshed (`cmake --build build --target update_translations`), translate the string:
// open the catalogue in Qt Linguist (`linguist translations/nianbao_zh_CN.ts`, and
// translations/nianbao_en.ts for a %n message), translate each message marked unfinished,
// mark it done (Ctrl+Return), save, and rebuild. Keep the placeholders, the accelerator
// ("&File" → "文件(&F)") and the terms the rest of the catalogue uses.

#include "common/language.h"
#include "extract/extractionfindings.h"
#include "model/finding.h"
#include "model/review.h"
#include "rules/rulefindings.h"
#include "store/archive.h"
#include "templates/templateloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace nianbao;
using namespace nianbao::store;

namespace {

const QString kCatalogues = QStringLiteral(NIANBAO_TRANSLATIONS_DIR);

const QString kFix = QStringLiteral(
    "translate them in Qt Linguist (linguist translations/%1), mark each done, save and "
    "rebuild");

/// One <message> of a .ts file.
struct Message {
    QString context;
    QString source;
    bool numerus = false;
    /// "unfinished", "vanished", "obsolete" or empty (finished).
    QString type;
    /// The translation, or the plural forms of a numerus message.
    QStringList forms;

    [[nodiscard]] QString where() const
    {
        return QStringLiteral("[%1] \"%2\"").arg(context, source);
    }
};

QList<Message> readCatalogue(const QString& fileName)
{
    QFile file(kCatalogues + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{
                context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform") {
                        message.forms.append(xml.readElementText());
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                message.forms = {xml.readElementText()};
            }
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(fileName), qPrintable(xml.errorString()));
        return {};
    }
    return messages;
}

/// %1…%99, %L1…, %n: how many times each occurs.
QMap<QString, int> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QMap<QString, int> found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        ++found[it.next().captured()];
    }
    return found;
}

/// The accelerator letter of a text ("&File" → 'f'), or a null char.
QChar accelerator(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("(?<!&)&([^&\\s])"));
    const QRegularExpressionMatch match = marker.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

QStringList tags(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("<[^<>]+>"));
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    return found;
}

QString leadingSpace(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    return text.left(i);
}

QString trailingSpace(const QString& text)
{
    qsizetype i = text.size();
    while (i > 0 && text.at(i - 1).isSpace()) {
        --i;
    }
    return text.mid(i);
}

/// What of `source` a translation must keep; the problems, empty when none.
QStringList problems(const QString& source, const QString& translation)
{
    QStringList found;
    if (translation.trimmed().isEmpty()) {
        return {QStringLiteral("empty translation")};
    }
    const QMap<QString, int> wanted = placeholders(source);
    const QMap<QString, int> given = placeholders(translation);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const int count = given.value(it.key());
        // Each placeholder once; one the source repeats may be said once or as often.
        if (count == 0 || (it.value() == 1 && count != 1) || count > it.value()) {
            found.append(QStringLiteral("%1 occurs %2 times, the source has it %3 times")
                             .arg(it.key(), QString::number(count), QString::number(it.value())));
        }
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!wanted.contains(it.key())) {
            found.append(QStringLiteral("%1 is not in the source").arg(it.key()));
        }
    }
    if (const QChar key = accelerator(source); !key.isNull() && accelerator(translation) != key) {
        found.append(QStringLiteral("the accelerator &%1 is lost (write e.g. \"文件(&%2)\")")
                         .arg(QString(key), QString(key.toUpper())));
    }
    QStringList sourceTags = tags(source);
    QStringList translationTags = tags(translation);
    sourceTags.sort();
    translationTags.sort();
    if (sourceTags != translationTags) {
        found.append(QStringLiteral("the HTML tags differ"));
    }
    if (leadingSpace(source) != leadingSpace(translation) ||
        trailingSpace(source) != trailingSpace(translation)) {
        found.append(QStringLiteral("the leading or trailing white space (or newline) differs"));
    }
    const QString end = source.trimmed();
    const QString translatedEnd = translation.trimmed();
    if ((end.endsWith(u'…') || end.endsWith(QLatin1String("..."))) &&
        !(translatedEnd.endsWith(u'…') || translatedEnd.endsWith(QLatin1String("...")))) {
        found.append(QStringLiteral("the trailing ellipsis is lost"));
    }
    if (end.endsWith(u':') && !(translatedEnd.endsWith(u':') || translatedEnd.endsWith(u'：'))) {
        found.append(QStringLiteral("the trailing colon is lost"));
    }
    return found;
}

QString report(const QStringList& failures, int limit = 40)
{
    QStringList shown = failures.mid(0, limit);
    if (failures.size() > limit) {
        shown.append(QStringLiteral("… and %1 more").arg(failures.size() - limit));
    }
    return shown.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void cataloguesHoldTheSameMessages();
    void everyChineseMessageIsTranslated();
    void chineseTranslationsKeepPlaceholdersAndAccelerators();
    void everyEnglishPluralHasItsForms();

    void embeddedCataloguesLoad();
    void findingsRenderInChinese();
    void namesAndCliTextRenderInChinese();
    void englishPluralsRender();
    void errorsOfTheCoreRenderInChinese();

private:
    QList<Message> m_chinese;
    QList<Message> m_english;
};

void TestTranslations::initTestCase()
{
    m_chinese = readCatalogue(QStringLiteral("nianbao_zh_CN.ts"));
    m_english = readCatalogue(QStringLiteral("nianbao_en.ts"));
    QVERIFY2(m_chinese.size() > 300, "translations/nianbao_zh_CN.ts is missing or unreadable");
    QVERIFY2(m_english.size() > 300, "translations/nianbao_en.ts is missing or unreadable");
}

void TestTranslations::cleanup()
{
    installTranslations(Language::English);
}

void TestTranslations::cataloguesHoldTheSameMessages()
{
    // update_translations refreshes both files from the same sources.
    const auto keys = [](const QList<Message>& messages) {
        QStringList list;
        for (const Message& message : messages) {
            list.append(message.where() + (message.numerus ? QStringLiteral(" (%n)") : QString()));
        }
        list.sort();
        return list;
    };
    QCOMPARE(keys(m_english), keys(m_chinese));
}

void TestTranslations::everyChineseMessageIsTranslated()
{
    QStringList failures;
    for (const Message& message : std::as_const(m_chinese)) {
        if (!message.type.isEmpty()) {
            failures.append(QStringLiteral("%1 is %2").arg(message.where(), message.type));
        } else if (message.numerus && message.forms.size() != 1) {
            // Chinese has one plural form.
            failures.append(QStringLiteral("%1 has %2 plural forms, Chinese has one")
                                .arg(message.where(), QString::number(message.forms.size())));
        } else if (message.forms.isEmpty() || message.forms.contains(QString())) {
            failures.append(QStringLiteral("%1 has an empty translation").arg(message.where()));
        }
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 Chinese messages are not translated (%2):\n%3")
                            .arg(QString::number(failures.size()),
                                 kFix.arg(QStringLiteral("nianbao_zh_CN.ts")), report(failures))));
}

void TestTranslations::chineseTranslationsKeepPlaceholdersAndAccelerators()
{
    QStringList failures;
    for (const Message& message : std::as_const(m_chinese)) {
        for (const QString& form : message.forms) {
            for (const QString& problem : problems(message.source, form)) {
                failures.append(QStringLiteral("%1: %2").arg(message.where(), problem));
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

void TestTranslations::everyEnglishPluralHasItsForms()
{
    QStringList failures;
    for (const Message& message : std::as_const(m_english)) {
        if (!message.numerus) {
            // Finished or not, a text given must keep what the program fills in.
            if (!message.forms.value(0).isEmpty()) {
                for (const QString& problem : problems(message.source, message.forms.front())) {
                    failures.append(QStringLiteral("%1: %2").arg(message.where(), problem));
                }
            }
            continue;
        }
        if (!message.type.isEmpty() || message.forms.size() != 2) {
            failures.append(
                QStringLiteral("%1 needs its two English forms (\"%n report\", \"%n reports\")")
                    .arg(message.where()));
            continue;
        }
        for (const QString& form : message.forms) {
            for (const QString& problem : problems(message.source, form)) {
                failures.append(QStringLiteral("%1: %2").arg(message.where(), problem));
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 (%2)").arg(
                                     report(failures), kFix.arg(QStringLiteral("nianbao_en.ts")))));
}

void TestTranslations::embeddedCataloguesLoad()
{
    for (const char* code : {"zh_CN", "en"}) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/nianbao_%1.qm").arg(QLatin1String(code))),
                 code);
        QVERIFY(!translator.isEmpty());
    }
}

void TestTranslations::findingsRenderInChinese()
{
    const LocalizedText natural{QStringLiteral("自然人"), QStringLiteral("Natural persons")};
    const LocalizedText lhs{QStringLiteral("第一项加第二项之和"), QStringLiteral("items 1 + 2")};
    const LocalizedText rhs{QStringLiteral("第三项加第四项之和"), QStringLiteral("items 3 + 4")};
    const Finding balance =
        rules::findings::sumBroken(QStringLiteral("t3.balance"), Severity::Error, false, natural,
                                   lhs, 12, rhs, 11, {QStringLiteral("t3.new.natural")});
    const LocalizedText title{QStringLiteral("收到和处理政府信息公开申请情况"),
                              QStringLiteral("Disclosure requests received and handled")};
    const Finding missing = extract::findings::tableMissing(QStringLiteral("t3"), title, {});

    const QString englishBalance =
        QStringLiteral("Natural persons: items 1 + 2 = 12 ≠ items 3 + 4 = 11");
    const QString chineseBalance =
        QStringLiteral("自然人：第一项加第二项之和 12 ≠ 第三项加第四项之和 11");
    const QString chineseMissing =
        QStringLiteral("年报中未找到表3（收到和处理政府信息公开申请情况），其单元格均为空。");

    installTranslations(Language::English);
    QCOMPARE(balance.message(), englishBalance);
    // Bilingual exports ask for Chinese without switching the application's language.
    QCOMPARE(balance.message(true), chineseBalance);
    QCOMPARE(missing.message(true), chineseMissing);

    installTranslations(Language::Chinese);
    QCOMPARE(currentLanguage(), Language::Chinese);
    QCOMPARE(balance.message(), chineseBalance);
    QCOMPARE(missing.message(), chineseMissing);
    QCOMPARE(balance.message(false), englishBalance);
}

void TestTranslations::namesAndCliTextRenderInChinese()
{
    installTranslations(Language::Chinese);
    QCOMPARE(reviewStatusName(ReviewStatus::Pending), QStringLiteral("待审核"));
    QCOMPARE(reviewStatusName(ReviewStatus::Reviewed), QStringLiteral("已审核"));
    QCOMPARE(reviewStatusName(ReviewStatus::Doubtful), QStringLiteral("存疑"));
    QCOMPARE(findingVerdictName(FindingVerdict::Dismissed), QStringLiteral("已排除"));

    // nianbao-cli's usage text and its export summary (a %n message).
    QCOMPARE(QCoreApplication::translate("nianbao::cli", "commands:"), QStringLiteral("命令："));
    QCOMPARE(QCoreApplication::translate("nianbao::cli", "exported %n report(s), %1 rows: %2\n",
                                         nullptr, 3)
                 .arg(40)
                 .arg(QStringLiteral("a.csv")),
             QStringLiteral("已导出 3 份年报，共 40 行：a.csv\n"));

    // Severity names, as the findings panel and exports show them.
    QCOMPARE(severityName(Severity::Error), QStringLiteral("错误"));
    QCOMPARE(severityName(Severity::Warning), QStringLiteral("警告"));
    QCOMPARE(severityName(Severity::Note), QStringLiteral("提示"));
}

void TestTranslations::englishPluralsRender()
{
    installTranslations(Language::English);
    const auto listed = [](int n) {
        return QCoreApplication::translate("nianbao::ui::MainWindow", "%n report(s) listed",
                                           nullptr, n);
    };
    QCOMPARE(listed(0), QStringLiteral("0 reports listed"));
    QCOMPARE(listed(1), QStringLiteral("1 report listed"));
    QCOMPARE(listed(2), QStringLiteral("2 reports listed"));
    // The other English messages are the source text.
    QCOMPARE(QCoreApplication::translate("nianbao::cli", "commands:"), QStringLiteral("commands:"));
}

void TestTranslations::errorsOfTheCoreRenderInChinese()
{
    // Messages the core builds in several places (template loading, the archive): every
    // translation context is a literal, so lupdate files each message where it is looked up.
    installTranslations(Language::Chinese);

    const Result<ReportTemplate> loaded = loadTemplate(QByteArrayLiteral("{}"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().message, QStringLiteral("格式文件使用了未知的结构版本"));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Result<std::unique_ptr<Archive>> archive = Archive::open(folder.path());
    QVERIFY(!archive);
    QCOMPARE(archive.error().message,
             QStringLiteral("%1 是文件夹，不是档案库文件。").arg(folder.path()));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
