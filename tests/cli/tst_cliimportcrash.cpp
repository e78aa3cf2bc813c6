// The crash test of the archive: `nianbao-cli import` of a folder of generated reports is
// killed with SIGKILL in the middle of the batch, at several moments. Each time the archive
// must pass SQLite's integrity checks, hold only whole reports (each with as many cells,
// extras, labels, narrative parts, findings, text and original bytes as an uninterrupted
// import stores for the same file), and a second run must finish the batch without storing
// any file twice.

#include "clirunner.h"
#include "store/archive.h"
#include "store/sqliteconnection.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace nianbao;
using namespace nianbao::store;

namespace {

constexpr int kReports = 300;

/// What the archive holds for one report, counted table by table.
struct StoredShape {
    qint64 cells = 0;
    qint64 extras = 0;
    qint64 labels = 0;
    qint64 narrative = 0;
    qint64 findings = 0;
    qint64 texts = 0;
    qint64 sources = 0;
    qint64 openFindings = 0;

    friend bool operator==(const StoredShape&, const StoredShape&) = default;
};

} // namespace

namespace QTest {
template <>
char* toString(const StoredShape& shape)
{
    return qstrdup(qPrintable(QStringLiteral("cells %1, extras %2, labels %3, narrative %4, "
                                             "findings %5, texts %6, sources %7, open %8")
                                  .arg(shape.cells)
                                  .arg(shape.extras)
                                  .arg(shape.labels)
                                  .arg(shape.narrative)
                                  .arg(shape.findings)
                                  .arg(shape.texts)
                                  .arg(shape.sources)
                                  .arg(shape.openFindings)));
}
} // namespace QTest

namespace {

/// Every stored report's shape, by the SHA-256 of its original bytes.
QHash<QByteArray, StoredShape> storedShapes(SqliteConnection& db)
{
    Result<SqliteStatement> select =
        db.prepare("SELECT r.sha256, "
                   "(SELECT count(*) FROM cells x WHERE x.report_id = r.id), "
                   "(SELECT count(*) FROM extra_cells x WHERE x.report_id = r.id), "
                   "(SELECT count(*) FROM label_matches x WHERE x.report_id = r.id), "
                   "(SELECT count(*) FROM narrative_parts x WHERE x.report_id = r.id), "
                   "(SELECT count(*) FROM findings x WHERE x.report_id = r.id), "
                   "(SELECT count(*) FROM report_texts x WHERE x.report_id = r.id), "
                   "(SELECT count(*) FROM report_sources x WHERE x.report_id = r.id), "
                   "r.open_errors + r.open_warnings + r.open_notes "
                   "FROM reports r");
    QHash<QByteArray, StoredShape> shapes;
    if (!select) {
        // Killed before the schema was committed: the archive holds nothing yet.
        return shapes;
    }
    while (select->step().value_or(false)) {
        shapes.insert(select->blob(0),
                      StoredShape{select->int64(1), select->int64(2), select->int64(3),
                                  select->int64(4), select->int64(5), select->int64(6),
                                  select->int64(7), select->int64(8)});
    }
    return shapes;
}

/// Reports committed so far, read from a connection of the test's own while the import
/// writes; nothing while the archive has no reports table yet.
std::optional<qint64> committedReports(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return std::nullopt;
    }
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!db) {
        return std::nullopt;
    }
    const Result<qint64> count = db->queryInteger("SELECT count(*) FROM reports");
    return count ? std::optional<qint64>(*count) : std::nullopt;
}

QString singleText(SqliteConnection& db, QByteArrayView sql)
{
    Result<SqliteStatement> statement = db.prepare(sql);
    if (!statement || !statement->step().value_or(false)) {
        return QStringLiteral("(no answer)");
    }
    return statement->text(0);
}

} // namespace

class TestCliImportCrash : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_reports;
    int m_distinctFiles = 0;
    /// The shapes an uninterrupted import stores.
    QHash<QByteArray, StoredShape> m_complete;

    QStringList importArguments(const QString& archive) const
    {
        return {QStringLiteral("import"), QStringLiteral("--db"), archive, m_reports};
    }

    /// SQLite's checks of the file as the killed process left it (SQLite recovers the
    /// write-ahead log on opening): pages, foreign keys, the full-text index's own structure,
    /// and texts waiting for the index belong to stored reports.
    static void verifyIntegrity(SqliteConnection& db)
    {
        QCOMPARE(singleText(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        Result<SqliteStatement> foreignKeys = db.prepare("PRAGMA foreign_key_check");
        QVERIFY(foreignKeys);
        QVERIFY(!foreignKeys->step().value_or(true));
        if (db.queryInteger("SELECT count(*) FROM sqlite_schema WHERE name = 'reports'")
                .value_or(0) == 0) {
            return; // killed before the schema was committed
        }
        const Result<void> index =
            db.exec("INSERT INTO report_search (report_search) VALUES ('integrity-check')");
        QVERIFY2(index, index ? "" : qPrintable(index.error().message));
        QCOMPARE(db.queryInteger("SELECT count(*) FROM search_backlog WHERE report_id NOT IN "
                                 "(SELECT id FROM reports)")
                     .value_or(-1),
                 0);
    }

    /// Once the application opens the archive, the index holds exactly the stored texts.
    static void verifySearchIndexAfterOpening(const QString& path)
    {
        QVERIFY(Archive::open(path));
        Result<SqliteConnection> db = SqliteConnection::open(path);
        QVERIFY(db);
        QCOMPARE(db->queryInteger("SELECT count(*) FROM search_backlog").value_or(-1), 0);
        const Result<void> exact = db->exec(
            "INSERT INTO report_search (report_search, rank) VALUES ('integrity-check', 1)");
        QVERIFY2(exact, exact ? "" : qPrintable(exact.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reports = m_dir.filePath(QStringLiteral("reports"));
        QProcess generator;
        generator.start(test::binDir() + QStringLiteral("/nianbao-gen"),
                        {QStringLiteral("--seed"), QStringLiteral("7000"),
                         QStringLiteral("--count"), QString::number(kReports),
                         QStringLiteral("--out"), m_reports});
        QVERIFY(generator.waitForFinished(120000));
        QCOMPARE(generator.exitCode(), 0);

        QSet<QByteArray> hashes;
        const QStringList files = QDir(m_reports).entryList({QStringLiteral("*.txt")});
        QCOMPARE(files.size(), kReports);
        for (const QString& name : files) {
            QFile file(QDir(m_reports).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            hashes.insert(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
        m_distinctFiles = int(hashes.size());

        const QString reference = m_dir.filePath(QStringLiteral("uninterrupted.sqlite"));
        const test::CliRun complete = test::runCli(importArguments(reference), 300000);
        QCOMPARE(complete.exitCode, 0);
        Result<SqliteConnection> db = SqliteConnection::open(reference);
        QVERIFY(db);
        m_complete = storedShapes(*db);
        QCOMPARE(int(m_complete.size()), m_distinctFiles);
    }

    void aKilledImportLeavesWholeReportsAndARerunFinishes_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("as soon as the archive file exists") << 0;
        QTest::newRow("after the first report") << 1;
        QTest::newRow("after 40 reports") << 40;
        QTest::newRow("after 130 reports") << 130;
        QTest::newRow("after 240 reports") << 240;
    }

    void aKilledImportLeavesWholeReportsAndARerunFinishes()
    {
        QFETCH(int, killAfter);
        const QString archive =
            m_dir.filePath(QStringLiteral("killed-after-%1.sqlite").arg(killAfter));

        QProcess child;
        child.setProcessEnvironment(test::cliEnvironment());
        child.start(test::binDir() + QStringLiteral("/nianbao-cli"), importArguments(archive));
        QVERIFY(child.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const bool due = killAfter == 0 ? QFileInfo::exists(archive)
                                            : committedReports(archive).value_or(0) >= killAfter;
            if (due || child.state() == QProcess::NotRunning || waited.hasExpired(120000)) {
                break;
            }
            QThread::usleep(200);
        }
        child.kill(); // SIGKILL: no handler, no cleanup, no last commit
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 "the import finished before it could be killed");

        Result<SqliteConnection> db = SqliteConnection::open(archive);
        QVERIFY(db);
        verifyIntegrity(*db);
        const QHash<QByteArray, StoredShape> killed = storedShapes(*db);
        QVERIFY2(killed.size() < m_distinctFiles, "every report was in before the kill");
        for (auto it = killed.cbegin(); it != killed.cend(); ++it) {
            QVERIFY(m_complete.contains(it.key()));
            QCOMPARE(it.value(), m_complete.value(it.key()));
        }
        verifySearchIndexAfterOpening(archive);

        // The re-run skips what is stored and stores the rest, each file once.
        const test::CliRun rerun = test::runCli(importArguments(archive), 300000);
        QCOMPARE(rerun.exitCode, 0);
        const QString summary = QString::fromUtf8(rerun.out).trimmed().section(u'\n', -1);
        QCOMPARE(summary, QStringLiteral("imported %1, duplicates %2, failed 0")
                              .arg(m_distinctFiles - killed.size())
                              .arg(kReports - (m_distinctFiles - killed.size())));
        verifyIntegrity(*db);
        const QHash<QByteArray, StoredShape> finished = storedShapes(*db);
        QCOMPARE(db->queryInteger("SELECT count(*) FROM reports").value_or(-1),
                 qint64(m_distinctFiles));
        QCOMPARE(finished.size(), m_complete.size());
        for (auto it = m_complete.cbegin(); it != m_complete.cend(); ++it) {
            QCOMPARE(finished.value(it.key()), it.value());
        }
        verifySearchIndexAfterOpening(archive);
    }
};

QTEST_GUILESS_MAIN(TestCliImportCrash)
#include "tst_cliimportcrash.moc"
