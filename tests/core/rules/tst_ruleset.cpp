// The rules as data: the bundled formats compile, a new rule is a data change, and malformed
// rule data gives a clear message instead of a crash or a silent pass.

#include "reportbuilder.h"
#include "rules/ruleset.h"
#include "rules/validator.h"
#include "templates/templateregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

namespace {

QJsonObject bundledJson(const QString& id)
{
    QFile file(QStringLiteral(":/templates/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no bundled template %s", qUtf8Printable(id));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A registry holding the bundled 2021 format with its rules replaced.
Result<TemplateRegistry> registryWithRules(const QTemporaryDir& dir, const QJsonArray& rules)
{
    QJsonObject format = bundledJson(QStringLiteral("2021"));
    format.insert(QStringLiteral("rules"), rules);
    QFile file(QDir(dir.path()).filePath(QStringLiteral("2021.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qUtf8Printable(file.fileName()));
    }
    file.write(QJsonDocument(format).toJson());
    file.close();
    return TemplateRegistry::fromDirectory(dir.path());
}

/// Rule data written with single quotes, so that it reads like the JSON files.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject parse(const char* text)
{
    return QJsonDocument::fromJson(json(text)).object();
}

} // namespace

class TestRuleSet : public QObject {
    Q_OBJECT

private slots:
    void bundledFormatsCompile()
    {
        for (const auto& format : TemplateRegistry::builtin().templates()) {
            const auto compiled = rules::ruleSet(*format, TemplateRegistry::builtin());
            QVERIFY2(compiled, compiled ? "" : qPrintable(compiled.error().message));
            QCOMPARE((*compiled)->rules.size(), format->rules.size());
            // Compiled once: the same rule set on every call.
            QCOMPARE(rules::ruleSet(*format, TemplateRegistry::builtin())->get(), compiled->get());
        }
    }

    void hardRulesAreErrorsAndTheOthersAreNot()
    {
        const QStringList hard = {QStringLiteral("t3.balance"), QStringLiteral("t3.results_total"),
                                  QStringLiteral("t3.row_total"), QStringLiteral("t4.group_total"),
                                  QStringLiteral("cell.domain")};
        for (const auto& format : TemplateRegistry::builtin().templates()) {
            QStringList codes;
            for (const RuleDef& rule : format->rules) {
                codes.append(rule.code);
                if (hard.contains(rule.code)) {
                    QVERIFY2(rule.severity == Severity::Error, qPrintable(rule.code));
                } else {
                    QVERIFY2(rule.severity == Severity::Warning || rule.severity == Severity::Note,
                             qPrintable(rule.code));
                }
            }
            for (const QString& code : hard) {
                QVERIFY2(codes.contains(code), qPrintable(format->id + QLatin1Char(' ') + code));
            }
        }
    }

    void aNewRuleIsADataChange()
    {
        // Every regulation in force must have been issued this year: nonsense as a rule, but
        // it shows a new entry of an existing kind is all a new check needs.
        QTemporaryDir dir;
        const auto registry = registryWithRules(
            dir, QJsonArray{parse("{'code': 't2.custom', 'kind': 'sum', 'severity': 'warning', "
                                  " 'table': 't2', 'for_each': 'row', 'rows': ['regulations'], "
                                  " 'lhs': ['in_force'], 'rhs': ['issued'], "
                                  " 'lhs_label': {'zh': '现行有效件数', 'en': 'in force'}, "
                                  " 'rhs_label': {'zh': '本年制发件数', 'en': 'issued'}}")});
        QVERIFY2(registry, registry ? "" : qPrintable(registry.error().message));
        test::ReportBuilder builder(QStringLiteral("2021"));
        builder.set(QStringLiteral("t2.regulations.in_force"), 7)
            .set(QStringLiteral("t2.regulations.issued"), 2);
        ValidationContext context;
        context.templates = &*registry;
        const auto findings = validateReport(builder.report(), context);
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().rule, QStringLiteral("t2.custom"));
        QCOMPARE(findings.front().severity, Severity::Warning);
        QCOMPARE(findings.front().message(false),
                 QStringLiteral("Regulations: in force = 7 ≠ issued = 2"));
    }

    void malformedRulesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown kind") << json("{'code': 'x.y', 'kind': 'product'}")
                                      << QStringLiteral("rule x.y: unknown rule kind \"product\"");
        QTest::newRow("no code") << json("{'kind': 'domain'}")
                                 << QStringLiteral("a rule of kind \"domain\" has no code");
        QTest::newRow("bad severity")
            << json("{'code': 'x.y', 'kind': 'domain', 'severity': 'fatal'}")
            << QStringLiteral("rule x.y: unknown severity \"fatal\"");
        QTest::newRow("row not in table")
            << json("{'code': 'x.y', 'kind': 'sum', 'table': 't3', 'for_each': 'column', "
                    " 'lhs': ['neww'], 'rhs': ['granted'], 'lhs_label': 'a', 'rhs_label': 'b'}")
            << QStringLiteral("rule x.y: \"neww\" is not a row of table t3");
        QTest::newRow("no table")
            << json("{'code': 'x.y', 'kind': 'sum', 'table': 't9', 'for_each': 'row', "
                    " 'lhs': ['total'], 'rhs': ['natural'], 'lhs_label': 'a', 'rhs_label': 'b'}")
            << QStringLiteral("rule x.y: there is no table \"t9\"");
        QTest::newRow("previous year in a plain sum")
            << json("{'code': 'x.y', 'kind': 'sum', 'table': 't3', 'for_each': 'column', "
                    " 'lhs': ['carried_over'], "
                    " 'rhs': [{'key': 'carried_forward', 'year': 'previous'}], "
                    " 'lhs_label': 'a', 'rhs_label': 'b'}")
            << QStringLiteral("rule x.y: only a cross_year rule may use the previous year");
        QTest::newRow("invalid pattern")
            << json("{'code': 'x.y', 'kind': 'narrative_absence', 'parts': ['overview'], "
                    " 'cells': ['t3.new.total'], 'cell_label': 'c', 'patterns': ['未收到(申请']}")
            << QStringLiteral("rule x.y: pattern \"未收到(申请\" is invalid: missing closing "
                              "parenthesis");
        QTest::newRow("count pattern without its number")
            << json("{'code': 'x.y', 'kind': 'narrative_count', 'parts': ['overview'], "
                    " 'accept': [['t3.new.total']], 'cell_label': 'c', "
                    " 'patterns': ['收到\\\\d+件']}")
            << QStringLiteral("rule x.y: pattern \"收到\\d+件\" has no group (?<n>…) for the "
                              "number");
        QTest::newRow("unknown cell")
            << json("{'code': 'x.y', 'kind': 'narrative_count', 'parts': ['overview'], "
                    " 'accept': [['t3.news.total']], 'cell_label': 'c', "
                    " 'patterns': ['(?<n>\\\\d+)件']}")
            << QStringLiteral("rule x.y: there is no cell \"t3.news.total\"");
        QTest::newRow("table part as narrative")
            << json("{'code': 'x.y', 'kind': 'narrative_absence', 'parts': ['t3'], "
                    " 'cells': ['t3.new.total'], 'cell_label': 'c', 'patterns': ['无']}")
            << QStringLiteral("rule x.y: \"t3\" is not a narrative part of the format");
    }

    void malformedRulesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, reason);
        ReportTemplate format = *TemplateRegistry::builtin().find(QStringLiteral("2021"));
        const QJsonObject object = QJsonDocument::fromJson(rule).object();
        QVERIFY(!object.isEmpty());
        // Whether the loader or the compiler finds the problem, compiling says it.
        if (auto read = readRules(QJsonArray{object})) {
            format.rules = std::move(*read);
            format.rulesError.reset();
        } else {
            format.rulesError = read.error();
        }
        const auto compiled = rules::compileRules(format);
        QVERIFY(!compiled);
        QCOMPARE(compiled.error().code, ErrorCode::Corrupt);
        QCOMPARE(compiled.error().message, QStringLiteral("format 2021: ") + reason);
    }

    void duplicateCodesAreRefused()
    {
        ReportTemplate format = *TemplateRegistry::builtin().find(QStringLiteral("2021"));
        format.rules = *readRules(QJsonArray{parse("{'code': 'a.b', 'kind': 'domain'}"),
                                             parse("{'code': 'a.b', 'kind': 'template_year'}")});
        const auto compiled = rules::compileRules(format);
        QVERIFY(!compiled);
        QCOMPARE(compiled.error().message,
                 QStringLiteral("format 2021: two rules have the code a.b"));
    }

    void unusableRulesBecomeOneErrorFinding()
    {
        QTemporaryDir dir;
        const auto registry =
            registryWithRules(dir, QJsonArray{parse("{'code': 'x.y', 'kind': 'product'}")});
        QVERIFY(registry);
        ValidationContext context;
        context.templates = &*registry;
        const auto findings =
            validateReport(test::consistentReport(QStringLiteral("2021")).report(), context);
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().rule, QStringLiteral("rules.unusable"));
        QCOMPARE(findings.front().severity, Severity::Error);
        QVERIFY2(findings.front().message(false).contains(QStringLiteral("unknown rule kind")),
                 qPrintable(findings.front().message(false)));
    }

    void unknownFormatIsSaidNotChecked()
    {
        Report report = test::consistentReport(QStringLiteral("2021")).report();
        report.templateId = QStringLiteral("unknown");
        const auto findings = validateReport(report);
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().rule, QStringLiteral("rules.unknown_format"));
        QCOMPARE(findings.front().severity, Severity::Warning);
    }

    void revalidateKeepsExtractionFindingsFirst()
    {
        auto builder = test::consistentReport(QStringLiteral("2021"));
        builder.finding(QStringLiteral("extract.short_row"), {QStringLiteral("t3.new.natural")})
            .set(QStringLiteral("t4.review.total"), 9);
        Report report = builder.report();
        Finding stale;
        stale.rule = QStringLiteral("t3.balance");
        report.findings.push_back(stale);
        revalidate(report);
        QCOMPARE(report.findings.size(), 2u);
        QCOMPARE(report.findings.at(0).rule, QStringLiteral("extract.short_row"));
        QCOMPARE(report.findings.at(1).rule, QStringLiteral("t4.group_total"));
        revalidate(report); // idempotent
        QCOMPARE(report.findings.size(), 2u);
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
