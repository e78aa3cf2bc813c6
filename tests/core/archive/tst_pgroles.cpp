// The least privileges of resources/postgresql/roles.sql (what the README tells an
// administrator to run), on the PostgreSQL test server: a reviewer's login imports, reviews
// (corrections, decisions, status), claims and hears changes; it cannot drop or create tables,
// delete reports, change or delete any row of history, or assign reports; a supervisor's login
// assigns.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/archivewatcher.h"
#include "store/pgconnection.h"
#include "store/schema.h"
#include "store/teamreview.h"
#include "testbackend.h"
#include "workflow/reviewsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QUrl>

using namespace nianbao;
using namespace nianbao::store;
using namespace std::chrono_literals;

namespace {

const QString kCell = QStringLiteral("t3.new.total");

QString asRole(const QString& location, const QString& role)
{
    QUrl url(location);
    url.setUserName(role);
    return url.toString();
}

} // namespace

class TestPgRoles : public QObject {
    Q_OBJECT

private:
    QString m_location;
    QString m_reviewer;
    QString m_supervisor;
    ReportId m_id = 0;

    /// Runs `sql` as `role` on its own connection: the database's answer.
    Result<void> execAs(const QString& role, const QByteArray& sql)
    {
        Result<PgConnection> db = PgConnection::open(asRole(m_location, role));
        if (!db) {
            return std::unexpected(db.error());
        }
        return db->exec(sql);
    }

private slots:
    void initTestCase();
    void aReviewerImportsReviewsClaimsAndHears();
    void aReviewerCannotDropRewriteOrAssign_data();
    void aReviewerCannotDropRewriteOrAssign();
    void aSupervisorAssigns();
};

void TestPgRoles::initTestCase()
{
    QString why;
    if (test::postgresUri(&why).isEmpty()) {
        QSKIP(qPrintable(why));
    }
    m_location = test::freshPostgresLocation();
    const QString schema = m_location.section(QStringLiteral("%3D"), -1);
    QVERIFY(!schema.isEmpty() && !schema.contains(QLatin1Char('/')));
    {
        // The owner creates the archive, then the administrator's script runs.
        Result<std::unique_ptr<Archive>> owner = Archive::open(m_location);
        QVERIFY2(owner, test::messageOf(owner).constData());
        test::FakeReport report;
        report.agency = QStringLiteral("权限测试局");
        report.year = 2022;
        report.body = QStringLiteral("报告正文。");
        report.cells.insert(kCell, QStringLiteral("4"));
        const Result<AddOutcome> added =
            (*owner)->addReport(report.bytes(), test::fakeProcessed(report));
        QVERIFY(added);
        m_id = added->id;
    }
    QFile script(QStringLiteral(NIANBAO_ROLES_SQL));
    QVERIFY2(script.open(QIODevice::ReadOnly), NIANBAO_ROLES_SQL);
    // psql's :"schema", as psql -v schema=… would put it.
    const QByteArray quoted = QByteArray("\"") + schema.toUtf8() + QByteArray("\"");
    const QByteArray sql = script.readAll().replace(QByteArray(":\"schema\""), quoted);
    Result<PgConnection> admin = PgConnection::open(m_location);
    QVERIFY(admin);
    // The group roles, as the README has a superuser create them (once per server).
    QVERIFY(admin->exec("DO $$ BEGIN CREATE ROLE nianbao_reviewers; "
                        "EXCEPTION WHEN duplicate_object THEN NULL; END $$; "
                        "DO $$ BEGIN CREATE ROLE nianbao_supervisors IN ROLE nianbao_reviewers; "
                        "EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    const Result<void> granted = admin->exec(sql);
    QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_reviewer = QStringLiteral("nb_reviewer_") + pid;
    m_supervisor = QStringLiteral("nb_supervisor_") + pid;
    for (const auto& [role, group] : {std::pair{m_reviewer, "nianbao_reviewers"},
                                      std::pair{m_supervisor, "nianbao_supervisors"}}) {
        const QByteArray statement =
            (QStringLiteral("DROP ROLE IF EXISTS ") + role + QStringLiteral("; CREATE ROLE ") +
             role + QStringLiteral(" LOGIN IN ROLE ") + QLatin1String(group))
                .toUtf8();
        const Result<void> created = admin->exec(statement);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }
}

void TestPgRoles::aReviewerImportsReviewsClaimsAndHears()
{
    Result<std::unique_ptr<Archive>> opened = Archive::open(asRole(m_location, m_reviewer));
    QVERIFY2(opened, test::messageOf(opened).constData());
    Archive& archive = **opened;
    QCOMPARE(*archive.schemaVersion(), latestSchemaVersion());

    test::FakeReport report;
    report.agency = QStringLiteral("审核员导入局");
    report.year = 2023;
    report.body = QStringLiteral("审核员导入的报告。");
    const Result<AddOutcome> added = archive.addReport(report.bytes(), test::fakeProcessed(report));
    QVERIFY2(added, test::messageOf(added).constData());
    QVERIFY(!added->duplicate);

    TeamReview& team = *teamReview(archive);
    QVERIFY(team.claim(m_id, m_reviewer, 60s)->granted);
    Result<std::unique_ptr<ArchiveWatcher>> watcher = team.watch();
    QVERIFY2(watcher, test::messageOf(watcher).constData());
    Result<workflow::ReviewSession> session =
        workflow::ReviewSession::open(archive, test::fakeProcessing(), m_id, m_reviewer);
    QVERIFY2(session, test::messageOf(session).constData());
    const Result<workflow::ChangeRecord> corrected =
        session->apply(workflow::ReviewChange::edit(kCell, 9, QStringLiteral("复核")));
    QVERIFY2(corrected, test::messageOf(corrected).constData());
    const Result<workflow::ChangeRecord> marked =
        session->apply(workflow::ReviewChange::setStatus(ReviewStatus::Doubtful, QString()));
    QVERIFY2(marked, test::messageOf(marked).constData());
    if (!session->findings().empty()) {
        const Result<workflow::ChangeRecord> decided = session->apply(
            workflow::ReviewChange::decide(findingFingerprint(session->findings().front()),
                                           FindingVerdict::Dismissed, QStringLiteral("不是问题")));
        QVERIFY2(decided, test::messageOf(decided).constData());
    }
    QVERIFY(team.releaseClaim(m_id, m_reviewer));
    QCOMPARE(archive.reportHistory(m_id)->corrections.size(), std::size_t(1));
}

void TestPgRoles::aReviewerCannotDropRewriteOrAssign_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("drop a table") << QByteArray("DROP TABLE corrections");
    QTest::newRow("create a table")
        << ("CREATE TABLE \"" + m_location.section(QStringLiteral("%3D"), -1).toUtf8() +
            "\".mine (a integer)");
    QTest::newRow("change a correction") << QByteArray("UPDATE corrections SET reviewer = 'x'");
    QTest::newRow("delete a correction") << QByteArray("DELETE FROM corrections");
    QTest::newRow("delete a decision") << QByteArray("DELETE FROM finding_decisions");
    QTest::newRow("change a status change") << QByteArray("UPDATE report_changes SET reason = ''");
    QTest::newRow("delete a status change") << QByteArray("DELETE FROM report_changes");
    QTest::newRow("delete a report") << QByteArray("DELETE FROM reports");
    QTest::newRow("truncate") << QByteArray("TRUNCATE corrections CASCADE");
    QTest::newRow("assign") << QByteArray("INSERT INTO assignments VALUES (1, 'x', 'y', now())");
    QTest::newRow("change the format")
        << QByteArray("UPDATE archive_format SET version = version + 1");
}

void TestPgRoles::aReviewerCannotDropRewriteOrAssign()
{
    QFETCH(QByteArray, sql);
    const Result<void> refused = execAs(m_reviewer, sql);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("permission denied")) ||
                 refused.error().message.contains(QStringLiteral("must be owner")),
             qPrintable(refused.error().message));
    // And through the store: assigning is refused with the database's reason.
    Result<std::unique_ptr<Archive>> opened = Archive::open(asRole(m_location, m_reviewer));
    QVERIFY(opened);
    QVERIFY(!teamReview(**opened)->assign({m_id}, m_reviewer, m_reviewer));
    QVERIFY(!(*opened)->reportHistory(m_id)->corrections.empty());
}

void TestPgRoles::aSupervisorAssigns()
{
    Result<std::unique_ptr<Archive>> opened = Archive::open(asRole(m_location, m_supervisor));
    QVERIFY2(opened, test::messageOf(opened).constData());
    TeamReview& team = *teamReview(**opened);
    QCOMPARE(*team.assign({m_id}, m_reviewer, m_supervisor), qint64(1));
    QCOMPARE((*team.assignmentOf(m_id))->reviewer, m_reviewer);
    QVERIFY(team.assign({m_id}, QString(), m_supervisor));
    // Still no history rewriting.
    QVERIFY(!execAs(m_supervisor, "DELETE FROM corrections"));
}

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
