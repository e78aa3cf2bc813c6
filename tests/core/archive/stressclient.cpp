// nianbao-stress-client LOCATION NAME OPS SEED LOG: one of the clients of tst_teamstress. It
// does OPS mixed operations on the archive — importing one of ten shared files, claiming a
// report and writing to it through the review session (cells, status, decisions), releasing
// or leaving the claim to lapse, and now and then writing without a claim over what it read
// before — and appends to LOG, as each one commits, what the archive then holds: the test
// checks those lines against the archive after some clients were killed mid-run.
//
// Log lines (tab-separated):
//   I  file  id  duplicate           an import committed
//   G  report  since_ms  expires_ms  a claim granted or renewed (database clock)
//   L  report  before_ms             the claim is given up (client clock, read before)
//   C  report  correction_id  value  believed
//                                    a correction committed, over the value the client saw
//   S  report  change_id             a status change committed
//   X  report                        a write refused: the report changed meanwhile

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/teamreview.h"
#include "workflow/reviewsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <chrono>
#include <cstdio>

using namespace nianbao;
using namespace std::chrono_literals;

namespace {

constexpr auto kLease = 3s;
const QString kCell = QStringLiteral("t3.new.total");

/// One of the ten files every client imports now and then: the same bytes from every client.
test::FakeReport sharedFile(int index)
{
    test::FakeReport report;
    report.agency = QStringLiteral("共享导入局%1").arg(index);
    report.year = 2023;
    report.body = QStringLiteral("并发导入的同一份报告。");
    return report;
}

class Log {
public:
    explicit Log(const QString& path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::Append | QIODevice::Unbuffered)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(3);
        }
    }
    /// Written at once (unbuffered): a line is in the file before the next operation begins,
    /// so a SIGKILL loses nothing that was committed and logged.
    void line(const QStringList& fields)
    {
        m_file.write((fields.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
    }

private:
    QFile m_file;
};

/// The cell's value as the session sees it: what a write replaces, unless the version check
/// refuses it.
QString seen(const workflow::ReviewSession& session)
{
    const Cell* cell = session.current().cell(kCell);
    return cell && cell->value ? QString::number(*cell->value) : QStringLiteral("blank");
}

QString ms(const QDateTime& time)
{
    return QString::number(time.toMSecsSinceEpoch());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: nianbao-stress-client LOCATION NAME OPS SEED LOG\n");
        return 2;
    }
    const QString name = args[2];
    const int ops = args[3].toInt();
    QRandomGenerator random(args[4].toUInt());
    Log log(args[5]);
    Result<std::unique_ptr<store::Archive>> opened = store::Archive::open(args[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::Archive& archive = **opened;
    store::TeamReview& team = *store::teamReview(archive);
    const workflow::ReportProcessing processing = test::fakeProcessing();
    // A session opened a while ago, for the writes made without a claim over an old read.
    std::optional<workflow::ReviewSession> stale;

    for (int op = 0; op < ops; ++op) {
        const Result<std::vector<ReportId>> ids = archive.reportIds();
        if (!ids || ids->empty()) {
            return 1;
        }
        const ReportId id = (*ids)[random.bounded(int(ids->size()))];
        const int kind = random.bounded(100);
        if (kind < 8) {
            const int file = random.bounded(10);
            const test::FakeReport shared = sharedFile(file);
            const Result<store::AddOutcome> added =
                archive.addReport(shared.bytes(), test::fakeProcessed(shared));
            if (added) {
                log.line({QStringLiteral("I"), QString::number(file), QString::number(added->id),
                          QString::number(int(added->duplicate))});
            }
            continue;
        }
        if (kind < 16) {
            // Without a claim, over what was read some operations ago: refused when anyone
            // wrote since, never written over their change.
            if (stale && stale->id() != 0) {
                const double value = random.bounded(1000);
                const QString believed = seen(*stale);
                const Result<workflow::ChangeRecord> written = stale->apply(
                    workflow::ReviewChange::edit(kCell, value, QStringLiteral("旧读")));
                if (written && !written->corrections.empty()) {
                    log.line({QStringLiteral("C"), QString::number(stale->id()),
                              QString::number(written->corrections.back().id),
                              QString::number(value), believed});
                } else if (!written && stale->isStale()) {
                    log.line({QStringLiteral("X"), QString::number(stale->id())});
                }
                stale.reset();
            } else {
                Result<workflow::ReviewSession> session =
                    workflow::ReviewSession::open(archive, processing, id, name);
                if (session) {
                    stale.emplace(std::move(*session));
                }
            }
            continue;
        }
        const Result<store::ClaimOutcome> claimed = team.claim(id, name, kLease);
        if (!claimed || !claimed->granted) {
            continue;
        }
        log.line({QStringLiteral("G"), QString::number(id), ms(claimed->claim.since),
                  ms(claimed->claim.expires)});
        Result<workflow::ReviewSession> session =
            workflow::ReviewSession::open(archive, processing, id, name);
        if (!session) {
            continue;
        }
        const int writes = 1 + random.bounded(3);
        for (int write = 0; write < writes; ++write) {
            if (random.bounded(4) == 0) {
                const ReviewStatus status = session->info().status == ReviewStatus::Doubtful
                                                ? ReviewStatus::Pending
                                                : ReviewStatus::Doubtful;
                const Result<workflow::ChangeRecord> changed =
                    session->apply(workflow::ReviewChange::setStatus(status, QString()));
                if (changed && !changed->reportChanges.empty()) {
                    log.line({QStringLiteral("S"), QString::number(id),
                              QString::number(changed->reportChanges.back().id)});
                } else if (!changed && session->isStale()) {
                    log.line({QStringLiteral("X"), QString::number(id)});
                    break;
                }
                continue;
            }
            const double value = random.bounded(1000);
            const QString believed = seen(*session);
            const Result<workflow::ChangeRecord> written =
                session->apply(workflow::ReviewChange::edit(kCell, value, QString()));
            if (written && !written->corrections.empty()) {
                log.line({QStringLiteral("C"), QString::number(id),
                          QString::number(written->corrections.back().id), QString::number(value),
                          believed});
            } else if (!written && session->isStale()) {
                log.line({QStringLiteral("X"), QString::number(id)});
                break;
            }
        }
        // Most claims are given up; the others are left to lapse, as a crash would.
        if (random.bounded(4) != 0) {
            log.line(
                {QStringLiteral("L"), QString::number(id), ms(QDateTime::currentDateTimeUtc())});
            (void)team.releaseClaim(id, name);
        }
    }
    return 0;
}
