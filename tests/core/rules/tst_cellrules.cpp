// Rule kinds over single cells and the whole report: "domain" (rule 5), "completeness" and
// "zero_marks" (rule 6), "template_year" (rule 7).

#include "reportbuilder.h"
#include "rules/validator.h"

#include <QTest>

using namespace nianbao;
using test::ReportBuilder;
using test::withRule;

class TestCellRules : public QObject {
    Q_OBJECT

private slots:
    void domainBreaches_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("message");

        QTest::newRow("negative count")
            << QStringLiteral("2021") << QStringLiteral("t2.licensing.decisions") << -3.0
            << QString()
            << QStringLiteral("Administrative licensing / Decisions this year is -3: "
                              "a count cannot be negative.");
        QTest::newRow("fractional count")
            << QStringLiteral("2021") << QStringLiteral("t2.regulations.issued") << 2.5 << QString()
            << QStringLiteral("Regulations / Issued this year is 2.5: a count is a whole number.");
        QTest::newRow("fractional change")
            << QStringLiteral("2019") << QStringLiteral("t2.punishment.change") << -1.5 << QString()
            << QStringLiteral("Administrative penalties / Change this year is -1.5: this figure is "
                              "a whole number (it may be negative).");
        QTest::newRow("negative amount")
            << QStringLiteral("2021") << QStringLiteral("t2.fees.amount") << -12.5 << QString()
            << QStringLiteral("Administrative fees / Fees collected this year is -12.5: an amount "
                              "cannot be negative.");
        QTest::newRow("six decimals")
            << QStringLiteral("2021") << QStringLiteral("t2.fees.amount") << 5949.088667
            << QStringLiteral("5949.088667")
            << QStringLiteral("Administrative fees / Fees collected this year is 5949.088667: this "
                              "amount has at most 4 decimal places.");
        QTest::newRow("table 3 count")
            << QStringLiteral("2019") << QStringLiteral("t3.granted.legal") << -1.0 << QString()
            << QStringLiteral("(1) Disclosed / Legal service providers is -1: a count cannot be "
                              "negative.");
    }

    void domainBreaches()
    {
        QFETCH(QString, format);
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, raw);
        QFETCH(QString, message);
        ReportBuilder builder(format);
        builder.set(key, value, raw);
        const auto findings =
            withRule(validateReport(builder.report()), QStringLiteral("cell.domain"));
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().severity, Severity::Error);
        QCOMPARE(findings.front().cells, QStringList(key));
        QCOMPARE(findings.front().message(false), message);
    }

    void uncertainFigureOutsideItsDomainIsAWarning()
    {
        // "24252.311082": the extractor suspects digits of a neighbouring cell glued on.
        ReportBuilder builder(QStringLiteral("2021"));
        builder.set(QStringLiteral("t2.fees.amount"), 24252.311082, QStringLiteral("24252.311082"))
            .confidence(QStringLiteral("t2.fees.amount"), 0.5);
        const auto findings = validateReport(builder.report());
        QCOMPARE(findings.size(), 1u);
        QCOMPARE(findings.front().rule, QStringLiteral("cell.domain"));
        QCOMPARE(findings.front().severity, Severity::Warning);
    }

    void valuesInsideTheirDomains_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("raw");

        QTest::newRow("signed change") << QStringLiteral("2019") << QStringLiteral("t2.fees.change")
                                       << -15.0 << QStringLiteral("-15");
        QTest::newRow("plus sign")
            << QStringLiteral("2019") << QStringLiteral("t2.licensing.change") << 1036.0
            << QStringLiteral("+1036");
        QTest::newRow("four decimals") << QStringLiteral("2021") << QStringLiteral("t2.fees.amount")
                                       << 24252.3110 << QStringLiteral("24252.3110");
        QTest::newRow("two decimals") << QStringLiteral("2021") << QStringLiteral("t2.fees.amount")
                                      << 1016.72 << QStringLiteral("1016.72");
        // 3940元 read as 0.394 万元 is fine; 12345.67元 is 1.234567 万元, finer than 4 places
        // only because it was printed in yuan.
        QTest::newRow("printed in yuan")
            << QStringLiteral("2019") << QStringLiteral("t2.procurement.amount") << 1.234567
            << QStringLiteral("12345.67元");
    }

    void valuesInsideTheirDomains()
    {
        QFETCH(QString, format);
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, raw);
        ReportBuilder builder(format);
        builder.set(key, value, raw);
        const auto findings = validateReport(builder.report());
        QVERIFY2(findings.empty(), qPrintable(test::describe(findings)));
    }

    void blankCellsOneWarningPerRow()
    {
        auto builder = test::consistentReport(QStringLiteral("2019"));
        for (const QStringView column : {u"natural", u"commercial", u"research", u"social",
                                         u"legal", u"other_org", u"total"}) {
            builder.blank(QStringLiteral("t3.unavailable.unclear.") + column);
        }
        builder.blank(QStringLiteral("t2.fees.change"))
            .remove(QStringLiteral("t2.fees.prev_items"));
        const auto blanks =
            withRule(validateReport(builder.report()), QStringLiteral("cell.blank"));
        QCOMPARE(blanks.size(), 2u);
        QCOMPARE(blanks.at(0).severity, Severity::Warning);
        QCOMPARE(blanks.at(0).cells, QStringList({QStringLiteral("t2.fees.prev_items"),
                                                  QStringLiteral("t2.fees.change")}));
        QCOMPARE(blanks.at(0).message(false),
                 QStringLiteral("Row “Administrative fees” leaves Fee items last year, Change this "
                                "year blank: a blank cell is not read as 0."));
        QCOMPARE(blanks.at(1).cells.size(), 7);
        QVERIFY(blanks.at(1).message(true).contains(QStringLiteral("补正后申请内容仍不明确")));
    }

    void blanksAnExtractionFindingCallsEmptyAreNotRepeated()
    {
        ReportBuilder builder(QStringLiteral("2021"));
        QStringList table4;
        for (const QStringView group : {u"review", u"suit_direct", u"suit_after_review"}) {
            for (const QStringView column :
                 {u"upheld", u"corrected", u"other", u"pending", u"total"}) {
                const QString key = QStringLiteral("t4.%1.%2").arg(group, column);
                builder.blank(key);
                table4.append(key);
            }
        }
        builder.blank(QStringLiteral("t2.licensing.decisions"))
            .finding(QStringLiteral("extract.table_missing"), table4);
        const auto blanks =
            withRule(validateReport(builder.report()), QStringLiteral("cell.blank"));
        QCOMPARE(blanks.size(), 1u);
        QCOMPARE(blanks.front().cells, QStringList(QStringLiteral("t2.licensing.decisions")));
    }

    void zeroMarksOneNotePerReport()
    {
        ReportBuilder builder(QStringLiteral("2021"));
        builder.set(QStringLiteral("t2.licensing.decisions"), 0, QStringLiteral("无"))
            .set(QStringLiteral("t2.punishment.decisions"), 0, QStringLiteral("—"))
            .set(QStringLiteral("t3.new.legal"), 0, QStringLiteral(" － "))
            .set(QStringLiteral("t3.new.research"), 0, QStringLiteral("／"))
            .set(QStringLiteral("t4.review.other"), 0, QStringLiteral("不适用"))
            .set(QStringLiteral("t4.review.upheld"), 0, QStringLiteral("０"));
        const auto findings = validateReport(builder.report());
        QCOMPARE(findings.size(), 1u);
        const Finding& note = findings.front();
        QCOMPARE(note.rule, QStringLiteral("cell.zero_mark"));
        QCOMPARE(note.severity, Severity::Note);
        QCOMPARE(note.cells,
                 QStringList({QStringLiteral("t2.licensing.decisions"),
                              QStringLiteral("t2.punishment.decisions"),
                              QStringLiteral("t3.new.research"), QStringLiteral("t3.new.legal"),
                              QStringLiteral("t4.review.other")}));
        QCOMPARE(
            note.message(false),
            QStringLiteral("5 cells print “无” “—” “/” “-” “不适用” instead of a figure and were "
                           "read as 0; some reports use these marks for “not applicable”."));
    }

    void zeroMarksInBrokenSumsAreCountedAsZero()
    {
        // A zero mark is 0 for the sums: a total printed as 无 beside parts of 3 is an error.
        ReportBuilder builder(QStringLiteral("2021"));
        builder.row3(QStringLiteral("granted"), {3})
            .set(QStringLiteral("t3.granted.total"), 0, QStringLiteral("无"));
        const auto findings = validateReport(builder.report());
        QCOMPARE(withRule(findings, QStringLiteral("cell.zero_mark")).size(), 1u);
        QCOMPARE(withRule(findings, QStringLiteral("t3.row_total")).size(), 1u);
    }

    void templateAgainstYear_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("warned");
        QTest::newRow("2019 format, 2022 report") << QStringLiteral("2019") << 2022 << true;
        QTest::newRow("2019 format, 2020 report") << QStringLiteral("2019") << 2020 << false;
        QTest::newRow("2021 format, 2020 report") << QStringLiteral("2021") << 2020 << true;
        QTest::newRow("2021 format, 2025 report") << QStringLiteral("2021") << 2025 << false;
    }

    void templateAgainstYear()
    {
        QFETCH(QString, format);
        QFETCH(int, year);
        QFETCH(bool, warned);
        ReportBuilder builder(format);
        builder.year(year);
        const auto findings =
            withRule(validateReport(builder.report()), QStringLiteral("template.year"));
        QCOMPARE(findings.size(), warned ? 1u : 0u);
        if (warned) {
            QCOMPARE(findings.front().severity, Severity::Warning);
            const QString message = findings.front().message(false);
            QVERIFY2(message.contains(QString::number(year)), qPrintable(message));
            QVERIFY2(message.contains(format + QStringLiteral(" format")), qPrintable(message));
        }
    }

    void reportWithoutYearIsNotCompared()
    {
        ReportBuilder builder(QStringLiteral("2019"));
        QVERIFY(validateReport(builder.report()).empty());
    }
};

QTEST_GUILESS_MAIN(TestCellRules)
#include "tst_cellrules.moc"
