// Import benchmark: 10,000 generated reports through the real pipeline (read, extract,
// validate, archive), each in its own transaction, into a fresh archive; then the same folder
// again, where every file is a duplicate. For comparison then, the same import on one
// thread, each file prepared and then stored with its text indexed at once and the log
// checkpointed by the storing connection (the importer before the pipeline), with the
// processor time of each stage.
//
//     build/bench/bench_import [--reports N] [--no-single-thread]
//
// The reports are written once by nianbao-gen into build/bench-data/generated-N and reused by
// later runs. Target (issue 14): 10,000 reports in 10 s or less on a 2-core machine. On a machine
// busy with other work the wall time is longer; the line on how long the storing thread waited for
// a processor says by how much.

#include "store/archive.h"
#include "testdata.h"
#include "workflow/importer.h"
#include "workflow/importstages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

constexpr double kTargetSeconds = 10.0;
constexpr int kDefaultReports = 10000;

/// Processor time of the whole process (every thread), in seconds.
double processCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

/// Processor time of the calling thread, in seconds.
double threadCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

qsizetype countReportFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files).size();
}

/// The folder of `count` generated reports, written by nianbao-gen unless a previous run left
/// it complete.
QString generatedReports(int count)
{
    const QString folder =
        QDir::cleanPath(test::binDir() + QStringLiteral("/../bench-data/generated-%1").arg(count));
    if (countReportFiles(folder) == count) {
        return folder;
    }
    QDir(folder).removeRecursively();
    std::printf("writing %d generated reports to %s ...\n", count, qUtf8Printable(folder));
    std::fflush(stdout);
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    generator.start(test::binDir() + QStringLiteral("/nianbao-gen"),
                    {QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--count"),
                     QString::number(count), QStringLiteral("--out"), folder});
    if (!generator.waitForFinished(-1) || generator.exitCode() != 0 ||
        countReportFiles(folder) != count) {
        qFatal("nianbao-gen could not write the reports into %s", qUtf8Printable(folder));
    }
    return folder;
}

/// The calling thread's time on a processor and waiting for one (Linux schedstat): on a
/// machine shared with other work, what it waited for a processor says how much slower the
/// run was than it would be on an idle machine.
struct SchedulerTimes {
    double onCpu = 0;
    double waitingForCpu = 0;

    static SchedulerTimes now()
    {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        if (fields.size() < 2) {
            return {};
        }
        return {fields[0].toDouble() / 1e9, fields[1].toDouble() / 1e9};
    }
};

struct Timing {
    double wallSeconds = 0;
    double cpuSeconds = 0;
    /// Of which the calling thread's: in the pipeline, the storing stage.
    double callingThreadCpuSeconds = 0;
    /// How long the calling thread was runnable but had no processor.
    double callingThreadWaitedForCpu = 0;
};

template <typename Import>
Timing timed(Import import)
{
    // The previous run's hundreds of megabytes still being written to disk would slow this
    // one down: they are written first, untimed.
    sync();
    QElapsedTimer wall;
    const double cpuStart = processCpuSeconds();
    const double threadStart = threadCpuSeconds();
    const SchedulerTimes scheduledBefore = SchedulerTimes::now();
    wall.start();
    import();
    return Timing{double(wall.nsecsElapsed()) / 1e9, processCpuSeconds() - cpuStart,
                  threadCpuSeconds() - threadStart,
                  SchedulerTimes::now().waitingForCpu - scheduledBefore.waitingForCpu};
}

/// Every file prepared and then stored on this thread, with one connection; prints the
/// processor time of each stage.
ImportSummary importOnOneThread(Archive& archive, const QString& folder)
{
    const ReportProcessing processing = defaultReportProcessing();
    ImportSummary summary;
    double preparing = 0;
    double storing = 0;
    const QStringList files = collectReportFiles({folder}).files;
    for (const QString& file : files) {
        const double start = threadCpuSeconds();
        PreparedFile prepared = prepareFile(archive, processing, file);
        const double preparedAt = threadCpuSeconds();
        const Result<StoredFile> stored = storePreparedFile(archive, processing, prepared);
        storing += threadCpuSeconds() - preparedAt;
        preparing += preparedAt - start;
        if (!stored) {
            summary.failures.push_back({file, stored.error()});
        } else if (stored->outcome == ImportOutcome::Duplicate) {
            ++summary.duplicates;
        } else {
            ++summary.imported;
        }
    }
    std::printf("  processor time per report: preparing (read, hash, extract, validate) "
                "%.3f ms, storing %.3f ms\n",
                preparing * 1000.0 / double(files.size()), storing * 1000.0 / double(files.size()));
    return summary;
}

std::unique_ptr<Archive> freshArchive(const QTemporaryDir& dir, const QString& name)
{
    Result<std::unique_ptr<Archive>> archive = Archive::open(dir.filePath(name));
    if (!archive) {
        qFatal("%s", qUtf8Printable(archive.error().message));
    }
    return std::move(*archive);
}

void print(const char* what, const ImportSummary& summary, const Timing& timing, int files)
{
    std::printf("%-34s %8.2f s wall  %8.2f s CPU  %6.3f ms/report  "
                "(imported %d, duplicates %d, failed %d)\n",
                what, timing.wallSeconds, timing.cpuSeconds, timing.wallSeconds * 1000.0 / files,
                summary.imported, summary.duplicates, summary.failed());
    std::printf("  processor time per report: calling thread %.3f ms, other threads %.3f ms\n",
                timing.callingThreadCpuSeconds * 1000.0 / files,
                std::max(0.0, timing.cpuSeconds - timing.callingThreadCpuSeconds) * 1000.0 / files);
    std::printf("  the calling thread waited %.2f s for a processor (other work on the machine); "
                "without that wait: %.2f s\n",
                timing.callingThreadWaitedForCpu,
                timing.wallSeconds - timing.callingThreadWaitedForCpu);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    int reports = kDefaultReports;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--reports"));
        at >= 0 && at + 1 < arguments.size()) {
        reports = arguments.at(at + 1).toInt();
    }
    if (reports <= 0) {
        qFatal("--reports wants a positive number");
    }
    const QString folder = generatedReports(reports);

    QTemporaryDir dir;
    const std::unique_ptr<Archive> archive = freshArchive(dir, QStringLiteral("pipeline.sqlite"));
    const ReportProcessing processing = defaultReportProcessing();
    ImportSummary first;
    const Timing fresh = timed([&] { first = importReports(*archive, processing, {folder}); });
    print("pipeline, fresh archive", first, fresh, reports);
    ImportSummary second;
    const Timing again = timed([&] { second = importReports(*archive, processing, {folder}); });
    print("pipeline, again (all stored)", second, again, reports);

    if (!arguments.contains(QStringLiteral("--no-single-thread"))) {
        const std::unique_ptr<Archive> oneThread =
            freshArchive(dir, QStringLiteral("one-thread.sqlite"));
        ImportSummary summary;
        const Timing timing = timed([&] { summary = importOnOneThread(*oneThread, folder); });
        print("one thread, text indexed per report", summary, timing, reports);
    }

    const double scaled = fresh.wallSeconds * kDefaultReports / reports;
    std::printf("10,000 reports: %.2f s (target %.0f s): %s\n", scaled, kTargetSeconds,
                scaled <= kTargetSeconds ? "met" : "MISSED");
    const bool complete = first.imported + first.duplicates == reports && first.failed() == 0 &&
                          second.duplicates == reports;
    if (!complete) {
        std::printf("the import did not store every report\n");
    }
    return complete ? 0 : 1;
}
