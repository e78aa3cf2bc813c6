#pragma once

// The two stages of importing one file: preparing it (reading, hashing, processing), which
// only reads the archive, and storing it. The import pipeline runs them on two threads.

#include "archive/importer.h"
#include "archive/reportprocessing.h"
#include "archive/reportrows.h"
#include "archive/reviewtypes.h"
#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

namespace nianbao {

class Archive;

/// The archive already held a file's bytes when it was read: it was not processed.
struct StoredBefore {
    ReportId id = 0;
};

/// Which previous-year report processing was given for the cross-year rules. A report
/// processed while its previous year was still on its way into the archive was checked
/// without it; storing compares this with what the archive holds by then.
struct PreviousYearSeen {
    /// Processing looked one up (it does when the report names its agency and year).
    bool asked = false;
    /// The report it got, if the archive held one.
    std::optional<ReportId> id;
};

/// A file read and processed, ready to be stored.
struct ReadyToStore {
    QByteArray bytes;
    QByteArray sha256;
    ProcessedReport processed;
    /// What storing writes, made from `processed` by the stage that prepared it.
    ReportRows rows;
    PreviousYearSeen previousYear;
};

/// What the first stage of an import made of one file: why it cannot be imported, the report
/// that already holds its bytes, or the processed report.
struct PreparedFile {
    QString path;
    std::variant<Error, StoredBefore, ReadyToStore> content;
};

/// The first stage of an import: reads a file (refusing one too large to be a report),
/// hashes it, looks the hash up, processes files not yet stored with `archive`'s
/// previous-year report of the same body, and makes the rows storing will write. It only
/// reads the archive, so it can run on a worker thread with its own connection while
/// another connection stores.
PreparedFile prepareFile(Archive& archive, const ReportProcessing& processing, const QString& path);

/// What storing a prepared file did.
struct StoredFile {
    ImportOutcome outcome = ImportOutcome::Imported;
    ReportId id = 0;
    /// The same body's next-year report was re-validated against this one.
    bool revalidatedFollowing = false;
    /// A stored report with exactly this report's text, from other bytes: the report was
    /// stored with an "extract.same_text" warning naming it.
    std::optional<ReportId> sameTextAs;
};

/// The second stage of an import: stores a processed report in its own transaction,
/// together with the re-validation of the same body's next-year report if the archive holds
/// one. A report whose previous year reached the archive after it was processed is checked
/// again against it first. Bytes stored meanwhile (the same file twice in a batch) make a
/// duplicate. Files that failed or were stored before are passed through as they are.
Result<StoredFile> storePreparedFile(Archive& archive, const ReportProcessing& processing,
                                     PreparedFile& file);

} // namespace nianbao
