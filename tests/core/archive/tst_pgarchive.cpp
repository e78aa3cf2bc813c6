// What only the PostgreSQL archive has to prove (the behaviour both back ends share is the
// parameterised archive tests' *_postgresql runs): its upgrade ladder, step by step, each step
// one transaction; refusing schemas that are not its own or are newer; and several clients at
// once, upgrading one schema or importing the same files, keeping one copy of each.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/pgconnection.h"
#include "store/pgschema.h"
#include "store/schema.h"
#include "testbackend.h"

#include <QTest>

#include <array>
#include <thread>

using namespace nianbao;
using namespace nianbao::store;

namespace {

test::FakeReport fake(int number)
{
    test::FakeReport report;
    report.agency = QStringLiteral("淮安市第%1局").arg(number);
    report.year = 2020 + number % 4;
    report.body = QStringLiteral("第%1份报告，全年收到申请，全部按期答复。").arg(number);
    report.cells.insert(QStringLiteral("t4.review.total"), QString::number(number));
    return report;
}

PgConnection connectTo(const QString& location)
{
    Result<PgConnection> db = PgConnection::open(location);
    if (!db) {
        qFatal("cannot connect: %s", qUtf8Printable(db.error().message));
    }
    return std::move(*db);
}

Result<void> failingStep(PgConnection& db)
{
    if (Result<void> created = db.exec("CREATE TABLE half_done (id integer)"); !created) {
        return created;
    }
    return db.exec("SELECT * FROM no_such_table");
}

} // namespace

class TestPgArchive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QString why; test::postgresUri(&why).isEmpty()) {
            QSKIP(qPrintable(why));
        }
    }

    void ladderClimbsFromTheFirstVersion()
    {
        const QString location = test::freshPostgresLocation();
        PgConnection db = connectTo(location);
        const Result<int> before = upgradePgSchema(db, pgSchemaSteps(), 1);
        QVERIFY2(before, test::messageOf(before).constData());
        QCOMPARE(*before, 0);
        QCOMPARE(*pgSchemaVersion(db), 1);
        // Rows as version 1 wrote them: a finding without fingerprint, and a correction that
        // went back to the extracted value (not vouched for, from version 4 on).
        QVERIFY(db.exec(
            "INSERT INTO reports (sha256, file_name, format, encoding, title, agency, agency_key, "
            "region, year, template_id, imported_at, extracted_at) VALUES "
            "(decode(repeat('ab', 32), 'hex'), 'a.txt', 'txt', 'UTF-8', 't', 'a', 'a', '', "
            "2021, '2021', now(), now());"
            "INSERT INTO findings (report_id, ord, rule, severity, cells, message_template, "
            "args) VALUES (1, 0, 't4.review.total', 'error', '[\"t4.review.total\"]', 'm', "
            "'[]');"
            "INSERT INTO corrections (report_id, cell_key, old_value, new_value, "
            "extracted_value, reviewer, corrected_at, reason) VALUES "
            "(1, 'k', 5, 3, 3, 'r', now(), ''), (1, 'k', 3, 4, 3, 'r', now(), '')"));

        Result<std::unique_ptr<Archive>> archive = Archive::open(location);
        QVERIFY2(archive, test::messageOf(archive).constData());
        QCOMPARE(*(*archive)->schemaVersion(), latestSchemaVersion());
        const Result<qint64> fingerprinted =
            db.queryInteger("SELECT count(*) FROM findings WHERE fingerprint <> ''");
        QCOMPARE(*fingerprinted, 1);
        const Result<qint64> vouched =
            db.queryInteger("SELECT count(*) FROM corrections WHERE vouched ORDER BY 1");
        QCOMPARE(*vouched, 1);
        const Result<std::vector<Correction>> history =
            (*archive)->cellHistory(1, QStringLiteral("k"));
        QVERIFY(history && history->size() == 2);
        QVERIFY(!(*history)[0].vouched);
        QVERIFY((*history)[1].vouched);
    }

    void aFailedStepLeavesTheVersionBefore()
    {
        PgConnection db = connectTo(test::freshPostgresLocation());
        const std::array steps{pgSchemaSteps()[0], PgSchemaStep{2, &failingStep}};
        const Result<int> upgraded = upgradePgSchema(db, steps, 2);
        QVERIFY(!upgraded);
        QVERIFY2(upgraded.error().message.contains(QLatin1String("format 2")),
                 qPrintable(upgraded.error().message));
        // Step 1 committed on its own; nothing of step 2 is left.
        QCOMPARE(*pgSchemaVersion(db), 1);
        const Result<qint64> halfDone =
            db.queryInteger("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'");
        QCOMPARE(*halfDone, 0);
    }

    void anotherProgramsSchemaIsLeftAlone()
    {
        const QString location = test::freshPostgresLocation();
        PgConnection db = connectTo(location);
        QVERIFY(db.exec("CREATE TABLE customers (id integer)"));
        const Result<std::unique_ptr<Archive>> archive = Archive::open(location);
        QVERIFY(!archive);
        QVERIFY2(archive.error().message.contains(QLatin1String("another program")),
                 qPrintable(archive.error().message));
        const Result<qint64> tables =
            db.queryInteger("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
        QCOMPARE(*tables, 1);
    }

    void aNewerArchiveIsLeftAlone()
    {
        const QString location = test::freshPostgresLocation();
        QVERIFY(Archive::open(location));
        PgConnection db = connectTo(location);
        QVERIFY(db.exec("UPDATE archive_format SET version = 99"));
        const Result<std::unique_ptr<Archive>> archive = Archive::open(location);
        QVERIFY(!archive);
        QVERIFY2(archive.error().message.contains(QLatin1String("newer version")),
                 qPrintable(archive.error().message));
        QCOMPARE(*pgSchemaVersion(db), 99);
    }

    void clientsUpgradingAtOnceTakeTurns()
    {
        const QString location = test::freshPostgresLocation();
        std::array<QString, 4> errors;
        {
            std::vector<std::jthread> clients;
            for (std::size_t i = 0; i < errors.size(); ++i) {
                clients.emplace_back([&, i] {
                    const Result<std::unique_ptr<Archive>> archive = Archive::open(location);
                    errors[i] = archive ? QString() : archive.error().message;
                });
            }
        }
        for (const QString& error : errors) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        PgConnection db = connectTo(location);
        QCOMPARE(*pgSchemaVersion(db), latestSchemaVersion());
    }

    void clientsImportingTheSameFilesKeepOneCopy()
    {
        const QString location = test::freshPostgresLocation();
        QVERIFY(Archive::open(location));
        constexpr int kReports = 12;
        constexpr int kClients = 4;
        std::vector<test::FakeReport> reports;
        for (int i = 0; i < kReports; ++i) {
            reports.push_back(fake(i));
        }
        // Every client stores every report, each starting at another one, all at once.
        std::array<std::vector<AddOutcome>, kClients> outcomes;
        std::array<QString, kClients> errors;
        {
            std::vector<std::jthread> clients;
            for (int c = 0; c < kClients; ++c) {
                clients.emplace_back([&, c] {
                    Result<std::unique_ptr<Archive>> archive = Archive::open(location);
                    if (!archive) {
                        errors[std::size_t(c)] = archive.error().message;
                        return;
                    }
                    for (int i = 0; i < kReports; ++i) {
                        const test::FakeReport& report =
                            reports[std::size_t((i + c * 3) % kReports)];
                        const Result<AddOutcome> added =
                            (*archive)->addReport(report.bytes(), test::fakeProcessed(report));
                        if (!added) {
                            errors[std::size_t(c)] = added.error().message;
                            return;
                        }
                        outcomes[std::size_t(c)].push_back(*added);
                    }
                });
            }
        }
        for (const QString& error : errors) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        Result<std::unique_ptr<Archive>> archive = Archive::open(location);
        QVERIFY(archive);
        QCOMPARE(*(*archive)->countReports(), qint64(kReports));
        int stored = 0;
        for (const auto& client : outcomes) {
            for (const AddOutcome& outcome : client) {
                stored += outcome.duplicate ? 0 : 1;
            }
        }
        QCOMPARE(stored, kReports); // each stored once, by one client
        // Every report whole: its cells all there once.
        const Result<std::vector<ReportId>> ids = (*archive)->reportIds();
        QVERIFY(ids && ids->size() == std::size_t(kReports));
        for (const ReportId id : *ids) {
            const Result<StoredReport> report = (*archive)->loadReport(id);
            QVERIFY2(report, test::messageOf(report).constData());
            const Result<std::optional<ReportId>> byHash =
                (*archive)->findByHash(report->info.sha256);
            QCOMPARE(*byHash, std::optional<ReportId>(id));
            QVERIFY(!report->extracted.cells.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPgArchive)
#include "tst_pgarchive.moc"
