// The reviewer's layer: corrections and their history, review status, decisions on findings.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/findingcodec.h"
#include "testbackend.h"
#include "workflow/crossyear.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

const QString kTotal = QStringLiteral("t4.review.total");
const QString kUpheld = QStringLiteral("t4.review.upheld");
const QString kReviewer = QStringLiteral("李审核");

} // namespace

class TestArchiveReview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Archive> m_archive;
    ReportId m_id = 0;

    /// A report whose table-4 review total (11) disagrees with its parts (0): one error.
    ProcessedReport inconsistentReport()
    {
        test::FakeReport spec;
        spec.agency = QStringLiteral("淮安市洪泽区人民政府");
        spec.year = 2023;
        spec.cells.insert(kTotal, QStringLiteral("11"));
        spec.body = QStringLiteral("行政复议情况。");
        return test::fakeProcessed(spec);
    }

    int openFindings()
    {
        const Result<std::vector<ReportRow>> rows = m_archive->listReports();
        return rows && !rows->empty() ? rows->front().openFindings() : -1;
    }

    Result<void> revalidate()
    {
        return revalidateStoredReport(*m_archive, test::fakeProcessing(), m_id);
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Result<std::unique_ptr<Archive>> archive = Archive::open(test::freshArchiveLocation(
            m_dir.path(), QStringLiteral("review-%1.sqlite").arg(++m_count)));
        QVERIFY(archive);
        m_archive = std::move(*archive);
        const ProcessedReport report = inconsistentReport();
        const Result<AddOutcome> added =
            m_archive->addReport(report.document.text.toUtf8(), report);
        QVERIFY(added);
        m_id = added->id;
    }

    void correctionsLayerOverExtraction()
    {
        const Result<Correction> first = m_archive->recordCorrection(
            m_id, {kTotal, 0.0, kReviewer, QStringLiteral("总计与分项不符，原表为0")});
        QVERIFY2(first, test::messageOf(first).constData());
        QCOMPARE(first->oldValue, std::optional<double>(11));
        QCOMPARE(first->newValue, std::optional<double>(0));
        QCOMPARE(first->extractedValue, std::optional<double>(11));

        const Result<Correction> second = m_archive->recordCorrection(
            m_id, {kTotal, std::nullopt, QStringLiteral("张复核"), QStringLiteral("原表空白")});
        QVERIFY(second);
        QCOMPARE(second->oldValue, std::optional<double>(0));

        Result<StoredReport> stored = m_archive->loadReport(m_id);
        QVERIFY(stored);
        // The extraction is still what the report printed; the current value is the latest.
        QCOMPARE(stored->extracted.value(kTotal), std::optional<double>(11));
        QCOMPARE(stored->value(kTotal), std::optional<double>());
        QCOMPARE(stored->current().value(kTotal), std::optional<double>());
        QCOMPARE(stored->correction(kTotal)->reviewer, QStringLiteral("张复核"));
        QCOMPARE(stored->value(kUpheld), std::optional<double>(0));
        QVERIFY(!stored->correction(kUpheld));

        // A revert is one more correction; the history keeps all three, oldest first.
        const Result<Correction> revert =
            m_archive->revertCell(m_id, kTotal, kReviewer, QStringLiteral("恢复原值"));
        QVERIFY(revert);
        QCOMPARE(revert->newValue, std::optional<double>(11));
        const Result<std::vector<Correction>> history = m_archive->cellHistory(m_id, kTotal);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(3));
        QCOMPARE((*history)[0], *first);
        QCOMPARE((*history)[1], *second);
        QCOMPARE((*history)[2], *revert);
        QCOMPARE(m_archive->loadReport(m_id)->value(kTotal), std::optional<double>(11));
        QVERIFY(m_archive->cellHistory(m_id, kUpheld)->empty());
    }

    void correctionsAreNeverOverwritten()
    {
        QVERIFY(m_archive->recordCorrection(m_id, {kTotal, 0.0, kReviewer, {}}));
        const QByteArray overwrite = "UPDATE corrections SET new_value = 99";
        const Result<void> overwritten =
            test::execOnArchive(m_archive->location(), overwrite, overwrite);
        QVERIFY(!overwritten);
        QVERIFY(overwritten.error().message.contains(QLatin1String("never changed")));
        QCOMPARE(m_archive->loadReport(m_id)->value(kTotal), std::optional<double>(0));
    }

    void badCorrectionsAreRefused()
    {
        const auto refused = [&](ReportId id, const CorrectionRequest& request) {
            const Result<Correction> correction = m_archive->recordCorrection(id, request);
            return !correction && correction.error().code == ErrorCode::InvalidArgument &&
                   !correction.error().message.isEmpty();
        };
        QVERIFY(refused(m_id, {QStringLiteral("t9.nothing.here"), 1.0, kReviewer, {}}));
        QVERIFY(refused(m_id, {kTotal, 1.0, QStringLiteral("  "), {}}));
        // Already holds 11, and nobody vouched for it: nothing would change.
        QVERIFY(refused(m_id, {kTotal, 11.0, kReviewer, {}, false}));
        QVERIFY(refused(m_id, {kTotal, std::numeric_limits<double>::infinity(), kReviewer, {}}));
        QVERIFY(refused(m_id + 1, {kTotal, 1.0, kReviewer, {}}));
        QVERIFY(refused(m_id, {kUpheld, 0.0, kReviewer, {}, false}));
        QVERIFY(m_archive->cellHistory(m_id, kTotal)->empty());
    }

    void acceptancesVouchWithoutChangingTheValue()
    {
        // The reviewer accepts the value as printed: no change of value, but the history
        // records who stands behind it.
        const Result<Correction> accepted = m_archive->recordCorrection(
            m_id, {kTotal, 11.0, kReviewer, QStringLiteral("与原件核对无误")});
        QVERIFY2(accepted, test::messageOf(accepted).constData());
        QVERIFY(accepted->isAcceptance());
        QVERIFY(!accepted->changesValue());
        QCOMPARE(accepted->oldValue, std::optional<double>(11));
        Result<StoredReport> stored = m_archive->loadReport(m_id);
        QVERIFY(stored);
        QVERIFY(stored->isVouchedFor(kTotal));
        QVERIFY(!stored->isVouchedFor(kUpheld));
        QCOMPARE(stored->value(kTotal), std::optional<double>(11));
        // It changes nothing the rules see: the report's error stays open.
        QCOMPARE(openFindings(), 1);

        // Accepting twice would record nothing new.
        const Result<Correction> again =
            m_archive->recordCorrection(m_id, {kTotal, 11.0, kReviewer, {}});
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("accepted")));

        // Withdrawing it (what undo does) is one more entry; the value is still not vouched for.
        const Result<Correction> withdrawn =
            m_archive->recordCorrection(m_id, {kTotal, 11.0, kReviewer, {}, false});
        QVERIFY(withdrawn);
        QVERIFY(!withdrawn->isAcceptance());
        QVERIFY(!m_archive->loadReport(m_id)->isVouchedFor(kTotal));

        // A new value is vouched for; going back to the extracted value is not.
        QVERIFY(m_archive->recordCorrection(m_id, {kTotal, 0.0, kReviewer, {}}));
        QVERIFY(m_archive->loadReport(m_id)->isVouchedFor(kTotal));
        const Result<Correction> reverted = m_archive->revertCell(m_id, kTotal, kReviewer, {});
        QVERIFY(reverted);
        QVERIFY(!reverted->vouched);
        QVERIFY(!m_archive->loadReport(m_id)->isVouchedFor(kTotal));

        const Result<std::vector<Correction>> history = m_archive->cellHistory(m_id, kTotal);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(4));
        QCOMPARE(history->front(), *accepted);
        QCOMPARE(history->back(), *reverted);
    }

    void reviewStatusIsStored()
    {
        QCOMPARE(m_archive->reportInfo(m_id)->status, ReviewStatus::Pending);
        QVERIFY(m_archive->setReviewStatus(m_id, ReviewStatus::Doubtful, QStringLiteral("tester")));
        QCOMPARE(m_archive->reportInfo(m_id)->status, ReviewStatus::Doubtful);
        QCOMPARE(m_archive->listReports()->front().status, ReviewStatus::Doubtful);
        QCOMPARE(reviewStatusCode(ReviewStatus::Doubtful), QStringLiteral("doubtful"));
        QCOMPARE(reviewStatusFromCode(u"reviewed"), std::optional(ReviewStatus::Reviewed));
        QVERIFY(!reviewStatusFromCode(u"done"));
    }

    void decisionsSurviveRevalidation()
    {
        const Finding error = m_archive->loadReport(m_id)->extracted.findings.front();
        QCOMPARE(error.rule, test::kReviewTotalRule);
        QCOMPARE(openFindings(), 1);

        const Result<FindingDecision> dismissed =
            m_archive->decideFinding(m_id, {findingFingerprint(error), FindingVerdict::Dismissed,
                                            QStringLiteral("原表如此，非提取错误"), kReviewer});
        QVERIFY2(dismissed, test::messageOf(dismissed).constData());
        QCOMPARE(openFindings(), 0);

        // A correction changes the figures the message quotes; re-validation finds the same
        // rule over the same cells, so the decision still holds.
        QVERIFY(m_archive->recordCorrection(m_id, {kTotal, 12.0, kReviewer, {}}));
        QVERIFY(revalidate());
        Result<StoredReport> stored = m_archive->loadReport(m_id);
        QCOMPARE(stored->extracted.findings.size(), std::size_t(1));
        const Finding& again = stored->extracted.findings.front();
        QVERIFY(again.message(false).contains(QLatin1String("12")));
        QVERIFY(!stored->isOpen(again));
        QCOMPARE(stored->decision(again)->comment, QStringLiteral("原表如此，非提取错误"));
        QCOMPARE(openFindings(), 0);

        // Fixed by a correction: the finding goes, the decision stays for when it returns.
        QVERIFY(m_archive->recordCorrection(m_id, {kTotal, 0.0, kReviewer, {}}));
        QVERIFY(revalidate());
        stored = m_archive->loadReport(m_id);
        QVERIFY(stored->extracted.findings.empty());
        QCOMPARE(stored->decisions.size(), std::size_t(1));
        QVERIFY(m_archive->revertCell(m_id, kTotal, kReviewer, {}));
        QVERIFY(revalidate());
        stored = m_archive->loadReport(m_id);
        QVERIFY(!stored->isOpen(stored->extracted.findings.front()));

        // Reopening is a decision too; the history keeps both.
        QVERIFY(m_archive->decideFinding(m_id, {findingFingerprint(error), FindingVerdict::Open,
                                                QStringLiteral("再看一下"), kReviewer}));
        QCOMPARE(openFindings(), 1);
        const auto history = m_archive->decisionHistory(m_id, findingFingerprint(error));
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->front().verdict, FindingVerdict::Dismissed);
        QCOMPARE(history->back().verdict, FindingVerdict::Open);
    }

    void decisionsNeedAFindingAndAReviewer()
    {
        const Result<FindingDecision> unknown = m_archive->decideFinding(
            m_id,
            {QStringLiteral("t3.balance|t3.new.total"), FindingVerdict::Confirmed, {}, kReviewer});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
        const Finding error = m_archive->loadReport(m_id)->extracted.findings.front();
        QVERIFY(!m_archive->decideFinding(
            m_id, {findingFingerprint(error), FindingVerdict::Confirmed, {}, QString()}));
        QCOMPARE(openFindings(), 1);
    }

    void fingerprintIgnoresCellOrderAndFigures()
    {
        Finding a{QStringLiteral("t3.balance"),
                  Severity::Error,
                  {QStringLiteral("t3.new.total"), QStringLiteral("t3.carried_over.total")},
                  QStringLiteral("%1 vs %2"),
                  {FindingArg::value(QStringLiteral("1"))}};
        Finding b = a;
        std::reverse(b.cells.begin(), b.cells.end());
        b.args = {FindingArg::value(QStringLiteral("2"))};
        QCOMPARE(findingFingerprint(a), findingFingerprint(b));
        b.rule = QStringLiteral("t3.rows");
        QVERIFY(findingFingerprint(a) != findingFingerprint(b));
    }

    void confirmedFindingsAreNotOpen()
    {
        const Finding error = m_archive->loadReport(m_id)->extracted.findings.front();
        QVERIFY(m_archive->decideFinding(
            m_id, {findingFingerprint(error), FindingVerdict::Confirmed, {}, kReviewer}));
        ReportFilter withErrors;
        withErrors.severity = Severity::Error;
        QCOMPARE(*m_archive->countReports(withErrors), 0);
        const Result<StoredReport> stored = m_archive->loadReport(m_id);
        QCOMPARE(stored->decision(error)->verdict, FindingVerdict::Confirmed);
    }
};

QTEST_GUILESS_MAIN(TestArchiveReview)
#include "tst_archivereview.moc"
