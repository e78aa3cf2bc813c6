#pragma once

#include "workflow/importer.h"

#include <cstddef>

namespace nianbao::store {
class Archive;
}

namespace nianbao::workflow {

/// Imports a list of files in two overlapping stages (importstages.h): a worker thread
/// prepares the next files (reads, hashes, extracts, validates, encodes the rows to write)
/// while the calling thread stores the ones before them. Each stage takes about a
/// millisecond per report, so on two cores a batch takes about as long as storing alone.
///
/// Only the calling thread writes reports, through the caller's Archive; the worker opens its
/// own connection to the same file and only reads (duplicates, previous-year reports). Every
/// report is stored in its own transaction, progress is reported on the calling thread in
/// file order, and a stop request ends the batch before the next file is stored. Around the
/// storing (store::Archive::bulkWrites), an SQLite archive indexes texts a batch at a time, and a
/// third connection checkpoints the write-ahead log on a thread of its own.
class ImportPipeline {
public:
    /// How many prepared files may wait for the storing stage.
    static constexpr std::size_t kDefaultBacklog = 64;

    /// `processing.process` runs on the worker thread while `processing.validate` may run on
    /// the calling thread: both must be safe to call at the same time.
    ImportPipeline(store::Archive& archive, const ReportProcessing& processing,
                   std::size_t backlog = kDefaultBacklog);

    ImportSummary run(const QStringList& files, const ImportOptions& options = {});

private:
    store::Archive& m_archive;
    const ReportProcessing& m_processing;
    std::size_t m_backlog;
};

} // namespace nianbao::workflow
