// The store on its own: linked with nothing above it, it stores a report, gives it back with
// its reviewers' layer, and answers the queries the workflow and the export ask.

#include "store/archive.h"
#include "store/findingcodec.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;

namespace {

ProcessedReport handMadeReport()
{
    ProcessedReport processed;
    processed.document.fileName = QStringLiteral("hand-made.txt");
    processed.document.format = QStringLiteral("text");
    processed.document.encoding = QStringLiteral("UTF-8");
    processed.document.text = QStringLiteral("河北省机关事务管理局 2022年 新收申请 12 件");
    Report& report = processed.report;
    report.templateId = QStringLiteral("2021");
    report.meta.agency = QStringLiteral("河北省机关事务管理局");
    report.meta.year = 2022;
    report.cells.push_back(
        Cell{QStringLiteral("t3.new.natural"), 12.0, QStringLiteral("12"), Span{18, 20}, 1.0, {}});
    report.cells.push_back(Cell{QStringLiteral("t3.new.total"),
                                std::nullopt,
                                QString(),
                                std::nullopt,
                                0.4,
                                {CellCandidate{12, 0.8}, CellCandidate{21, 0.1}}});
    report.findings.push_back(Finding{QStringLiteral("extract.uncertain"),
                                      Severity::Warning,
                                      {QStringLiteral("t3.new.total")},
                                      QStringLiteral("not read"),
                                      {}});
    return processed;
}

} // namespace

class TestStoreLayer : public QObject {
    Q_OBJECT

private slots:
    void findingsAreEncodedAsQtWritesThem()
    {
        // The direct encoders make exactly the bytes QJsonDocument makes, so rows written by
        // either read back alike.
        const QStringList cells{
            QStringLiteral("t3.new.total"), QStringLiteral("quote\"back\\slash"),
            QStringLiteral("tab\tline\nfeed\x01\x7f"), QStringLiteral("中文 键"), QString()};
        QCOMPARE(encodeCellKeysUtf8(cells), encodeCellKeys(cells).toUtf8());
        QCOMPARE(encodeCellKeysUtf8({}), encodeCellKeys({}).toUtf8());
        const QList<FindingArg> args{
            FindingArg::value(QStringLiteral("1016.72")),
            FindingArg::value(QStringLiteral("\"无\"\r\n")),
            FindingArg::localized(
                LocalizedText{QStringLiteral("上年结转"), QStringLiteral("carried over")}),
            FindingArg::localized(LocalizedText{QStringLiteral("只有中文"), QString()})};
        QCOMPARE(encodeFindingArgsUtf8(args), encodeFindingArgs(args).toUtf8());
        QCOMPARE(decodeFindingArgs(QString::fromUtf8(encodeFindingArgsUtf8(args))), args);
    }

    void storesAndReadsWithoutTheLayersAbove()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Archive>> opened =
            Archive::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened);
        Archive& archive = **opened;
        const ProcessedReport report = handMadeReport();
        const Result<AddOutcome> added = archive.addReport(report.document.text.toUtf8(), report);
        QVERIFY(added && !added->duplicate);

        const Result<StoredReport> stored = archive.loadReport(added->id);
        QVERIFY(stored);
        QCOMPARE(stored->extracted.cells, report.report.cells);
        QCOMPARE(stored->extracted.findings, report.report.findings);
        QCOMPARE(*archive.openCounts(added->id), (SeverityCounts{0, 1, 0}));

        const Result<Correction> corrected = archive.recordCorrection(
            added->id, CorrectionRequest{QStringLiteral("t3.new.total"), 12.0,
                                         QStringLiteral("审核员"), QString(), true, 0});
        QVERIFY(corrected);
        QCOMPARE(corrected->candidate, std::optional<int>(0));
        const Result<Report> values = archive.loadCurrentValues(added->id);
        QVERIFY(values);
        QCOMPARE(values->value(QStringLiteral("t3.new.total")), std::optional<double>(12));
        QCOMPARE(*archive.findReport(QStringLiteral("河北省 机关事务管理局"), 2022), added->id);

        QVERIFY(archive.setReviewStatus(added->id, ReviewStatus::Doubtful, QStringLiteral("审核员"),
                                        QStringLiteral("封面不清")));
        const Result<ReportHistory> history = archive.reportHistory(added->id);
        QCOMPARE(history->corrections.size(), std::size_t(1));
        QCOMPARE(history->changes.size(), std::size_t(1));
        QCOMPARE(history->changes.front().newValue, QStringLiteral("doubtful"));

        Result<std::unique_ptr<DatasetReader>> reader = archive.readDataset({});
        QVERIFY(reader);
        DatasetReport row;
        QVERIFY(*(*reader)->next(row));
        QCOMPARE(row.openFindingCount, 1);
        QVERIFY(!*(*reader)->next(row));
    }
};

QTEST_GUILESS_MAIN(TestStoreLayer)
#include "tst_storelayer.moc"
