// Assignments of reports to reviewers, on both back ends: assigning by id in one transaction
// (refused whole for a missing report), reassigning and unassigning, who assigned and when, the
// list filtered by assignee, by nobody and by claims other reviewers hold, each reviewer's
// progress, and assignments surviving a migration to the other back end.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/migration.h"
#include "store/teamreview.h"
#include "testbackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace std::chrono_literals;

namespace {

const QString kAnna = QStringLiteral("安娜");
const QString kBo = QStringLiteral("薄");
const QString kChief = QStringLiteral("科长");

std::vector<ReportId> idsOf(const Result<std::vector<ReportRow>>& rows)
{
    std::vector<ReportId> ids;
    for (const ReportRow& row : rows.value()) {
        ids.push_back(row.id);
    }
    return ids;
}

} // namespace

class TestArchiveAssignments : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Archive> m_archive;
    TeamReview* m_team = nullptr;
    std::vector<ReportId> m_ids;

    std::vector<ReportId> listed(const ReportFilter& filter)
    {
        ReportQuery query;
        query.filter = filter;
        return idsOf(m_archive->listReports(query));
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
            m_dir.path(), QStringLiteral("assign-%1.sqlite").arg(++m_count)));
        QVERIFY2(archive, test::messageOf(archive).constData());
        m_archive = std::move(*archive);
        m_team = teamReview(*m_archive);
        QVERIFY(m_team);
        m_ids.clear();
        for (int body = 0; body < 5; ++body) {
            test::FakeReport report;
            report.agency = QStringLiteral("测试市第%1局").arg(body + 1);
            report.year = 2022;
            report.body = QStringLiteral("报告正文。");
            const Result<AddOutcome> added =
                m_archive->addReport(report.bytes(), test::fakeProcessed(report));
            QVERIFY2(added, test::messageOf(added).constData());
            m_ids.push_back(added->id);
        }
    }

    void assignsReassignsAndUnassigns()
    {
        QCOMPARE(*m_team->assignmentOf(m_ids[0]), std::nullopt);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Result<qint64> given = m_team->assign({m_ids[0], m_ids[1], m_ids[2]}, kAnna, kChief);
        QVERIFY2(given, test::messageOf(given).constData());
        QCOMPARE(*given, qint64(3));
        const Result<std::optional<Assignment>> first = m_team->assignmentOf(m_ids[0]);
        QVERIFY(first && *first);
        QCOMPARE((*first)->reviewer, kAnna);
        QCOMPARE((*first)->assignedBy, kChief);
        QVERIFY((*first)->assignedAt >= before);
        QVERIFY((*first)->assignedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

        // Already Anna's: nothing changes; one goes to Bo.
        QCOMPARE(*m_team->assign({m_ids[0], m_ids[1]}, kAnna, kChief), qint64(0));
        QCOMPARE(*m_team->assign({m_ids[2], m_ids[3]}, QStringLiteral(" 薄 "), kChief), qint64(2));
        QCOMPARE((*m_team->assignmentOf(m_ids[2]))->reviewer, kBo);

        // Taken from whoever had it.
        QCOMPARE(*m_team->assign({m_ids[1], m_ids[4]}, QString(), kChief), qint64(1));
        QCOMPARE(*m_team->assignmentOf(m_ids[1]), std::nullopt);
    }

    void aMissingReportRefusesTheWholeBatch()
    {
        const Result<qint64> refused =
            m_team->assign({m_ids[0], m_ids.back() + 100}, kAnna, kChief);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QString::number(m_ids.back() + 100)));
        QCOMPARE(*m_team->assignmentOf(m_ids[0]), std::nullopt);
        QVERIFY(!m_team->assign({m_ids[0]}, kAnna, QStringLiteral("  ")));
        QCOMPARE(*m_team->assignmentOf(m_ids[0]), std::nullopt);
    }

    void listFiltersByAssigneeAndClaims()
    {
        QVERIFY(m_team->assign({m_ids[0], m_ids[2]}, kAnna, kChief));
        QVERIFY(m_team->assign({m_ids[1]}, kBo, kChief));
        ReportFilter mine;
        mine.assignee = kAnna;
        QCOMPARE(listed(mine), (std::vector<ReportId>{m_ids[0], m_ids[2]}));
        QCOMPARE(*m_archive->countReports(mine), qint64(2));
        ReportFilter nobody;
        nobody.assignee = QString();
        QCOMPARE(listed(nobody), (std::vector<ReportId>{m_ids[3], m_ids[4]}));
        // With the other filters: Anna's reports of one body.
        mine.agency = QStringLiteral("第3局");
        QCOMPARE(listed(mine), (std::vector<ReportId>{m_ids[2]}));

        // Claimed by others: Bo's live claim counts for Anna, Anna's own does not, a lapsed
        // one counts for nobody.
        QVERIFY(m_team->claim(m_ids[1], kBo, 60s)->granted);
        QVERIFY(m_team->claim(m_ids[0], kAnna, 60s)->granted);
        QVERIFY(m_team->claim(m_ids[3], kBo, 200ms)->granted);
        QTest::qWait(400);
        ReportFilter others;
        others.claimedByOthersThan = kAnna;
        QCOMPARE(listed(others), (std::vector<ReportId>{m_ids[1]}));
        others.claimedByOthersThan = kBo;
        QCOMPARE(listed(others), (std::vector<ReportId>{m_ids[0]}));
    }

    void progressCountsEachReviewersReportsByStatus()
    {
        QVERIFY(m_team->assign({m_ids[0], m_ids[1], m_ids[2]}, kAnna, kChief));
        QVERIFY(m_team->assign({m_ids[3]}, kBo, kChief));
        QVERIFY(m_archive->setReviewStatus(m_ids[0], ReviewStatus::Reviewed, kAnna));
        QVERIFY(m_archive->setReviewStatus(m_ids[1], ReviewStatus::Doubtful, kAnna));
        QVERIFY(m_archive->setReviewStatus(m_ids[4], ReviewStatus::Reviewed, kBo));
        const Result<std::vector<ReviewerProgress>> progress = m_team->progress();
        QVERIFY2(progress, test::messageOf(progress).constData());
        // By name as the database sorts: the unassigned ('') first, then the reviewers.
        const std::vector<ReviewerProgress> expected{
            {QString(), 1, 0, 1, 0},
            {kAnna, 3, 1, 1, 1},
            {kBo, 1, 1, 0, 0},
        };
        QCOMPARE(progress->size(), expected.size());
        for (const ReviewerProgress& row : expected) {
            QVERIFY2(std::find(progress->begin(), progress->end(), row) != progress->end(),
                     qPrintable(row.reviewer));
        }
        QCOMPARE(progress->front().reviewer, QString());
    }

    void migrationCarriesAssignments()
    {
        QVERIFY(m_team->assign({m_ids[0], m_ids[3]}, kAnna, kChief));
        const Assignment before = **m_team->assignmentOf(m_ids[3]);
        // To an SQLite file: from PostgreSQL on that run, from SQLite on the other (which must
        // not need the test server, which ctest may be stopping meanwhile).
        const QString target = m_dir.filePath(QStringLiteral("migrated-%1.sqlite").arg(m_count));
        const Result<MigrationSummary> copied = migrateArchive(m_archive->location(), target);
        QVERIFY2(copied, test::messageOf(copied).constData());
        Result<std::unique_ptr<Archive>> opened = Archive::open(target);
        QVERIFY(opened);
        TeamReview* team = teamReview(**opened);
        const Result<std::optional<Assignment>> after = team->assignmentOf(m_ids[3]);
        QVERIFY(after && *after);
        QCOMPARE((*after)->reviewer, before.reviewer);
        QCOMPARE((*after)->assignedBy, before.assignedBy);
        QCOMPARE((*after)->assignedAt.toMSecsSinceEpoch(), before.assignedAt.toMSecsSinceEpoch());
        QCOMPARE(*team->progress(), *m_team->progress());
    }
};

QTEST_GUILESS_MAIN(TestArchiveAssignments)
#include "tst_archiveassignments.moc"
