// Rule kind "sum" (tables.md rules 1–4): one error per broken column or row, naming every
// operand and both sides with their values; blank or missing operands make a note instead.

#include "reportbuilder.h"
#include "rules/validator.h"

#include <QTest>

using namespace nianbao;
using test::ReportBuilder;
using test::withRule;

class TestSumRules : public QObject {
    Q_OBJECT

private slots:
    void consistentTablesRaiseNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("2021") << QStringLiteral("2021");
        QTest::newRow("2019") << QStringLiteral("2019");
    }

    void consistentTablesRaiseNothing()
    {
        QFETCH(QString, format);
        const auto findings = validateReport(test::consistentReport(format).report());
        QVERIFY2(findings.empty(), qPrintable(test::describe(findings)));
    }

    void balanceBrokenInOneColumnNamesBothSides()
    {
        // Natural persons: 12 new, nothing carried over; 10 handled and 1 carried forward.
        auto builder = test::consistentReport(QStringLiteral("2021"));
        builder.row3(QStringLiteral("new"), {12, 2})
            .row3(QStringLiteral("carried_over"), {0})
            .row3(QStringLiteral("granted"), {4, 1})
            .row3(QStringLiteral("results_total"), {10, 2})
            .row3(QStringLiteral("carried_forward"), {1});
        const auto findings = validateReport(builder.report());
        const auto balance = withRule(findings, QStringLiteral("t3.balance"));
        // Natural persons (12 ≠ 11) and the total column (14 ≠ 13) break; companies hold.
        QCOMPARE(balance.size(), 2u);
        const Finding& natural = balance.front();
        QCOMPARE(natural.severity, Severity::Error);
        QCOMPARE(natural.message(false),
                 QStringLiteral("Natural persons: items 1 + 2 = 12 ≠ items 3 + 4 = 11"));
        const QString chinese = natural.message(true);
        for (const QString& part :
             {QStringLiteral("自然人"), QStringLiteral("第一项加第二项之和"), QStringLiteral("12"),
              QStringLiteral("第三项加第四项之和"), QStringLiteral("11")}) {
            QVERIFY2(chinese.contains(part), qPrintable(chinese));
        }
        QCOMPARE(natural.cells, QStringList({QStringLiteral("t3.new.natural"),
                                             QStringLiteral("t3.carried_over.natural"),
                                             QStringLiteral("t3.results_total.natural"),
                                             QStringLiteral("t3.carried_forward.natural")}));
        QVERIFY(balance.back().cells.contains(QStringLiteral("t3.new.total")));
        QVERIFY(withRule(findings, QStringLiteral("t3.results_total")).empty());
        QVERIFY(withRule(findings, QStringLiteral("t3.row_total")).empty());
    }

    void resultsTotalNamesEveryOutcomeRow()
    {
        auto builder = test::consistentReport(QStringLiteral("2021"));
        builder.set(QStringLiteral("t3.rejected.repeated.research"), 3)
            .set(QStringLiteral("t3.rejected.repeated.total"), 3)
            .set(QStringLiteral("t3.results_total.total"), 16);
        const auto findings =
            withRule(validateReport(builder.report()), QStringLiteral("t3.results_total"));
        QCOMPARE(findings.size(), 1u); // research: total 0 ≠ sum 3; total column now holds
        const Finding& research = findings.front();
        QCOMPARE(research.message(false),
                 QStringLiteral("Research institutions: total = 0 ≠ sum of outcomes = 3"));
        // The left side and every outcome row of the 2021 form: 1 + 2 + 8 + 3 + 5 + 3 rows.
        QCOMPARE(research.cells.size(), 1 + 2 + 8 + 3 + 5 + 3);
        QCOMPARE(research.cells.front(), QStringLiteral("t3.results_total.research"));
        QVERIFY(research.cells.contains(QStringLiteral("t3.other.no_fee.research")));
        QVERIFY(!research.cells.contains(QStringLiteral("t3.other.research")));
    }

    void rowTotalAndTable4GroupTotal()
    {
        auto builder = test::consistentReport(QStringLiteral("2019"));
        builder.set(QStringLiteral("t3.denied.state_secret.total"), 4)
            .set(QStringLiteral("t4.suit_after_review.total"), 0)
            .set(QStringLiteral("t4.suit_after_review.upheld"), 6)
            .set(QStringLiteral("t4.suit_after_review.pending"), 5);
        const auto findings = validateReport(builder.report());
        const auto rows = withRule(findings, QStringLiteral("t3.row_total"));
        QCOMPARE(rows.size(), 1u);
        QCOMPARE(rows.front().message(false),
                 QStringLiteral("Not disclosed: state secret: total = 4 ≠ sum of applicant types "
                                "= 0"));
        QCOMPARE(rows.front().cells.size(), 7);
        const auto groups = withRule(findings, QStringLiteral("t4.group_total"));
        QCOMPARE(groups.size(), 1u);
        QCOMPARE(groups.front().message(false),
                 QStringLiteral("Lawsuit after review: total = 0 ≠ sum of outcomes = 11"));
        QCOMPARE(groups.front().cells,
                 QStringList({QStringLiteral("t4.suit_after_review.total"),
                              QStringLiteral("t4.suit_after_review.upheld"),
                              QStringLiteral("t4.suit_after_review.corrected"),
                              QStringLiteral("t4.suit_after_review.other"),
                              QStringLiteral("t4.suit_after_review.pending")}));
    }

    void sumBrokenByAnUncertainCellIsAWarning()
    {
        auto builder = test::consistentReport(QStringLiteral("2021"));
        builder.set(QStringLiteral("t4.review.total"), 12)
            .confidence(QStringLiteral("t4.review.upheld"), 0.5);
        const auto findings =
            withRule(validateReport(builder.report()), QStringLiteral("t4.group_total"));
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().severity, Severity::Warning);
        QCOMPARE(findings.front().message(false),
                 QStringLiteral("Administrative review: total = 12 ≠ sum of outcomes = 3; some of "
                                "these figures were read with low confidence, so check the "
                                "reading first."));
        QCOMPARE(findings.front().cells.size(), 5);
    }

    void blankOperandMakesOneNoteNotAnError()
    {
        auto builder = test::consistentReport(QStringLiteral("2021"));
        builder.blank(QStringLiteral("t3.carried_forward.natural"))
            .set(QStringLiteral("t3.new.natural"), 40); // would break the balance if assessed
        const auto findings = validateReport(builder.report());
        QVERIFY(withRule(findings, QStringLiteral("t3.balance")).empty());
        const auto notes = withRule(findings, QStringLiteral("t3.balance.unassessable"));
        QCOMPARE(notes.size(), 1u);
        QCOMPARE(notes.front().severity, Severity::Note);
        QCOMPARE(notes.front().cells, QStringList(QStringLiteral("t3.carried_forward.natural")));
        QVERIFY2(notes.front().message(false).contains(QStringLiteral("Natural persons")),
                 qPrintable(notes.front().message(false)));
        // The row of the blank cell cannot be summed either; the new row still can.
        QCOMPARE(withRule(findings, QStringLiteral("t3.row_total.unassessable")).size(), 1u);
        QCOMPARE(withRule(findings, QStringLiteral("t3.row_total")).size(), 1u);
    }

    void missingCellIsNotAssessableToo()
    {
        auto builder = test::consistentReport(QStringLiteral("2019"));
        builder.remove(QStringLiteral("t4.review.total"));
        const auto findings = validateReport(builder.report());
        QVERIFY(withRule(findings, QStringLiteral("t4.group_total")).empty());
        const auto notes = withRule(findings, QStringLiteral("t4.group_total.unassessable"));
        QCOMPARE(notes.size(), 1u);
        QCOMPARE(notes.front().cells, QStringList(QStringLiteral("t4.review.total")));
    }

    void blankRowsOfSeveralColumnsGiveOneNotePerRule()
    {
        ReportBuilder builder = test::consistentReport(QStringLiteral("2021"));
        for (const QStringView column : {u"natural", u"commercial", u"research", u"social",
                                         u"legal", u"other_org", u"total"}) {
            builder.blank(QStringLiteral("t3.results_total.") + column);
        }
        const auto findings = validateReport(builder.report());
        QCOMPARE(withRule(findings, QStringLiteral("t3.balance.unassessable")).size(), 1u);
        QCOMPARE(withRule(findings, QStringLiteral("t3.results_total.unassessable")).size(), 1u);
        QCOMPARE(withRule(findings, QStringLiteral("t3.results_total.unassessable"))
                     .front()
                     .cells.size(),
                 7);
        QVERIFY(test::withSeverity(findings, Severity::Error).empty());
    }

    void collapsedOtherRowIsSummedInItsForm_data()
    {
        QTest::addColumn<bool>("collapsed");
        QTest::newRow("2021 item by item") << false;
        QTest::newRow("2021 as one row") << true;
    }

    void collapsedOtherRowIsSummedInItsForm()
    {
        QFETCH(bool, collapsed);
        auto builder = test::consistentReport(QStringLiteral("2021"));
        if (collapsed) {
            builder.collapseOther();
        }
        QVERIFY(validateReport(builder.report()).empty());
        // Raising the (六) figure of natural persons breaks the outcome sum in either form.
        const QString key = collapsed ? QStringLiteral("t3.other.natural")
                                      : QStringLiteral("t3.other.other.natural");
        builder.set(key, 2);
        const auto findings =
            withRule(validateReport(builder.report()), QStringLiteral("t3.results_total"));
        QCOMPARE(findings.size(), 1u);
        QVERIFY(findings.front().cells.contains(key));
    }

    void detailedOtherRowsIn2019()
    {
        // A 2019 report printing (六) item by item, as the 2021 format does.
        ReportBuilder builder(QStringLiteral("2019"));
        for (const QStringView column : {u"natural", u"commercial", u"research", u"social",
                                         u"legal", u"other_org", u"total"}) {
            builder.remove(QStringLiteral("t3.other.") + column);
            for (const QStringView item : {u"no_correction", u"no_fee", u"other"}) {
                builder.set(QStringLiteral("t3.other.%1.%2").arg(item, column), 0);
            }
        }
        builder.row3(QStringLiteral("other.no_fee"), {1})
            .row3(QStringLiteral("results_total"), {1})
            .row3(QStringLiteral("carried_over"), {1});
        auto findings = validateReport(builder.report());
        QVERIFY2(findings.empty(), qPrintable(test::describe(findings)));

        builder.set(QStringLiteral("t3.other.other.natural"), 1);
        findings = withRule(validateReport(builder.report()), QStringLiteral("t3.results_total"));
        QCOMPARE(findings.size(), 1u);
        QVERIFY(findings.front().cells.contains(QStringLiteral("t3.other.other.natural")));
        QVERIFY(findings.front().cells.contains(QStringLiteral("t3.other.no_fee.natural")));
    }

    void valuesAreNeverChanged()
    {
        auto builder = test::consistentReport(QStringLiteral("2021"));
        builder.set(QStringLiteral("t4.review.total"), 0);
        Report report = builder.report();
        const Report before = report;
        revalidate(report);
        QCOMPARE(report.cells, before.cells);
        QCOMPARE(report.extras, before.extras);
        QVERIFY(!withRule(report.findings, QStringLiteral("t4.group_total")).empty());
    }
};

QTEST_GUILESS_MAIN(TestSumRules)
#include "tst_sumrules.moc"
