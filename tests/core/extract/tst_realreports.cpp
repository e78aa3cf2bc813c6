#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "extract/rowsolver.h"
#include "testdata.h"

#include <QFileInfo>
#include <QTest>

using namespace nianbao;

/// The ten real reports of ../shared/real (web text with glued cells, pdftotext, OCR), present
/// in CI but never committed: every one is read, every span points at its raw text, and every
/// cell the extractor is unsure of is named by a finding. The facts checked by value were read
/// off the reports by hand.
class TestRealReports : public QObject {
    Q_OBJECT

private:
    static Report extract(const QString& name)
    {
        const QString path = test::sharedRealDir() + QLatin1Char('/') + name;
        auto document = readDocument(path);
        if (!document) {
            qFatal("%s: %s", qUtf8Printable(path), qUtf8Printable(document.error().message));
        }
        auto report = extractReport(*document);
        if (!report) {
            qFatal("%s: %s", qUtf8Printable(path), qUtf8Printable(report.error().message));
        }
        return *report;
    }

    static double value(const Report& report, const char* key)
    {
        const Cell* cell = report.cell(QString::fromLatin1(key));
        if (!cell || !cell->value || cell->confidence < extract::kLowConfidence) {
            return -1;
        }
        return *cell->value;
    }

private slots:
    void init()
    {
        if (test::sharedRealDir().isEmpty()) {
            QSKIP("../shared/real is not beside the repository");
        }
    }

    void everyReportIsReadHonestly_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : test::sharedRealFiles()) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void everyReportIsReadHonestly()
    {
        QFETCH(QString, path);
        const auto document = readDocument(path);
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        const auto report = extractReport(*document);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->cells.size() >= 186);
        for (const Cell& cell : report->cells) {
            if (cell.span && !cell.raw.isEmpty()) {
                QCOMPARE(document->textOf(*cell.span), cell.raw);
            }
            if (cell.confidence >= extract::kLowConfidence ||
                (!cell.value && cell.raw.isEmpty() && cell.confidence == 0.5)) {
                continue;
            }
            const bool named =
                std::any_of(report->findings.begin(), report->findings.end(),
                            [&](const Finding& f) { return f.cells.contains(cell.key); });
            QVERIFY2(named, qPrintable(cell.key));
        }
    }

    void webTextWithGluedCellsIsSplitByTheTablesOwnSums()
    {
        // 006: "（一）予以公开220000022（二）部分公开…191000020": the row sums alone allow 22/0 and
        // 2/20; the column totals settle them.
        const Report report = extract(QStringLiteral("006.txt"));
        QCOMPARE(value(report, "t3.granted.natural"), 22.0);
        QCOMPARE(value(report, "t3.granted.total"), 22.0);
        QCOMPARE(value(report, "t3.partial.natural"), 19.0);
        QCOMPARE(value(report, "t3.partial.commercial"), 1.0);
        QCOMPARE(value(report, "t3.partial.total"), 20.0);
        // "行政规范性文件77132470": many splits fit and no sum decides: flagged, not guessed.
        QVERIFY(value(report, "t2.normative_docs.issued") < 0);
    }

    void aReportsWrongArithmeticIsKeptAsPrinted()
    {
        // 009 (pdftotext -layout): table 4's 行政复议 总计 is printed as 0 beside parts summing
        // to 11.
        const Report report = extract(QStringLiteral("009.txt"));
        QCOMPARE(report.templateId, QStringLiteral("2021"));
        QCOMPARE(report.meta.year, 2023);
        QCOMPARE(report.meta.agency, QStringLiteral("洪泽区人民政府"));
        QCOMPARE(value(report, "t4.review.upheld"), 10.0);
        QCOMPARE(value(report, "t4.review.corrected"), 1.0);
        QCOMPARE(value(report, "t4.review.total"), 0.0);
        QCOMPARE(value(report, "t3.new.total"), 21.0);
        // A single (六)其他处理 row in a 2021 report: read in that form, with a note.
        QVERIFY(report.cell(u"t3.other.total"));
        QVERIFY(!report.cell(u"t3.other.other.total"));
    }

    void labelsPrintedAfterTheirFiguresAreReadInRowOrder()
    {
        // 011 (plain pdftotext): (一)予以公开 and (二)部分公开 are printed after their figures,
        // the labels of (五)5 and (六) after those of (七)总计 and 四、结转下年度. The figures keep
        // the table's row order, and every total holds with it.
        const Report report = extract(QStringLiteral("011.txt"));
        QCOMPARE(value(report, "t3.new.total"), 3119.0);
        QCOMPARE(value(report, "t3.carried_over.total"), 34.0);
        QCOMPARE(value(report, "t3.granted.natural"), 1288.0);
        QCOMPARE(value(report, "t3.granted.total"), 1362.0);
        QCOMPARE(value(report, "t3.partial.total"), 454.0);
        QCOMPARE(value(report, "t3.rejected.confirm.total"), 1.0);
        QCOMPARE(value(report, "t3.other.no_correction.total"), 71.0);
        QCOMPARE(value(report, "t3.other.other.total"), 110.0);
        QCOMPARE(value(report, "t3.results_total.total"), 3050.0);
        QCOMPARE(value(report, "t3.carried_forward.total"), 103.0);
        // Table 4's figures are interleaved with its header words: flagged as a whole.
        QVERIFY(report.cell(u"t4.review.total")->confidence < extract::kLowConfidence);
    }

    void the2019FormatIsToldFromTheTables()
    {
        for (const char* name : {"002.txt", "003.txt"}) {
            const Report report = extract(QLatin1String(name));
            QCOMPARE(report.templateId, QStringLiteral("2019"));
        }
        const Report report = extract(QStringLiteral("002.txt"));
        QCOMPARE(value(report, "t3.new.total"), 23.0);
        QCOMPARE(value(report, "t3.results_total.natural"), 23.0);
    }
};

QTEST_GUILESS_MAIN(TestRealReports)
#include "tst_realreports.moc"
