// Eight client processes on one PostgreSQL archive at once (nianbao-stress-client), each doing
// mixed operations — importing the same ten files, claiming reports and writing to them
// through the review session, writing without a claim over an old read — while three of them
// are killed with SIGKILL at random moments. Afterwards: every write a client saw committed is
// in the archive, each written over exactly the value its client saw (no lost update), each
// shared file is stored once, no two clients ever held a claim on one report at the same
// time, and every claim (the dead clients' too) has lapsed.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/teamreview.h"
#include "testbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace nianbao;
using namespace nianbao::store;

namespace {

constexpr int kClients = 8;
constexpr int kReports = 12;
const QString kCell = QStringLiteral("t3.new.total");

/// Operations per client: 1,000 as the issue asks (about 20 s for the eight on two busy
/// cores), or NIANBAO_STRESS_OPS.
int opsPerClient()
{
    const int asked = qEnvironmentVariableIntValue("NIANBAO_STRESS_OPS");
    return asked > 0 ? asked : 1000;
}

struct Interval {
    qint64 since = 0;
    qint64 end = 0;
};

} // namespace

class TestTeamStress : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (test::postgresUri(&why).isEmpty()) {
            QSKIP(qPrintable(why));
        }
    }

    void eightClientsSomeKilledLoseNothing();
};

void TestTeamStress::eightClientsSomeKilledLoseNothing()
{
    QTemporaryDir dir;
    const QString location = test::freshPostgresLocation();
    Result<std::unique_ptr<Archive>> opened = Archive::open(location);
    QVERIFY2(opened, test::messageOf(opened).constData());
    Archive& archive = **opened;
    for (int body = 0; body < kReports; ++body) {
        test::FakeReport report;
        report.agency = QStringLiteral("压力测试第%1局").arg(body);
        report.year = 2022;
        report.body = QStringLiteral("报告正文。");
        report.cells.insert(kCell, QStringLiteral("5"));
        QVERIFY(archive.addReport(report.bytes(), test::fakeProcessed(report)));
    }

    const QString program = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("nianbao-stress-client"));
    std::vector<std::unique_ptr<QProcess>> clients;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u, %d operations per client", seed, opsPerClient());
    QElapsedTimer clock;
    clock.start();
    for (int client = 0; client < kClients; ++client) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(program, {location, QStringLiteral("客户%1").arg(client),
                                 QString::number(opsPerClient()), QString::number(seed + client),
                                 dir.filePath(QStringLiteral("client-%1.log").arg(client))});
        QVERIFY2(process->waitForStarted(), qPrintable(program));
        clients.push_back(std::move(process));
    }
    // Three are killed at random moments, mid-operation as likely as not.
    QRandomGenerator random(seed);
    const std::array killed{1, 4, 6};
    for (const int client : killed) {
        QTest::qWait(200 + random.bounded(1500));
        clients[std::size_t(client)]->kill();
    }
    for (int client = 0; client < kClients; ++client) {
        QProcess& process = *clients[std::size_t(client)];
        // (waitForFinished says false for a process already gone: a killed one.)
        QVERIFY2(process.state() == QProcess::NotRunning || process.waitForFinished(540000),
                 "a client did not finish");
        if (std::find(killed.begin(), killed.end(), client) == killed.end()) {
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
        }
    }
    const qint64 runMs = clock.elapsed();

    // What the archive holds.
    std::map<qint64, Correction> corrections;
    std::map<qint64, ReportChange> changes;
    const std::vector<ReportId> ids = archive.reportIds().value();
    for (const ReportId id : ids) {
        const ReportHistory history = archive.reportHistory(id).value();
        for (const Correction& correction : history.corrections) {
            corrections.emplace(correction.id, correction);
        }
        for (const ReportChange& change : history.changes) {
            changes.emplace(change.id, change);
        }
    }

    // What the clients saw committed.
    int committed = 0;
    int refused = 0;
    int imports = 0;
    std::map<int, ReportId> sharedIds;
    std::map<std::pair<ReportId, int>, std::vector<Interval>> claims; // (report, client)
    for (int client = 0; client < kClients; ++client) {
        QFile file(dir.filePath(QStringLiteral("client-%1.log").arg(client)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::map<ReportId, Interval*> open; // the client's current claim on each report
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QStringList f = QString::fromUtf8(raw).split(QLatin1Char('\t'));
            if (f.size() < 2) {
                continue; // the last line, or one a kill cut short
            }
            const QString kind = f[0];
            const qint64 report = f[1].toLongLong();
            if (kind == QLatin1String("C") && f.size() == 5) {
                ++committed;
                const auto found = corrections.find(f[2].toLongLong());
                QVERIFY2(found != corrections.end(), qPrintable(QString::fromUtf8(raw)));
                QCOMPARE(found->second.reportId, report);
                QCOMPARE(found->second.newValue, std::optional<double>(f[3].toDouble()));
                // Written over exactly what the client saw: nobody's change was lost under it.
                QCOMPARE(found->second.oldValue, std::optional<double>(f[4].toDouble()));
            } else if (kind == QLatin1String("S") && f.size() == 3) {
                ++committed;
                QVERIFY2(changes.count(f[2].toLongLong()) == 1, qPrintable(QString::fromUtf8(raw)));
            } else if (kind == QLatin1String("X")) {
                ++refused;
            } else if (kind == QLatin1String("I") && f.size() == 4) {
                ++imports;
                const int shared = f[1].toInt();
                const ReportId id = f[2].toLongLong();
                const auto [at, fresh] = sharedIds.emplace(shared, id);
                QVERIFY2(fresh || at->second == id, "one file stored twice");
            } else if (kind == QLatin1String("G") && f.size() == 4) {
                const qint64 since = f[2].toLongLong();
                const qint64 expires = f[3].toLongLong();
                Interval*& current = open[report];
                if (current && current->since == since) {
                    current->end = std::max(current->end, expires); // a renewal
                } else {
                    auto& list = claims[{report, client}];
                    list.push_back({since, expires});
                    current = &list.back();
                    // Pointers into the vector stay valid: only this entry's list grows, and
                    // `current` is the last element, re-pointed after each push.
                }
            } else if (kind == QLatin1String("L") && f.size() == 3) {
                if (Interval* current = open[report]) {
                    current->end = std::min(current->end, f[2].toLongLong());
                    open[report] = nullptr;
                }
            }
        }
    }
    // Every shared file once, whoever imported it (a killed client's import too).
    for (int shared = 0; shared < 10; ++shared) {
        ReportFilter filter;
        filter.agency = QStringLiteral("共享导入局%1").arg(shared);
        QVERIFY(*archive.countReports(filter) <= 1);
    }
    QCOMPARE(qint64(ids.size()), *archive.countReports());
    // No two clients held one report at once.
    int granted = 0;
    for (auto a = claims.begin(); a != claims.end(); ++a) {
        granted += int(a->second.size());
        for (auto b = std::next(a); b != claims.end() && b->first.first == a->first.first; ++b) {
            for (const Interval& x : a->second) {
                for (const Interval& y : b->second) {
                    QVERIFY2(
                        x.end <= y.since || y.end <= x.since,
                        qPrintable(QStringLiteral("report %1 held by clients %2 and %3 at once")
                                       .arg(a->first.first)
                                       .arg(a->first.second)
                                       .arg(b->first.second)));
                }
            }
        }
    }
    // Every claim lapses, the dead clients' too.
    QTest::qWait(3500);
    TeamReview* team = teamReview(archive);
    for (const ReportId id : ids) {
        QCOMPARE(*team->claimOf(id), std::nullopt);
    }
    QVERIFY(committed > 0);
    qInfo("%d clients (%zu killed) in %lld ms: %d writes committed and found, %d refused as "
          "conflicts, %d claims granted, %d imports of 10 shared files stored as %zu reports",
          kClients, killed.size(), runMs, committed, refused, granted, imports, sharedIds.size());
}

QTEST_GUILESS_MAIN(TestTeamStress)
#include "tst_teamstress.moc"
