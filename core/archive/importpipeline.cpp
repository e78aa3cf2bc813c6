#include "archive/importpipeline.h"

#include "archive/archive.h"
#include "archive/boundedqueue.h"
#include "archive/importhousekeeping.h"
#include "archive/importstages.h"

#include <QCoreApplication>

#include <limits>
#include <thread>

namespace nianbao {

namespace {

/// Counts one stored (or failed) file in the summary and reports progress.
void record(ImportSummary& summary, const QString& path, const Result<StoredFile>& stored,
            const ImportOptions& options, qsizetype done, qsizetype total)
{
    ImportProgress progress{done, total, path, ImportOutcome::Failed, std::nullopt, std::nullopt};
    if (!stored) {
        summary.failures.push_back({path, stored.error()});
        progress.failure = stored.error();
    } else {
        progress.outcome = stored->outcome;
        progress.sameTextAs = stored->sameTextAs;
        if (stored->outcome == ImportOutcome::Duplicate) {
            ++summary.duplicates;
        } else {
            ++summary.imported;
            summary.importedIds.push_back(stored->id);
        }
        summary.revalidated += stored->revalidatedFollowing ? 1 : 0;
    }
    if (options.progress) {
        options.progress(progress);
    }
}

/// The one message of a batch stopped by a full disk: what was stored, what was not.
Error diskFullStop(const ImportSummary& summary, qsizetype notImported)
{
    return Error{
        ErrorCode::DiskFull,
        QCoreApplication::translate("nianbao::Importer",
                                    "The disk is full: the import stopped. Stored and safe in "
                                    "the archive: %1 file(s); not imported: %2 file(s). Free "
                                    "some space and run the same import again: the files "
                                    "already stored are skipped.")
            .arg(summary.imported + summary.duplicates)
            .arg(notImported)};
}

} // namespace

ImportPipeline::ImportPipeline(Archive& archive, const ReportProcessing& processing,
                               std::size_t backlog)
    : m_archive(archive)
    , m_processing(processing)
    , m_backlog(backlog)
{}

ImportSummary ImportPipeline::run(const QStringList& files, const ImportOptions& options)
{
    ImportSummary summary;
    const qsizetype total = files.size();
    // The worker's own connection, opened here so that a failure is known before it starts.
    Result<Archive> reader =
        m_processing.process && m_processing.validate
            ? Archive::open(m_archive.path())
            : fail(ErrorCode::InvalidArgument,
                   QCoreApplication::translate("nianbao::Importer",
                                               "No report processing was set up for the "
                                               "import."));
    if (!reader) {
        for (const QString& file : files) {
            summary.failures.push_back({file, reader.error()});
        }
        return summary;
    }

    BoundedQueue<PreparedFile> prepared(m_backlog);
    // Stored files go back to the worker to be freed: their thousands of small allocations
    // were made by the worker, and freeing them there is several times cheaper than on the
    // storing thread (glibc gives each thread its own heap).
    BoundedQueue<PreparedFile> toFree(std::numeric_limits<std::size_t>::max());
    const BackgroundCheckpoints checkpoints(m_archive);
    std::jthread worker([&](std::stop_token stop) {
        // However the storing side ends, even by an exception, a worker waiting for room
        // in the queue wakes up and ends instead of blocking the join.
        const std::stop_callback closeOnStop(stop, [&prepared] { prepared.close(); });
        for (const QString& file : files) {
            if (stop.stop_requested() || options.stop.stop_requested()) {
                break;
            }
            if (!prepared.push(prepareFile(*reader, m_processing, file))) {
                break;
            }
            toFree.takeAll(); // the files stored meanwhile are freed here, on this thread
        }
        prepared.close();
    });

    qsizetype done = 0;
    BatchedSearchIndexing indexing(m_archive);
    while (!options.stop.stop_requested()) {
        std::optional<PreparedFile> file = prepared.pop();
        if (!file) {
            break;
        }
        const Result<StoredFile> result = storePreparedFile(m_archive, m_processing, *file);
        if (!result && result.error().code == ErrorCode::DiskFull) {
            // Every file after this one would fail the same way: one clear stop instead.
            summary.stopped = diskFullStop(summary, total - done);
            break;
        }
        if (result && result->outcome == ImportOutcome::Imported) {
            indexing.reportStored();
        }
        record(summary, file->path, result, options, ++done, total);
        toFree.push(std::move(*file));
    }
    // Stopped early: the worker's next push is refused and it ends.
    worker.request_stop();
    worker.join();
    summary.cancelled = done < total && !summary.stopped;
    return summary;
}

} // namespace nianbao
