#pragma once

#include "archive/reportprocessing.h"
#include "archive/reportrows.h"
#include "archive/reviewtypes.h"
#include "archive/sqlitetransaction.h"
#include "archive/storedreport.h"
#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

class SqliteConnection;

/// The local archive: one SQLite file holding every imported report (original bytes, text,
/// cells, findings), the reviewers' corrections and decisions with their full history, and a
/// full-text index.
///
/// Every write runs in a transaction, so a failure or a killed process leaves the archive as
/// it was before that write. An Archive is one connection and belongs to one thread at a time;
/// a worker thread opens its own Archive on the same path.
class Archive {
public:
    /// Opens the archive at `path`, creating it (and its folder) when missing, and upgrades
    /// an archive written by an older version. Refuses files that are not Nianbao archives
    /// and archives written by a newer version, leaving them unchanged. Processes that open
    /// the same archive at the same moment take turns setting it up (ArchiveOpeningLock), so
    /// creating a new archive is race-free. An existing archive that fails SQLite's quick
    /// integrity check is opened read-only (damage()).
    static Result<Archive> open(const QString& path);
    /// nianbao.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    static Result<Archive> openDefault();

    Archive(Archive&&) noexcept;
    Archive& operator=(Archive&&) noexcept;
    ~Archive();

    [[nodiscard]] QString path() const;
    Result<int> schemaVersion();
    /// Set when the archive failed its quick integrity check on opening: it was opened
    /// read-only (every write fails, nothing can make it worse), and this message says what
    /// was found and how to recover it. Callers that write (an import) refuse to start.
    [[nodiscard]] const std::optional<QString>& damage() const;

    /// Groups several writes into one transaction (each write alone is one already).
    Result<SqliteTransaction> transaction();

    // --- reports -------------------------------------------------------------------------

    /// The report whose original bytes have this SHA-256, if stored.
    Result<std::optional<ReportId>> findByHash(const QByteArray& sha256);
    /// A stored report whose decoded text is exactly that of `rows` (the same report saved in
    /// another encoding: UTF-8, GBK, UTF-16), if any. Only reports of the same body and year
    /// are compared, through the index by body (the same text extracts to the same ones).
    Result<std::optional<ReportId>> findBySameText(const ReportRows& rows);
    /// The SHA-256 of a report file's bytes, by which the archive knows the files it holds.
    static QByteArray hashOf(const QByteArray& originalBytes);
    /// Stores a processed report with its original bytes, in one transaction. Bytes already
    /// stored make a duplicate: nothing is written and the stored report's id is returned.
    Result<AddOutcome> addReport(const QByteArray& originalBytes, const ProcessedReport& report);
    /// The same, with the bytes' hashOf() and the report's rows already made (an import makes
    /// them on the thread that reads and extracts, see ReportRows).
    Result<AddOutcome> addReport(const QByteArray& originalBytes, const QByteArray& sha256,
                                 const ReportRows& rows);
    /// Replaces what extraction made of a stored report (text, cells, extras, labels,
    /// narrative, findings, agency, year, format) with a new extraction. Corrections,
    /// decisions and the review status stay.
    Result<void> replaceExtraction(ReportId id, const ProcessedReport& report);

    Result<StoredReport> loadReport(ReportId id);
    Result<ReportInfo> reportInfo(ReportId id);
    Result<QByteArray> originalBytes(ReportId id);
    /// Every stored report's id, in import order.
    Result<std::vector<ReportId>> reportIds();

    Result<std::vector<ReportRow>> listReports(const ReportQuery& query = {});
    Result<qint64> countReports(const ReportFilter& filter = {});

    /// The same body's report for `year` (agency names compared normalised). When a body has
    /// several reports for one year, the one imported last.
    Result<std::optional<ReportId>> findReport(const QString& agency, int year);
    /// The same body's report for `year - 1`, with corrections applied (cross-year rules).
    Result<std::optional<Report>> previousYearReport(const QString& agency, int year);

    // --- full-text search index -----------------------------------------------------------

    /// How stored texts reach the search index. Immediate (the default): a write that stores
    /// a text indexes it before it commits. Batched: texts wait in a backlog, where searches
    /// still find them (more slowly), until indexPendingTexts(); indexing hundreds of texts
    /// in one go takes a third of the time of indexing them one by one, so imports batch.
    enum class SearchIndexing { Immediate, Batched };
    void setSearchIndexing(SearchIndexing mode);
    /// Indexes up to `limit` of the texts waiting in the backlog (all of them for a negative
    /// limit), oldest first, in one transaction. Returns how many it indexed.
    Result<qint64> indexPendingTexts(qint64 limit = -1);

    // --- write-ahead log -------------------------------------------------------------------

    /// Whether a commit that leaves the write-ahead log over 4 MB copies it into the archive
    /// file on this connection and waits for the disk (SQLite's automatic checkpoint, on by
    /// default). An import turns it off on the connection that stores and checkpoints from
    /// the thread that reads instead.
    Result<void> setAutomaticCheckpoints(bool on);
    enum class Checkpoint {
        /// Copies what no reader still needs, without waiting for anyone: writers go on
        /// meanwhile, so the log cannot start over.
        Passive,
        /// Waits for the writer's transaction, copies the rest, and waits for readers to
        /// leave the log, so that the next write starts it over instead of growing it.
        Restart,
    };
    /// Copies what the write-ahead log holds into the archive file (PRAGMA wal_checkpoint).
    Result<void> checkpoint(Checkpoint mode);

    // --- review --------------------------------------------------------------------------

    /// Records a reviewer's new value for a cell, or an acceptance of its value. Nothing is
    /// overwritten: the correction is added to the cell's history and becomes its current
    /// value. A request that changes neither the value nor whether it is vouched for is
    /// refused.
    Result<Correction> recordCorrection(ReportId id, const CorrectionRequest& request);
    /// Returns a cell to its extracted value, as one more correction nobody vouches for.
    Result<Correction> revertCell(ReportId id, const QString& cellKey, const QString& reviewer,
                                  const QString& reason);
    /// Every correction of a cell, oldest first.
    Result<std::vector<Correction>> cellHistory(ReportId id, const QString& cellKey);
    Result<void> setReviewStatus(ReportId id, ReviewStatus status);
    /// Records a verdict on the findings with a fingerprint (findingFingerprint). It holds
    /// across re-validation and re-extraction for as long as the fingerprint does.
    Result<FindingDecision> decideFinding(ReportId id, const DecisionRequest& request);
    /// Every decision on a fingerprint, oldest first.
    Result<std::vector<FindingDecision>> decisionHistory(ReportId id, const QString& fingerprint);
    /// Replaces a report's findings after re-validation; decisions stay with their
    /// fingerprints.
    Result<void> replaceFindings(ReportId id, const std::vector<Finding>& findings);

private:
    struct State;
    explicit Archive(std::unique_ptr<State> state);
    /// The archive read-only, for one that failed its integrity check.
    static Result<Archive> openDamaged(const QString& path, const QString& problem);

    Result<void> requireReport(ReportId id);
    Result<qint64> cellKeyId(const QString& key);
    Result<void> writeContent(ReportId id, const ReportRows& rows);
    Result<void> writeCells(ReportId id, QByteArrayView table,
                            const std::vector<ReportRows::CellRow>& cells);
    Result<void> clearContent(ReportId id);
    Result<void> writeFindings(ReportId id, const std::vector<ReportRows::FindingRow>& findings);
    Result<void> refreshOpenCounts(ReportId id);
    Result<void> indexTextsIfImmediate();
    Result<std::optional<double>> extractedValue(ReportId id, const QString& cellKey);
    Result<Correction> insertCorrection(ReportId id, const CorrectionRequest& request);

    std::unique_ptr<State> m_state;
};

} // namespace nianbao
