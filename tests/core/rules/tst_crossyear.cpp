// Rule kind "cross_year" (tables.md rule 8): the same body's reports for Y-1 and Y, as the
// archive passes them through ValidationContext::previousYear.

#include "reportbuilder.h"
#include "rules/validator.h"

#include <QTest>

using namespace nianbao;
using test::ReportBuilder;
using test::withRule;

namespace {

/// Last year's report: two requests of natural persons and one of a company carried forward;
/// 10 regulations and 40 normative documents in force.
ReportBuilder lastYear(const QString& format)
{
    ReportBuilder builder(format);
    builder.year(format == QLatin1String("2021") ? 2022 : 2020)
        .row3(QStringLiteral("new"), {2, 1})
        .row3(QStringLiteral("carried_forward"), {2, 1});
    if (format == QLatin1String("2021")) {
        builder.set(QStringLiteral("t2.regulations.in_force"), 10)
            .set(QStringLiteral("t2.normative_docs.in_force"), 40);
    }
    return builder;
}

/// This year's report, consistent with lastYear(): the three requests carried over, 3
/// regulations issued and 1 repealed.
ReportBuilder thisYear()
{
    ReportBuilder builder(QStringLiteral("2021"));
    builder.year(2023)
        .row3(QStringLiteral("carried_over"), {2, 1})
        .row3(QStringLiteral("granted"), {2, 1})
        .row3(QStringLiteral("results_total"), {2, 1})
        .set(QStringLiteral("t2.regulations.issued"), 3)
        .set(QStringLiteral("t2.regulations.repealed"), 1)
        .set(QStringLiteral("t2.regulations.in_force"), 12)
        .set(QStringLiteral("t2.normative_docs.in_force"), 40);
    return builder;
}

std::vector<Finding> crossYearFindings(const Report& report, const Report& previous)
{
    ValidationContext context;
    context.previousYear = previous;
    std::vector<Finding> findings;
    for (const Finding& finding : validateReport(report, context)) {
        if (finding.rule.startsWith(QLatin1String("cross_year."))) {
            findings.push_back(finding);
        }
    }
    return findings;
}

} // namespace

class TestCrossYear : public QObject {
    Q_OBJECT

private slots:
    void consistentYearsRaiseNothing()
    {
        const auto findings =
            crossYearFindings(thisYear().report(), lastYear(QStringLiteral("2021")).report());
        QVERIFY2(findings.empty(), qPrintable(test::describe(findings)));
    }

    void withoutThePreviousYearNothingIsCompared()
    {
        auto builder = thisYear();
        builder.row3(QStringLiteral("carried_over"), {7});
        for (const Finding& finding : validateReport(builder.report())) {
            QVERIFY2(!finding.rule.startsWith(QLatin1String("cross_year.")),
                     qPrintable(finding.rule));
        }
    }

    void carriedOverDiffersFromLastYearsCarriedForward()
    {
        auto builder = thisYear();
        builder.row3(QStringLiteral("carried_over"), {3, 1})
            .row3(QStringLiteral("granted"), {3, 1})
            .row3(QStringLiteral("results_total"), {3, 1});
        const auto findings =
            crossYearFindings(builder.report(), lastYear(QStringLiteral("2021")).report());
        // Natural persons (3 ≠ 2) and the total column (4 ≠ 3); the company column holds.
        QCOMPARE(findings.size(), 2u);
        const Finding& natural = findings.front();
        QCOMPARE(natural.rule, QStringLiteral("cross_year.carried_over"));
        QCOMPARE(natural.severity, Severity::Warning);
        QCOMPARE(natural.message(false),
                 QStringLiteral("Natural persons: carried over this year = 3 ≠ carried forward in "
                                "last year's report = 2"));
        // Only this report's cell is named: last year's lives in another report.
        QCOMPARE(natural.cells, QStringList(QStringLiteral("t3.carried_over.natural")));
        QCOMPARE(findings.back().cells, QStringList(QStringLiteral("t3.carried_over.total")));
    }

    void inForceChain()
    {
        auto builder = thisYear();
        builder.set(QStringLiteral("t2.regulations.in_force"), 13)
            .set(QStringLiteral("t2.normative_docs.issued"), 5)
            .set(QStringLiteral("t2.normative_docs.repealed"), 2)
            .set(QStringLiteral("t2.normative_docs.in_force"), 43);
        const auto findings =
            crossYearFindings(builder.report(), lastYear(QStringLiteral("2021")).report());
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().rule, QStringLiteral("cross_year.in_force"));
        QCOMPARE(findings.front().message(false),
                 QStringLiteral("Regulations: in force = 13 ≠ last year's in force + issued − "
                                "repealed = 12"));
        QCOMPARE(findings.front().cells, QStringList({QStringLiteral("t2.regulations.in_force"),
                                                      QStringLiteral("t2.regulations.issued"),
                                                      QStringLiteral("t2.regulations.repealed")}));
    }

    void blankLastYearIsNotAssessable()
    {
        auto previous = lastYear(QStringLiteral("2021"));
        previous.blank(QStringLiteral("t3.carried_forward.natural"));
        const auto findings = crossYearFindings(thisYear().report(), previous.report());
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().rule, QStringLiteral("cross_year.carried_over.unassessable"));
        QCOMPARE(findings.front().severity, Severity::Note);
    }

    void previousYearInTheOtherFormat()
    {
        // A 2021 report after a 2020 report in the 2019 format: 现行有效件数 did not exist, so
        // the in-force chain does not apply; carried-over still compares.
        auto current = thisYear();
        current.year(2021).row3(QStringLiteral("carried_over"), {1, 1});
        const auto findings =
            crossYearFindings(current.report(), lastYear(QStringLiteral("2019")).report());
        QCOMPARE(findings.size(), 2u);
        for (const Finding& finding : findings) {
            QCOMPARE(finding.rule, QStringLiteral("cross_year.carried_over"));
        }
    }

    void previousReportOfAnotherYearIsNotCompared()
    {
        auto previous = lastYear(QStringLiteral("2021"));
        previous.year(2020);
        const auto findings = crossYearFindings(thisYear().report(), previous.report());
        QCOMPARE(findings.size(), 2u); // one note per cross-year rule, no comparison
        for (const Finding& finding : findings) {
            QVERIFY(finding.rule.endsWith(QLatin1String(".unassessable")));
            QVERIFY2(finding.message(false).contains(QStringLiteral("2020, not on 2022")),
                     qPrintable(finding.message(false)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrossYear)
#include "tst_crossyear.moc"
