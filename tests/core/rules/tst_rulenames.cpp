// Every rule a finding can carry has a name for people in Chinese and in English: each rule of
// every format (and its "could not be checked" variant), and every rule id the core's sources
// raise themselves. A new rule without a name fails here.

#include "common/language.h"
#include "rules/rulefindings.h"
#include "rules/rulenames.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace nianbao;

namespace {

bool hasChinese(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

/// Every rule id a finding of the built-in formats can carry, with the format it belongs to
/// (null for the fixed ones).
std::vector<std::pair<QString, const ReportTemplate*>> everyRuleId()
{
    std::vector<std::pair<QString, const ReportTemplate*>> ids;
    const TemplateRegistry& formats = TemplateRegistry::builtin();
    for (const QString& id : formats.ids()) {
        const ReportTemplate* format = formats.find(id);
        for (const RuleDef& rule : format->rules) {
            ids.emplace_back(rule.code, format);
            ids.emplace_back(rule.code + rules::findings::kUnassessable, format);
        }
    }
    for (const QString& id : rules::fixedRuleIds()) {
        ids.emplace_back(id, nullptr);
    }
    return ids;
}

/// The rule ids the core's sources raise as literals: `make("extract.…"`,
/// `make(QStringLiteral("report.…")`, `.rule = QStringLiteral("…")` and the `k…Rule{"…"}`
/// constants. What rules a format defines comes from its data, not from here.
QStringList ruleIdsInSources()
{
    static const QRegularExpression raised(
        QStringLiteral(R"re((?:make\(\s*(?:QStringLiteral\()?|\.rule\s*=\s*(?:QStringLiteral\()?)re"
                       R"re(|Rule\{)"([a-z_]+\.[a-z_.]+)")re"));
    QStringList ids;
    QDirIterator files(QStringLiteral(NIANBAO_CORE_SOURCE_DIR),
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch& match : raised.globalMatch(text)) {
            if (!ids.contains(match.captured(1))) {
                ids << match.captured(1);
            }
        }
    }
    return ids;
}

} // namespace

class TestRuleNames : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { installTranslations(Language::English); }

    void everyRuleHasANameInBothLanguages_data();
    void everyRuleHasANameInBothLanguages();
    void everyRuleTheSourcesRaiseIsNamed();
    void formatRulesAreNamedFromTheirData();
    void unknownRulesShowTheirId();
};

void TestRuleNames::everyRuleHasANameInBothLanguages_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::newRow("English") << false;
    QTest::newRow("Chinese") << true;
}

void TestRuleNames::everyRuleHasANameInBothLanguages()
{
    QFETCH(bool, chinese);
    const auto ids = everyRuleId();
    QVERIFY(ids.size() > 40);
    installTranslations(Language::English);
    QHash<QString, QString> english;
    for (const auto& [id, format] : ids) {
        const std::optional<QString> name = rules::ruleName(id, format);
        QVERIFY2(name && !name->isEmpty(), qPrintable(id + QStringLiteral(" has no name")));
        QVERIFY2(!hasChinese(*name), qPrintable(id + QStringLiteral(": ") + *name));
        english.insert(id + (format ? format->id : QString()), *name);
    }
    if (!chinese) {
        return;
    }
    installTranslations(Language::Chinese);
    for (const auto& [id, format] : ids) {
        const std::optional<QString> name = rules::ruleName(id, format);
        QVERIFY2(
            name && hasChinese(*name),
            qPrintable(id + QStringLiteral(" has no Chinese name: ") + name.value_or(QString())));
        QVERIFY(*name != english.value(id + (format ? format->id : QString())));
    }
}

void TestRuleNames::everyRuleTheSourcesRaiseIsNamed()
{
    const QStringList raised = ruleIdsInSources();
    // The scan must see the kinds of rule id the sources raise, or it proves nothing.
    for (const char* known :
         {"extract.short_row", "report.agency_missing", "extract.same_text",
          "report.same_body_year", "year_on_year.jump", "narrative.copied", "rules.unusable"}) {
        QVERIFY2(raised.contains(QLatin1String(known)), known);
    }
    const QStringList fixed = rules::fixedRuleIds();
    for (const QString& id : raised) {
        QVERIFY2(fixed.contains(id),
                 qPrintable(id + QStringLiteral(" is raised but has no name in rulenames.cpp")));
    }
}

void TestRuleNames::formatRulesAreNamedFromTheirData()
{
    const ReportTemplate* format = TemplateRegistry::builtin().find(QStringLiteral("2021"));
    QVERIFY(format);
    installTranslations(Language::English);
    QCOMPARE(rules::ruleName(QStringLiteral("cross_year.carried_over"), format).value_or(QString()),
             QStringLiteral("Carried over from last year"));
    QCOMPARE(rules::ruleName(QStringLiteral("t3.balance.unassessable"), format).value_or(QString()),
             QStringLiteral("Requests balance (not checkable)"));
    installTranslations(Language::Chinese);
    QCOMPARE(rules::ruleName(QStringLiteral("cross_year.carried_over"), format).value_or(QString()),
             QStringLiteral("跨年结转"));
    QCOMPARE(rules::ruleName(QStringLiteral("report.agency_missing"), format).value_or(QString()),
             QStringLiteral("缺少机关名称"));
}

void TestRuleNames::unknownRulesShowTheirId()
{
    // A finding stored by another version, or of a format no longer installed.
    QVERIFY(!rules::ruleName(QStringLiteral("t9.gone"), nullptr));
    QCOMPARE(rules::ruleNameOrId(QStringLiteral("t9.gone"), nullptr), QStringLiteral("t9.gone"));
    // A format rule's id without its format has no name: names come from the format's data.
    QVERIFY(!rules::ruleName(QStringLiteral("t3.balance"), nullptr));
}

QTEST_GUILESS_MAIN(TestRuleNames)
#include "tst_rulenames.moc"
