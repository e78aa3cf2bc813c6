#pragma once

#include "archive/reportprocessing.h"
#include "archive/reviewtypes.h"
#include "common/error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace nianbao {

class Archive;

enum class ImportOutcome { Imported, Duplicate, Failed };

/// Reported after every file of a batch.
struct ImportProgress {
    qsizetype done = 0;  ///< files finished, this one included
    qsizetype total = 0; ///< files in the batch
    QString path;
    ImportOutcome outcome = ImportOutcome::Imported;
    /// Why the file failed, when it did.
    std::optional<Error> failure;
    /// An imported file whose text the archive already held from other bytes (a likely
    /// duplicate, flagged with an "extract.same_text" warning): the report holding it.
    std::optional<ReportId> sameTextAs;
};

/// A file that was not imported, and why (the message names the problem, not the file).
struct ImportFailure {
    QString path;
    Error error;
};

struct ImportSummary {
    int imported = 0;
    int duplicates = 0;
    std::vector<ImportFailure> failures;
    /// Ids of the reports added, in import order.
    std::vector<ReportId> importedIds;
    /// Stored reports of year Y+1 re-validated because their body's year-Y report arrived.
    int revalidated = 0;
    /// Stopped on request before every file was seen; files not reached are in no count.
    bool cancelled = false;
    /// Why the batch stopped by itself before every file was seen, when it did: the disk
    /// holding the archive filled up (ErrorCode::DiskFull). The message says so once, with
    /// what was stored; the file being stored then and those not reached are in no count.
    std::optional<Error> stopped;

    [[nodiscard]] int failed() const { return int(failures.size()); }
};

struct ImportOptions {
    /// Called on the importing thread after every file, in file order.
    std::function<void(const ImportProgress&)> progress;
    std::stop_token stop;
};

/// The files an import of `paths` covers: files as given (whatever their name), and in
/// folders, searched recursively, the files whose extension is one of a report's (.txt,
/// .html, .docx, .pdf, ...), hidden ones left out, in name order. A path that does not exist
/// is a failure.
struct FileSelection {
    QStringList files;
    std::vector<ImportFailure> failures;
};
FileSelection collectReportFiles(const QStringList& paths);

/// Imports files and folders into the archive: collectReportFiles, then importFiles.
/// Paths that do not exist are failures too, listed first.
ImportSummary importReports(Archive& archive, const ReportProcessing& processing,
                            const QStringList& paths, const ImportOptions& options = {});

/// Imports files into the archive. Each file is read, hashed (a file already stored is a
/// duplicate and is not processed again), processed with the archive's previous-year report
/// of its body at hand, and stored in its own transaction together with the re-validation of
/// the body's next-year report if the archive holds one. A file that fails is listed with its
/// reason and the batch goes on, except when the disk is full: then the batch stops at once
/// (ImportSummary::stopped), since every file after would fail the same way. A killed process
/// leaves only whole reports, and running the batch again skips what was stored. Files are prepared
/// on a worker thread while the calling thread stores (ImportPipeline): `archive` must be a file,
/// not an in-memory database.
ImportSummary importFiles(Archive& archive, const ReportProcessing& processing,
                          const QStringList& files, const ImportOptions& options = {});

} // namespace nianbao
