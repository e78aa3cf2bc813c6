// nianbao-cli migrate: an SQLite archive moved to PostgreSQL and back comes out identical,
// table for table and export for export; a target holding reports is refused and left as it
// was; ids go on after the copied ones.

#include "clirunner.h"
#include "exportfixture.h"
#include "fakeprocessing.h"
#include "store/desktables.h"
#include "store/migration.h"
#include "store/teamreview.h"
#include "testbackend.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;

class TestCliMigrate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sqlite;
    std::vector<StoredReport> m_stored;
    std::vector<ReportHistory> m_histories;

    std::unique_ptr<Archive> open(const QString& location)
    {
        Result<std::unique_ptr<Archive>> archive = Archive::open(location);
        if (!archive) {
            qFatal("cannot open %s: %s", qUtf8Printable(location),
                   qUtf8Printable(archive.error().message));
        }
        return std::move(*archive);
    }

    QByteArray exportCsv(const QString& location, const QString& name)
    {
        const QString file = m_dir.filePath(name);
        const test::CliRun run = test::runCli({QStringLiteral("export"), QStringLiteral("--db"),
                                               location, QStringLiteral("--format"),
                                               QStringLiteral("csv"), QStringLiteral("-o"), file});
        if (run.exitCode != 0) {
            qWarning("export failed: %s", qUtf8Printable(run.err));
            return {};
        }
        QFile csv(file);
        return csv.open(QIODevice::ReadOnly) ? csv.readAll() : QByteArray();
    }

    test::CliRun migrate(const QString& from, const QString& to)
    {
        return test::runCli({QStringLiteral("migrate"), QStringLiteral("--from"), from,
                             QStringLiteral("--to"), to, QStringLiteral("--json")});
    }

private slots:
    void initTestCase()
    {
        if (QString why; test::postgresUri(&why).isEmpty()) {
            QSKIP(qPrintable(why));
        }
        QVERIFY(m_dir.isValid());
        m_sqlite = m_dir.filePath(QStringLiteral("source.sqlite"));
        Result<test::ExportTestArchive> fixture = test::makeExportTestArchive(m_sqlite);
        QVERIFY2(fixture, test::messageOf(fixture).constData());
        // A reviewer's field change too, so that every history table has rows.
        QVERIFY(fixture->archive->recordReportChange(
            fixture->ids.front(), {ReportField::Agency, QStringLiteral("河北省财政厅"),
                                   QStringLiteral("王审"), QStringLiteral("名称有误"), false}));
        // A copy retired in favour of another, so that the retirements are copied too.
        QVERIFY(fixture->archive->retireReport(fixture->ids.back(), fixture->ids.front(),
                                               QStringLiteral("王审"), QStringLiteral("转载")));
        // And an assignment, so that the assignments table is copied and compared with rows.
        QVERIFY(
            teamReview(*fixture->archive)
                ->assign({fixture->ids.front()}, QStringLiteral("王审"), QStringLiteral("科长")));
        // And the supervisor's desk: a registry, a reviewer's body match and a publication date.
        store::DeskTables& desk = store::deskTables(*fixture->archive);
        QVERIFY(desk.replaceRegistry({{QStringLiteral("河北省财政厅"), QStringLiteral("省财政厅"),
                                       QStringLiteral("130000"), QString(), QString(), 2}},
                                     QStringLiteral("registry.csv")));
        QVERIFY(desk.setAgencyMatch(QStringLiteral("财政厅"), QStringLiteral("财政厅"),
                                    QStringLiteral("河北省财政厅")));
        // Keys whose byte order and a locale's order differ ("B" before "a" in bytes only).
        QVERIFY(desk.setAgencyMatch(QStringLiteral("a厅"), QStringLiteral("a厅"),
                                    QStringLiteral("河北省财政厅")));
        QVERIFY(desk.setAgencyMatch(QStringLiteral("B厅"), QStringLiteral("B厅"),
                                    QStringLiteral("河北省财政厅")));
        QVERIFY(desk.setPublicationDate(fixture->ids.front(), QDate(2023, 1, 31)));
        m_stored = fixture->storedReports();
        for (const ReportId id : fixture->ids) {
            m_histories.push_back(*fixture->archive->reportHistory(id));
        }
    }

    void sqliteToPostgresAndBackIsIdentical()
    {
        const QString postgres = test::freshPostgresLocation();
        const test::CliRun there = migrate(m_sqlite, postgres);
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        const QJsonObject summary = QJsonDocument::fromJson(there.out).object();
        QCOMPARE(summary.value(QStringLiteral("reports")).toInteger(), qint64(m_stored.size()));
        const QJsonArray tables = summary.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 18);
        for (const QJsonValue& table : tables) {
            const QString name = table[QStringLiteral("table")].toString();
            // The fixture's reports have no candidate readings or extra figures; every other
            // table has rows, so each was really copied and compared.
            if (name != QLatin1String("cell_candidates") && name != QLatin1String("extra_cells")) {
                QVERIFY2(table[QStringLiteral("rows")].toInteger() > 0, qPrintable(name));
            }
            QCOMPARE(table[QStringLiteral("sha256")].toString().size(), 64);
        }

        // What the PostgreSQL archive gives back is what the SQLite one held.
        const std::unique_ptr<Archive> moved = open(postgres);
        for (std::size_t i = 0; i < m_stored.size(); ++i) {
            const StoredReport& original = m_stored[i];
            const Result<StoredReport> copy = moved->loadReport(original.info.id);
            QVERIFY2(copy, test::messageOf(copy).constData());
            QCOMPARE(copy->extracted, original.extracted);
            QCOMPARE(copy->info, original.info);
            QCOMPARE(copy->corrections, original.corrections);
            QCOMPARE(copy->decisions, original.decisions);
            QCOMPARE(*moved->originalBytes(original.info.id),
                     *open(m_sqlite)->originalBytes(original.info.id));
            const Result<ReportHistory> history = moved->reportHistory(original.info.id);
            QCOMPARE(history->corrections, m_histories[i].corrections);
            QCOMPARE(history->decisions, m_histories[i].decisions);
            QCOMPARE(history->changes, m_histories[i].changes);
        }

        // And back into a new SQLite file: the same tables, the same export.
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        const test::CliRun home = migrate(postgres, back);
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        const Result<std::vector<TableCopy>> a = archiveChecksums(m_sqlite);
        const Result<std::vector<TableCopy>> b = archiveChecksums(postgres);
        const Result<std::vector<TableCopy>> c = archiveChecksums(back);
        QVERIFY(a && b && c);
        for (std::size_t i = 0; i < a->size(); ++i) {
            QCOMPARE((*b)[i].rows, (*a)[i].rows);
            QCOMPARE((*b)[i].checksum, (*a)[i].checksum);
            QCOMPARE((*c)[i].rows, (*a)[i].rows);
            QCOMPARE((*c)[i].checksum, (*a)[i].checksum);
        }
        const QByteArray original = exportCsv(m_sqlite, QStringLiteral("a.csv"));
        QVERIFY(original.size() > 1000);
        QCOMPARE(exportCsv(postgres, QStringLiteral("b.csv")), original);
        QCOMPARE(exportCsv(back, QStringLiteral("c.csv")), original);
        // The file that came back searches like the original (its index was rebuilt).
        ReportQuery query;
        query.filter.text = m_stored.back().extracted.meta.agency.left(4);
        QCOMPARE(open(back)->listReports(query)->size(),
                 open(m_sqlite)->listReports(query)->size());
    }

    void newRowsFollowTheCopiedOnes()
    {
        const QString postgres = test::freshPostgresLocation();
        QCOMPARE(migrate(m_sqlite, postgres).exitCode, 0);
        const std::unique_ptr<Archive> moved = open(postgres);
        const ReportId last = moved->reportIds()->back();
        test::FakeReport fake;
        fake.agency = QStringLiteral("新的机关");
        fake.year = 2023;
        fake.body = QStringLiteral("迁移之后导入的报告。");
        const Result<AddOutcome> added = moved->addReport(fake.bytes(), test::fakeProcessed(fake));
        QVERIFY2(added, test::messageOf(added).constData());
        QCOMPARE(added->id, last + 1);
    }

    void aTargetHoldingReportsIsRefusedAndKept()
    {
        const QString postgres = test::freshPostgresLocation();
        QCOMPARE(migrate(m_sqlite, postgres).exitCode, 0);
        const Result<std::vector<TableCopy>> before = archiveChecksums(postgres);
        const test::CliRun again = migrate(m_sqlite, postgres);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("holds")), qPrintable(again.err));
        const Result<std::vector<TableCopy>> after = archiveChecksums(postgres);
        QVERIFY(before && after);
        for (std::size_t i = 0; i < before->size(); ++i) {
            QCOMPARE((*after)[i].checksum, (*before)[i].checksum);
        }
        const test::CliRun missing =
            test::runCli({QStringLiteral("migrate"), QStringLiteral("--from"), m_sqlite});
        QCOMPARE(missing.exitCode, 2);
        // A server that is not there: a clear message, and never the password of the URI.
        const test::CliRun unreachable =
            migrate(m_sqlite, QStringLiteral("postgresql://anna:secret@127.0.0.1:1/nowhere"));
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains(QLatin1String("127.0.0.1")), qPrintable(unreachable.err));
        QVERIFY2(!unreachable.err.contains(QLatin1String("secret")), qPrintable(unreachable.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
