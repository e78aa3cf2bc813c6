// Opening and creating archives, the schema ladder, transactions and concurrent connections.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "store/sqlitetransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 integer(SqliteConnection& db, const char* sql)
{
    const Result<qint64> value = db.queryInteger(sql);
    return value ? *value : -1;
}

test::FakeReport sample(const QString& agency, int year)
{
    test::FakeReport report;
    report.agency = agency;
    report.year = year;
    report.body = QStringLiteral("本机关认真贯彻落实政府信息公开条例。");
    return report;
}

Result<void> createHalfATableAndFail(SqliteConnection& db)
{
    if (Result<void> created = db.exec("CREATE TABLE half_done (x INTEGER)"); !created) {
        return created;
    }
    return fail(ErrorCode::Database, QStringLiteral("this step fails on purpose"));
}

} // namespace

class TestArchiveSchema : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString freshPath(const QString& name) { return m_home.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The default archive goes to the user's data folder: point that at a temporary home.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        QStandardPaths::setTestModeEnabled(true);
    }

    void freshArchiveIsCreatedAtTheLatestVersion()
    {
        const QString path = freshPath(QStringLiteral("new/folder/archive.sqlite"));
        {
            Result<std::unique_ptr<Archive>> archive = Archive::open(path);
            QVERIFY2(archive, test::messageOf(archive).constData());
            QCOMPARE(*(*archive)->schemaVersion(), latestSchemaVersion());
            QCOMPARE(*(*archive)->countReports(), 0);
        }
        Result<SqliteConnection> raw = SqliteConnection::open(path);
        QVERIFY(raw);
        QCOMPARE(integer(*raw, "PRAGMA user_version"), latestSchemaVersion());
        QCOMPARE(integer(*raw, "PRAGMA application_id"), kArchiveApplicationId);
        QCOMPARE(integer(*raw, "SELECT count(*) FROM sqlite_schema WHERE name = 'report_search'"),
                 1);
        Result<SqliteStatement> mode = raw->prepare("PRAGMA journal_mode");
        QVERIFY(mode && *mode->step());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
    }

    void reopeningKeepsTheReports()
    {
        const QString path = freshPath(QStringLiteral("reopen.sqlite"));
        const test::FakeReport report = sample(QStringLiteral("北京市财政局"), 2022);
        {
            Result<std::unique_ptr<Archive>> archive = Archive::open(path);
            QVERIFY(archive);
            QVERIFY((*archive)->addReport(report.bytes(), test::fakeProcessed(report)));
        }
        Result<std::unique_ptr<Archive>> again = Archive::open(path);
        QVERIFY(again);
        QCOMPARE(*(*again)->countReports(), 1);
        QCOMPARE((*again)->listReports()->front().agency, QStringLiteral("北京市财政局"));
    }

    void defaultArchiveLivesInTheDataFolder()
    {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(folder.startsWith(m_home.path()));
        QCOMPARE(Archive::defaultLocation(), folder + QStringLiteral("/nianbao.sqlite"));
        QVERIFY(!QFile::exists(Archive::defaultLocation()));
        Result<std::unique_ptr<Archive>> archive = Archive::openDefault();
        QVERIFY2(archive, test::messageOf(archive).constData());
        QVERIFY(QFile::exists(Archive::defaultLocation()));
    }

    void newerArchiveIsRefusedAndLeftUnchanged()
    {
        const QString path = freshPath(QStringLiteral("newer.sqlite"));
        {
            QVERIFY(Archive::open(path));
            Result<SqliteConnection> raw = SqliteConnection::open(path);
            QVERIFY(raw);
            const QByteArray newer =
                "PRAGMA user_version = " + QByteArray::number(latestSchemaVersion() + 1);
            QVERIFY(raw->exec(newer));
            QVERIFY(raw->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(path);
        const Result<std::unique_ptr<Archive>> archive = Archive::open(path);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::UnsupportedFormat);
        QVERIFY2(archive.error().message.contains(QLatin1String("newer version")),
                 test::messageOf(archive).constData());
        QCOMPARE(fileHash(path), before);
    }

    void foreignDatabaseIsRefusedAndLeftUnchanged()
    {
        const QString path = freshPath(QStringLiteral("foreign.sqlite"));
        {
            Result<SqliteConnection> raw = SqliteConnection::open(path);
            QVERIFY(raw);
            QVERIFY(raw->exec("CREATE TABLE contacts (name TEXT); "
                              "INSERT INTO contacts VALUES ('someone')"));
        }
        const QByteArray before = fileHash(path);
        const Result<std::unique_ptr<Archive>> archive = Archive::open(path);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::UnsupportedFormat);
        QVERIFY2(archive.error().message.contains(QLatin1String("not a Nianbao archive")),
                 test::messageOf(archive).constData());
        QCOMPARE(fileHash(path), before);
    }

    void fileThatIsNoDatabaseIsRefused()
    {
        const QString path = freshPath(QStringLiteral("report.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("一、总体情况\n这不是数据库文件。\n").toUtf8().repeated(20));
        file.close();
        const QByteArray before = fileHash(path);
        const Result<std::unique_ptr<Archive>> archive = Archive::open(path);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::Database);
        QVERIFY2(archive.error().message.contains(QLatin1String("not a database")),
                 test::messageOf(archive).constData());
        QCOMPARE(fileHash(path), before);
    }

    void folderIsRefusedAsArchive()
    {
        const Result<std::unique_ptr<Archive>> archive = Archive::open(m_home.path());
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::InvalidArgument);
    }

    void failingStepRollsBackTheWholeUpgrade()
    {
        const SchemaStep steps[] = {archiveSchemaSteps()[0], {2, &createHalfATableAndFail}};
        const QString path = freshPath(QStringLiteral("failing.sqlite"));
        Result<SqliteConnection> db = SqliteConnection::open(path);
        QVERIFY(db);

        // From nothing to version 2 in one go: step 1 succeeds, step 2 fails, nothing stays.
        const Result<int> failed = upgradeSchema(*db, steps, 2);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("fails on purpose")),
                 test::messageOf(failed).constData());
        QCOMPARE(integer(*db, "PRAGMA user_version"), 0);
        QCOMPARE(integer(*db, "SELECT count(*) FROM sqlite_schema"), 0);

        // From version 1 with data: the failed step leaves version 1 and its rows as they were.
        QCOMPARE(*upgradeSchema(*db, steps, 1), 0);
        QVERIFY(db->exec("INSERT INTO cell_keys (key) VALUES ('t3.new.total')"));
        QVERIFY(!upgradeSchema(*db, steps, 2));
        QCOMPARE(integer(*db, "PRAGMA user_version"), 1);
        QCOMPARE(integer(*db, "SELECT count(*) FROM cell_keys"), 1);
        QCOMPARE(integer(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), 0);
        QVERIFY(!db->inTransaction());
    }

    void transactionsNestAndRollBack()
    {
        Result<SqliteConnection> db =
            SqliteConnection::open(freshPath(QStringLiteral("tx.sqlite")));
        QVERIFY(db);
        QVERIFY(db->exec("CREATE TABLE t (x INTEGER)"));
        {
            Result<SqliteTransaction> outer = SqliteTransaction::begin(*db);
            QVERIFY(outer);
            QVERIFY(db->exec("INSERT INTO t VALUES (1)"));
            {
                Result<SqliteTransaction> inner = SqliteTransaction::begin(*db);
                QVERIFY(inner);
                QVERIFY(db->exec("INSERT INTO t VALUES (2)"));
                // Left without commit: the inner part is undone, the outer goes on.
            }
            {
                Result<SqliteTransaction> inner = SqliteTransaction::begin(*db);
                QVERIFY(db->exec("INSERT INTO t VALUES (3)"));
                QVERIFY(inner->commit());
            }
            QVERIFY(outer->commit());
        }
        QCOMPARE(integer(*db, "SELECT group_concat(x) = '1,3' FROM t ORDER BY x"), 1);
        {
            Result<SqliteTransaction> abandoned = SqliteTransaction::begin(*db);
            QVERIFY(db->exec("DELETE FROM t"));
        }
        QCOMPARE(integer(*db, "SELECT count(*) FROM t"), 2);
        QVERIFY(!db->inTransaction());
    }

    void aFailedJoinedTransactionStopsTheOneItJoined()
    {
        Result<SqliteConnection> db =
            SqliteConnection::open(freshPath(QStringLiteral("join.sqlite")));
        QVERIFY(db);
        QVERIFY(db->exec("CREATE TABLE t (x INTEGER)"));
        {
            Result<SqliteTransaction> outer = SqliteTransaction::begin(*db);
            QVERIFY(outer);
            QVERIFY(db->exec("INSERT INTO t VALUES (1)"));
            {
                // Joined and committed: its write is the outer one's.
                Result<SqliteTransaction> joined = SqliteTransaction::beginOrJoin(*db);
                QVERIFY(joined);
                QVERIFY(db->exec("INSERT INTO t VALUES (2)"));
                QVERIFY(joined->commit());
            }
            QVERIFY(outer->commit());
        }
        QCOMPARE(integer(*db, "SELECT count(*) FROM t"), 2);
        {
            Result<SqliteTransaction> outer = SqliteTransaction::begin(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (3)"));
            {
                // Left half written (no savepoint to undo it alone): the outer one must not
                // commit it.
                Result<SqliteTransaction> joined = SqliteTransaction::beginOrJoin(*db);
                QVERIFY(db->exec("INSERT INTO t VALUES (4)"));
            }
            QVERIFY(!outer->commit());
        }
        QCOMPARE(integer(*db, "SELECT count(*) FROM t"), 2);
        QVERIFY(!db->inTransaction());
        QCOMPARE(db->failedJoinDepth(), 0);
        // Outside any transaction it begins one of its own.
        {
            Result<SqliteTransaction> alone = SqliteTransaction::beginOrJoin(*db);
            QVERIFY(db->inTransaction());
            QVERIFY(db->exec("INSERT INTO t VALUES (5)"));
            QVERIFY(alone->commit());
        }
        QCOMPARE(integer(*db, "SELECT count(*) FROM t"), 3);
    }

    void connectionsOnTwoThreadsShareOneArchive()
    {
        const QString path = freshPath(QStringLiteral("threads.sqlite"));
        QVERIFY(Archive::open(path));
        constexpr int perThread = 15;
        const auto addReports = [&path](const QString& agency) {
            Result<std::unique_ptr<Archive>> archive = Archive::open(path);
            if (!archive) {
                return archive.error().message;
            }
            for (int year = 2000; year < 2000 + perThread; ++year) {
                const test::FakeReport report = sample(agency, year);
                if (const Result<AddOutcome> added =
                        (*archive)->addReport(report.bytes(), test::fakeProcessed(report));
                    !added) {
                    return added.error().message;
                }
            }
            return QString();
        };
        QString workerError;
        std::thread worker([&] { workerError = addReports(QStringLiteral("上海市民政局")); });
        const QString mainError = addReports(QStringLiteral("浙江省教育厅"));
        worker.join();
        QCOMPARE(mainError, QString());
        QCOMPARE(workerError, QString());
        Result<std::unique_ptr<Archive>> archive = Archive::open(path);
        QCOMPARE(*(*archive)->countReports(), 2 * perThread);
    }
};

QTEST_GUILESS_MAIN(TestArchiveSchema)
#include "tst_archiveschema.moc"
