// Claims with leases and optimistic concurrency, with two clients (two connections) on one
// archive: a report claimed by one reviewer is refused to another until released, lapsed or
// taken over; a write over a version another client changed is refused, and of two clients
// writing over the same version at once exactly one succeeds.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/archivewatcher.h"
#include "store/teamreview.h"
#include "testbackend.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <thread>

using namespace nianbao;
using namespace nianbao::store;
using namespace std::chrono_literals;

namespace {

const QString kAnna = QStringLiteral("安娜");
const QString kBo = QStringLiteral("薄");
const QString kCell = QStringLiteral("t4.review.total");

} // namespace

class TestArchiveClaims : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Archive> m_annaArchive; ///< one client
    std::unique_ptr<Archive> m_boArchive;   ///< another, on its own connection
    TeamReview* m_anna = nullptr;
    TeamReview* m_bo = nullptr;
    ReportId m_id = 0;

    /// A write as a client makes it: over the version it read, in one transaction. A version
    /// that moved meanwhile comes back as the conflict message.
    static Result<Correction> correctOver(Archive& archive, ReportId id, const ReportVersion& read,
                                          double value, const QString& reviewer)
    {
        Result<Transaction> transaction = archive.transaction();
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        const Result<bool> current = teamReview(archive)->isStillAt(id, read);
        if (!current) {
            return std::unexpected(current.error());
        }
        if (!*current) {
            return fail(ErrorCode::InvalidArgument, changedMeanwhileMessage(id));
        }
        Result<Correction> corrected =
            archive.recordCorrection(id, {kCell, value, reviewer, {}, true, std::nullopt});
        if (!corrected) {
            return corrected;
        }
        if (Result<void> committed = transaction->commit(); !committed) {
            return std::unexpected(committed.error());
        }
        return corrected;
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Result<std::unique_ptr<Archive>> anna = Archive::open(test::freshArchiveLocation(
            m_dir.path(), QStringLiteral("claims-%1.sqlite").arg(++m_count)));
        QVERIFY2(anna, test::messageOf(anna).constData());
        m_annaArchive = std::move(*anna);
        Result<std::unique_ptr<Archive>> bo = m_annaArchive->connectAgain();
        QVERIFY2(bo, test::messageOf(bo).constData());
        m_boArchive = std::move(*bo);
        m_anna = teamReview(*m_annaArchive);
        m_bo = teamReview(*m_boArchive);
        QVERIFY(m_anna && m_bo);
        test::FakeReport report;
        report.agency = QStringLiteral("河北省财政厅");
        report.year = 2022;
        report.body = QStringLiteral("依申请公开办理及时。");
        report.cells.insert(kCell, QStringLiteral("3"));
        const Result<AddOutcome> added =
            m_annaArchive->addReport(report.bytes(), test::fakeProcessed(report));
        QVERIFY2(added, test::messageOf(added).constData());
        m_id = added->id;
    }

    void aClaimIsRefusedToAnotherUntilReleased()
    {
        QCOMPARE(*m_bo->claimOf(m_id), std::nullopt);
        const Result<ClaimOutcome> asked = m_anna->claim(m_id, kAnna, 60s);
        QVERIFY2(asked, test::messageOf(asked).constData());
        QVERIFY(asked->granted);
        const Claim* claimed = &asked->claim;
        QCOMPARE(claimed->reviewer, kAnna);
        QVERIFY(claimed->expires > claimed->since);
        QVERIFY(claimed->since.secsTo(QDateTime::currentDateTimeUtc()) < 60);

        // The other client sees who reviews it since when, and cannot claim it.
        QCOMPARE(*m_bo->claimOf(m_id), std::optional<Claim>(*claimed));
        const Result<ClaimOutcome> refused = m_bo->claim(m_id, kBo, 60s);
        QVERIFY(refused && !refused->granted);
        QCOMPARE(refused->claim, *claimed);
        const QString message = claimedMessage(refused->claim);
        QVERIFY2(message.contains(kAnna), qPrintable(message));

        // The heartbeat renews the lease and keeps when the claim began.
        QTest::qWait(20);
        const Result<ClaimOutcome> renewed = m_anna->claim(m_id, kAnna, 60s);
        QVERIFY2(renewed && renewed->granted, test::messageOf(renewed).constData());
        QCOMPARE(renewed->claim.since, claimed->since);
        QVERIFY(renewed->claim.expires > claimed->expires);

        // Releasing someone else's claim does nothing; one's own frees the report.
        QVERIFY(m_bo->releaseClaim(m_id, kBo));
        QCOMPARE((*m_bo->claimOf(m_id))->reviewer, kAnna);
        QVERIFY(m_anna->releaseClaim(m_id, kAnna));
        QCOMPARE(*m_bo->claimOf(m_id), std::nullopt);
        const Result<ClaimOutcome> taken = m_bo->claim(m_id, kBo, 60s);
        QVERIFY2(taken && taken->granted, test::messageOf(taken).constData());
        QCOMPARE(taken->claim.reviewer, kBo);
    }

    void aClaimWhoseClientDiedLapses()
    {
        // A client that stops renewing (killed, offline): its lease runs out.
        QVERIFY(m_anna->claim(m_id, kAnna, 300ms)->granted);
        QVERIFY(!m_bo->claim(m_id, kBo, 60s)->granted);
        QTest::qWait(600);
        QCOMPARE(*m_bo->claimOf(m_id), std::nullopt);
        const Result<ClaimOutcome> taken = m_bo->claim(m_id, kBo, 60s);
        QVERIFY2(taken && taken->granted, test::messageOf(taken).constData());
        // The late heartbeat of the dead client finds the report taken.
        const Result<ClaimOutcome> late = m_anna->claim(m_id, kAnna, 60s);
        QVERIFY(late && !late->granted);
        QCOMPARE(late->claim.reviewer, kBo);
    }

    void aClaimCanBeTakenOver()
    {
        QVERIFY(m_anna->claim(m_id, kAnna, 60s)->granted);
        const Result<ClaimOutcome> taken = m_bo->claim(m_id, kBo, 60s, true);
        QVERIFY2(taken && taken->granted, test::messageOf(taken).constData());
        QCOMPARE((*m_anna->claimOf(m_id))->reviewer, kBo);
        QVERIFY(!m_anna->claim(m_id, kAnna, 60s)->granted);
    }

    void claimsNeedAReviewerAndAReport()
    {
        QCOMPARE(m_anna->claim(m_id, QStringLiteral("  "), 60s).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(!m_anna->claim(m_id + 100, kAnna, 60s));
        QVERIFY(!m_anna->claimOf(m_id + 100));
    }

    void aWriteOverAChangedVersionIsRefused()
    {
        // Both clients open the report at the same version.
        const Result<ReportVersion> read = m_anna->reportVersion(m_id);
        QVERIFY(read);
        QCOMPARE(*m_bo->reportVersion(m_id), *read);
        QVERIFY2(correctOver(*m_annaArchive, m_id, *read, 5, kAnna),
                 "the first write goes through");
        QVERIFY(*m_bo->reportVersion(m_id) != *read);

        const Result<Correction> stale = correctOver(*m_boArchive, m_id, *read, 7, kBo);
        QVERIFY(!stale);
        QVERIFY2(stale.error().message.contains(QLatin1String("reload")),
                 qPrintable(stale.error().message));
        // Nothing of the refused write is there, nothing of the first was lost.
        const Result<std::vector<Correction>> history = m_boArchive->cellHistory(m_id, kCell);
        QCOMPARE(history->size(), std::size_t(1));
        QCOMPARE(history->front().newValue, std::optional<double>(5));

        // Reloaded, the second client writes over the new version.
        const Result<ReportVersion> reloaded = m_bo->reportVersion(m_id);
        QVERIFY(correctOver(*m_boArchive, m_id, *reloaded, 7, kBo));
        QCOMPARE(m_annaArchive->cellHistory(m_id, kCell)->size(), std::size_t(2));

        // Every kind of write changes the version.
        const ReportVersion beforeStatus = *m_anna->reportVersion(m_id);
        QVERIFY(m_annaArchive->setReviewStatus(m_id, ReviewStatus::Doubtful, kAnna));
        QVERIFY(*m_anna->reportVersion(m_id) != beforeStatus);
        const ReportVersion beforeDecision = *m_anna->reportVersion(m_id);
        const std::vector<Finding> findings = m_annaArchive->loadReport(m_id)->extracted.findings;
        QVERIFY(!findings.empty()); // the fake validation finds the review total wrong
        QVERIFY(m_annaArchive->decideFinding(m_id, {findingFingerprint(findings.front()),
                                                    FindingVerdict::Dismissed, QString(), kAnna}));
        QVERIFY(*m_anna->reportVersion(m_id) != beforeDecision);
    }

    void ofTwoClientsWritingAtOnceOneWins()
    {
        const ReportVersion read = *m_anna->reportVersion(m_id);
        constexpr int kClients = 4;
        std::array<std::optional<Error>, kClients> outcomes;
        const QString location = m_annaArchive->location();
        {
            std::vector<std::jthread> clients;
            for (int c = 0; c < kClients; ++c) {
                clients.emplace_back([&, c] {
                    Result<std::unique_ptr<Archive>> client = Archive::open(location);
                    if (!client) {
                        outcomes[std::size_t(c)] = client.error();
                        return;
                    }
                    const Result<Correction> written =
                        correctOver(**client, m_id, read, 10 + c, QStringLiteral("客户%1").arg(c));
                    outcomes[std::size_t(c)] =
                        written ? std::nullopt : std::optional<Error>(written.error());
                });
            }
        }
        int won = 0;
        for (const std::optional<Error>& outcome : outcomes) {
            if (!outcome) {
                ++won;
            } else {
                QCOMPARE(outcome->message, changedMeanwhileMessage(m_id));
            }
        }
        QCOMPARE(won, 1);
        QCOMPARE(m_annaArchive->cellHistory(m_id, kCell)->size(), std::size_t(1));
    }

    void otherClientsChangesAreHeard()
    {
        Result<std::unique_ptr<ArchiveWatcher>> watcher = m_bo->watch();
        if (!test::testingPostgres()) {
            // One file, one user: SQLite says so instead of pretending.
            QVERIFY(!watcher);
            QVERIFY2(watcher.error().message.contains(QLatin1String("PostgreSQL")),
                     qPrintable(watcher.error().message));
            return;
        }
        QVERIFY2(watcher, test::messageOf(watcher).constData());
        QSignalSpy heard(watcher->get(), &ArchiveWatcher::reportChanged);
        // A change that rolls back is never heard.
        {
            Result<Transaction> undone = m_annaArchive->transaction();
            QVERIFY(
                m_annaArchive->recordCorrection(m_id, {kCell, 1.0, kAnna, {}, true, std::nullopt}));
        }
        // Another archive in the same database is not this one.
        Result<std::unique_ptr<Archive>> other = Archive::open(test::freshPostgresLocation());
        QVERIFY(other);
        test::FakeReport elsewhere;
        elsewhere.agency = QStringLiteral("别处");
        elsewhere.body = QStringLiteral("另一个档案库");
        QVERIFY((*other)->addReport(elsewhere.bytes(), test::fakeProcessed(elsewhere)));

        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_annaArchive->recordCorrection(m_id, {kCell, 2.0, kAnna, {}, true, std::nullopt}));
        QVERIFY(heard.wait(2000));
        qInfo("a correction was heard by the other client after %lld ms", clock.elapsed());
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.at(0).at(0).value<ReportId>(), m_id);
        QCOMPARE(heard.at(0).at(1).toString(), QStringLiteral("correction"));

        QVERIFY(m_anna->claim(m_id, kAnna, 60s)->granted);
        QVERIFY(m_annaArchive->setReviewStatus(m_id, ReviewStatus::Doubtful, kAnna));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 3, 2000);
        QCOMPARE(heard.at(1).at(1).toString(), QStringLiteral("claim"));
        QCOMPARE(heard.at(2).at(1).toString(), QStringLiteral("change"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveClaims)
#include "tst_archiveclaims.moc"
