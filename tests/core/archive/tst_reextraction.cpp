// Re-extraction with an improved extractor keeps every correction and decision, and shows
// where the new extraction disagrees with a correction.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/findingcodec.h"
#include "testbackend.h"
#include "workflow/importer.h"
#include "workflow/reextraction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

const QString kNewTotal = QStringLiteral("t3.new.total");
const QString kNewNatural = QStringLiteral("t3.new.natural");
const QString kNewLegal = QStringLiteral("t3.new.legal");
const QString kReviewTotal = QStringLiteral("t4.review.total");
const QString kCarriedOver = QStringLiteral("t3.carried_over.total");
const QString kCarriedForward = QStringLiteral("t3.carried_forward.total");
const QString kAgency = QStringLiteral("平潭综合实验区管理委员会");
const QString kReviewer = QStringLiteral("陈审核");

} // namespace

class TestReextraction : public QObject {
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Archive> m_archive;
    ReportId m_id = 0;
    QString m_errorFingerprint;

    ReportId importReport(const QString& name, const test::FakeReport& report)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.write(report.bytes());
        file.close();
        const ImportSummary summary = importReports(*m_archive, test::fakeProcessing(1), {path});
        return summary.importedIds.empty() ? 0 : summary.importedIds.front();
    }

    ReextractionSummary reextractAll(const ReportProcessing& processing,
                                     const ReextractionOptions& options = {})
    {
        return reextractReports(*m_archive, processing, *m_archive->reportIds(), options);
    }

private slots:
    /// A 2021 report that version 2 of the extractor reads differently in three cells, a
    /// reviewer who corrected two of them, and a dismissed error.
    void init()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        m_dir.emplace();
        Result<std::unique_ptr<Archive>> archive =
            Archive::open(test::freshArchiveLocation(m_dir->path(), QStringLiteral("a.sqlite")));
        QVERIFY(archive);
        m_archive = std::move(*archive);

        test::FakeReport report;
        report.agency = kAgency;
        report.year = 2021;
        report.body = QStringLiteral("行政规范性文件8855698");
        report.cells = {{kNewTotal, QStringLiteral("5")},
                        {kNewNatural, QStringLiteral("3")},
                        {kNewLegal, QStringLiteral("?")},
                        {kReviewTotal, QStringLiteral("11")},
                        {kCarriedForward, QStringLiteral("2")}};
        report.improvedCells = {{kNewTotal, QStringLiteral("7")},
                                {kNewNatural, QStringLiteral("4")},
                                {kNewLegal, QStringLiteral("1")},
                                {kCarriedForward, QStringLiteral("3")}};
        m_id = importReport(QStringLiteral("2021.txt"), report);
        QVERIFY(m_id > 0);

        QVERIFY(m_archive->recordCorrection(m_id, {kNewTotal, 6.0, kReviewer, {}}));
        QVERIFY(m_archive->recordCorrection(m_id, {kNewNatural, 4.0, kReviewer, {}}));
        QVERIFY(m_archive->setReviewStatus(m_id, ReviewStatus::Doubtful, QStringLiteral("tester")));
        const StoredReport stored = *m_archive->loadReport(m_id);
        for (const Finding& finding : stored.extracted.findings) {
            if (finding.rule == test::kReviewTotalRule) {
                m_errorFingerprint = findingFingerprint(finding);
            }
        }
        QVERIFY(!m_errorFingerprint.isEmpty());
        QVERIFY(m_archive->decideFinding(m_id, {m_errorFingerprint, FindingVerdict::Dismissed,
                                                QStringLiteral("原表"), kReviewer}));
        QVERIFY(stored.disagreements().isEmpty());
    }

    void correctionsAndDecisionsAreKept()
    {
        const ReextractionSummary summary = reextractAll(test::fakeProcessing(2));
        QCOMPARE(summary.reextracted, 1);
        QVERIFY(summary.failures.empty());

        const Result<StoredReport> stored = m_archive->loadReport(m_id);
        QVERIFY(stored);
        // The new extraction is stored ...
        QCOMPARE(stored->extracted.value(kNewTotal), std::optional<double>(7));
        QCOMPARE(stored->extracted.value(kNewLegal), std::optional<double>(1));
        // ... under the reviewer's corrections, which still decide the current values.
        QCOMPARE(stored->value(kNewTotal), std::optional<double>(6));
        QCOMPARE(stored->value(kNewNatural), std::optional<double>(4));
        QCOMPARE(m_archive->cellHistory(m_id, kNewTotal)->size(), std::size_t(1));
        QCOMPARE(stored->info.status, ReviewStatus::Doubtful);

        // The uncertain cell is read now: its extraction finding is gone. The review-total
        // error is still there and still dismissed.
        const auto& findings = stored->extracted.findings;
        QVERIFY(std::none_of(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.rule == test::kUncertainRule; }));
        QCOMPARE(findings.size(), std::size_t(1));
        QVERIFY(!stored->isOpen(findings.front()));
        QCOMPARE(m_archive->listReports()->front().openFindings(), 0);
    }

    void disagreementsAreShown()
    {
        const ReextractionSummary summary = reextractAll(test::fakeProcessing(2));
        // t3.new.total: extracted 5, corrected to 6, now read as 7: the reviewer should look.
        // t3.new.natural: corrected 3 → 4 and now read as 4: the extractor agrees.
        QCOMPARE(summary.disagreeingCells, 1);
        QCOMPARE(summary.withDisagreements, std::vector<ReportId>{m_id});
        const StoredReport stored = *m_archive->loadReport(m_id);
        QCOMPARE(stored.disagreements(), QStringList{kNewTotal});

        // Re-extracting again with the same extractor changes nothing more.
        QCOMPARE(reextractAll(test::fakeProcessing(2)).disagreeingCells, 1);
        // Settling it with a new correction over the new extraction ends the disagreement.
        QVERIFY(m_archive->recordCorrection(m_id, {kNewTotal, 7.0, kReviewer, {}}));
        QVERIFY(m_archive->loadReport(m_id)->disagreements().isEmpty());
    }

    void aFailingReportKeepsItsExtraction()
    {
        ReportProcessing failing = test::fakeProcessing(2);
        failing.process = [](const QByteArray&, const QString&,
                             const PreviousYearLookup&) -> Result<ProcessedReport> {
            return fail(ErrorCode::NoTables, QStringLiteral("no tables found"));
        };
        const StoredReport before = *m_archive->loadReport(m_id);
        const ReextractionSummary summary = reextractAll(failing);
        QCOMPARE(summary.reextracted, 0);
        QCOMPARE(summary.failures.size(), std::size_t(1));
        QCOMPARE(summary.failures[0].id, m_id);
        QVERIFY(summary.failures[0].fileName.endsWith(QLatin1String("2021.txt")));
        QCOMPARE(summary.failures[0].error.code, ErrorCode::NoTables);
        const StoredReport after = *m_archive->loadReport(m_id);
        QCOMPARE(after.extracted, before.extracted);
        QCOMPARE(after.document.text, before.document.text);
    }

    void theNextYearIsRevalidated()
    {
        // 2022 carries over 3: it disagrees with 2021 as first read (2), agrees with v2 (3).
        test::FakeReport next;
        next.agency = kAgency;
        next.year = 2022;
        next.cells = {{kCarriedOver, QStringLiteral("3")}};
        const ReportId nextId = importReport(QStringLiteral("2022.txt"), next);
        const auto carryOverWarnings = [&] {
            const auto findings = m_archive->loadReport(nextId)->extracted.findings;
            return std::count_if(findings.begin(), findings.end(),
                                 [](const Finding& f) { return f.rule == test::kCarryOverRule; });
        };
        QCOMPARE(carryOverWarnings(), 1);
        const ReextractionSummary summary =
            reextractReports(*m_archive, test::fakeProcessing(2), {m_id});
        QCOMPARE(summary.reextracted, 1);
        QCOMPARE(carryOverWarnings(), 0);
    }

    void cancellationLeavesTheRestAsItWas()
    {
        std::stop_source stop;
        stop.request_stop();
        ReextractionOptions options;
        options.stop = stop.get_token();
        const ReextractionSummary summary = reextractAll(test::fakeProcessing(2), options);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.reextracted, 0);
        QCOMPARE(m_archive->loadReport(m_id)->extracted.value(kNewTotal), std::optional<double>(5));
    }
};

QTEST_GUILESS_MAIN(TestReextraction)
#include "tst_reextraction.moc"
