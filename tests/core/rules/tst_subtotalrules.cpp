// Rule kind "subtotal_extras": the non-official subtotals some reports print (a group's own
// line, a 法人或其他组织 column) are checked as sums of their items, as warnings naming the
// subtotal and its parts; the official cells are never touched.

#include "extract/extractor.h"
#include "reportbuilder.h"
#include "rules/validator.h"
#include "synth/reportgenerator.h"
#include "templates/templateregistry.h"

#include <QTest>

using namespace nianbao;
using test::withRule;

namespace {

const QString kSubtotal = QStringLiteral("t3.subtotal");

test::ReportBuilder withDenied()
{
    auto builder = test::consistentReport(QStringLiteral("2021"));
    // Two natural persons denied for a third party's rights, one for process information.
    builder.row3(QStringLiteral("denied.third_party"), {2})
        .row3(QStringLiteral("denied.process_info"), {1})
        .row3(QStringLiteral("granted"), {3, 1})
        .row3(QStringLiteral("results_total"), {11, 2});
    return builder;
}

} // namespace

class TestSubtotalRules : public QObject {
    Q_OBJECT

private slots:
    void subtotalsThatAddUpRaiseNothing()
    {
        auto builder = withDenied();
        builder.extra(QStringLiteral("t3.denied.subtotal.natural"), 3)
            .extra(QStringLiteral("t3.denied.subtotal.total"), 3)
            .extra(QStringLiteral("t3.new.org_subtotal"), 2)
            .extra(QStringLiteral("t3.unavailable.subtotal.commercial"), 1);
        const auto findings = validateReport(builder.report());
        QVERIFY2(findings.empty(), qPrintable(test::describe(findings)));
    }

    void groupSubtotalThatDiffersNamesItAndItsItems()
    {
        auto builder = withDenied();
        builder.extra(QStringLiteral("t3.denied.subtotal.natural"), 4);
        const Report before = builder.report();
        const auto findings = validateReport(before);
        QCOMPARE(findings.size(), 1u);
        const Finding& finding = findings.front();
        QCOMPARE(finding.rule, kSubtotal);
        QCOMPARE(finding.severity, Severity::Warning);
        QCOMPARE(finding.message(false),
                 QStringLiteral("(3) Not disclosed / Natural persons: the subtotal the report "
                                "prints, 4, ≠ the sum of its items, 3 (the subtotal is not an "
                                "official cell)."));
        QCOMPARE(finding.cells.size(), 1 + 8);
        QCOMPARE(finding.cells.front(), QStringLiteral("t3.denied.subtotal.natural"));
        QVERIFY(finding.cells.contains(QStringLiteral("t3.denied.third_party.natural")));
        QVERIFY(finding.cells.contains(QStringLiteral("t3.denied.query_matter.natural")));
    }

    void organisationSubtotalColumn()
    {
        auto builder = withDenied();
        builder.extra(QStringLiteral("t3.new.org_subtotal"), 5);
        const auto findings = validateReport(builder.report());
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(
            findings.front().cells,
            QStringList({QStringLiteral("t3.new.org_subtotal"), QStringLiteral("t3.new.commercial"),
                         QStringLiteral("t3.new.research"), QStringLiteral("t3.new.social"),
                         QStringLiteral("t3.new.legal"), QStringLiteral("t3.new.other_org")}));
        QVERIFY2(findings.front().message(true).contains(QStringLiteral("法人或其他组织小计")),
                 qPrintable(findings.front().message(true)));
    }

    void otherGroupInEitherForm()
    {
        // (六) printed item by item with a subtotal line: the subtotal totals its items.
        auto builder = withDenied();
        builder.extra(QStringLiteral("t3.other.subtotal.natural"), 2);
        const auto findings = withRule(validateReport(builder.report()), kSubtotal);
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().cells,
                 QStringList({QStringLiteral("t3.other.subtotal.natural"),
                              QStringLiteral("t3.other.no_correction.natural"),
                              QStringLiteral("t3.other.no_fee.natural"),
                              QStringLiteral("t3.other.other.natural")}));
    }

    void blankItemMakesTheSubtotalNotAssessable()
    {
        auto builder = withDenied();
        builder.blank(QStringLiteral("t3.denied.state_secret.natural"))
            .extra(QStringLiteral("t3.denied.subtotal.natural"), 9)
            .extra(QStringLiteral("t3.denied.state_secret.org_subtotal"), 0);
        const auto findings = validateReport(builder.report());
        QVERIFY(withRule(findings, kSubtotal).empty());
        const auto notes = withRule(findings, kSubtotal + QStringLiteral(".unassessable"));
        QCOMPARE(notes.size(), 1u);
        QCOMPARE(notes.front().severity, Severity::Note);
        QCOMPARE(notes.front().cells,
                 QStringList(QStringLiteral("t3.denied.state_secret.natural")));
    }

    void unknownOrBlankExtrasAreLeftAlone()
    {
        auto builder = withDenied();
        builder.extra(QStringLiteral("t3.results.subtotal.natural"), 99)
            .extra(QStringLiteral("t9.nothing"), 1);
        Report report = builder.report();
        report.extras.push_back(
            Cell{QStringLiteral("t3.denied.subtotal.total"), std::nullopt, QString(), {}, 0.5, {}});
        QVERIFY(validateReport(report).empty());
    }

    void generatedReportsWithSubtotalsRaiseNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("2021") << QStringLiteral("2021");
        QTest::newRow("2019") << QStringLiteral("2019");
    }

    void generatedReportsWithSubtotalsRaiseNothing()
    {
        // End to end: printed by the generator, read by the extractor, checked here.
        QFETCH(QString, format);
        synth::ReportGenerator generator(4242);
        int extras = 0;
        for (int i = 0; i < 12; ++i) {
            synth::GeneratorOptions options;
            options.templateId = format;
            options.shape = synth::Shape::TabRows;
            options.difficulties.subtotals = true;
            Document document;
            document.fileName = QStringLiteral("generated.txt");
            document.text = generator.generate(options).text;
            const auto report = extractReport(document);
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            extras += static_cast<int>(report->extras.size());
            const auto findings = validateReport(*report);
            QVERIFY2(withRule(findings, kSubtotal).empty(), qPrintable(test::describe(findings)));
        }
        QVERIFY(extras > 0);
    }
};

QTEST_GUILESS_MAIN(TestSubtotalRules)
#include "tst_subtotalrules.moc"
