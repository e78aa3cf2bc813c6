#pragma once

#include "common/error.h"
#include "model/processedreport.h"
#include "model/review.h"
#include "model/storedreport.h"
#include "store/datasetreader.h"
#include "store/reportquery.h"
#include "store/requests.h"
#include "store/transaction.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao::store {

struct ReportRows;

/// Every change recorded on a report, each list oldest first: what `nianbao-cli history`
/// prints and the review window's timeline shows.
struct ReportHistory {
    std::vector<Correction> corrections;
    /// Each decision with its fingerprint (FindingDecision::fingerprint).
    std::vector<FindingDecision> decisions;
    std::vector<ReportChange> changes;
};

/// A name a body's reports are printed under, matched to the body by a reviewer or the desk:
/// one row of the archive's alias table (one place for who is who).
struct AgencyAlias {
    QString agencyKey; ///< normalizedAgencyName of the name
    QString agency;    ///< as printed
    QString bodyName;  ///< the body's name (a registry body's, or another printed name)

    friend bool operator==(const AgencyAlias&, const AgencyAlias&) = default;
};

/// A copy of a body's report for a year that a reviewer set aside for another (`kept`): it
/// stays in the archive, out of datasets, charts and cross-year checks.
struct Retirement {
    ReportId report = 0;
    ReportId kept = 0;
    QString reviewer;
    QString reason;
    QDateTime time;
};

/// A long run of writes on one connection (an import), set up for speed by the back end and
/// ended when this goes (Archive::bulkWrites).
class BulkWrites {
public:
    BulkWrites() = default;
    BulkWrites(const BulkWrites&) = delete;
    BulkWrites& operator=(const BulkWrites&) = delete;
    virtual ~BulkWrites() = default;

    /// After each report stored in the run.
    virtual void reportStored() = 0;
};

/// The archive: every imported report (original bytes, text, cells, findings), the reviewers'
/// corrections, decisions and changes with their full history, and a search index.
///
/// This is the storage layer's interface: what the workflow (import, re-extraction, the review
/// session), the export and the programs use, whatever holds the data. SqliteArchive keeps it
/// in one SQLite file; another back end (a shared database server) implements the same
/// interface with the same schema versions and the same results for every query.
///
/// Every write runs in a transaction, so a failure or a killed process leaves the archive as it
/// was before that write; transaction() groups several writes into one. An Archive is one
/// connection and belongs to one thread at a time: another thread uses connectAgain().
///
/// The store writes and reads what it is given. It knows nothing of reading files, extraction
/// or rules: validating, settling doubts and whether a change is allowed are the workflow's.
class Archive {
public:
    /// Opens the archive at `location` and upgrades one written by an older version: the path
    /// of an SQLite file (created with its folder when missing), or a libpq connection URI
    /// (postgresql://user@host/dbname) of a shared archive on a PostgreSQL server (PgArchive).
    /// Refuses files and databases that are not Nianbao archives and archives written by a
    /// newer version, leaving them unchanged. Processes that open the same SQLite archive at
    /// the same moment take turns setting it up (ArchiveOpeningLock), so creating a new archive
    /// is race-free. An existing SQLite archive that fails SQLite's quick integrity check is
    /// opened read-only (damage()).
    static Result<std::unique_ptr<Archive>> open(const QString& location);
    /// nianbao.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultLocation();
    static Result<std::unique_ptr<Archive>> openDefault();
    /// The SHA-256 of a report file's bytes, by which the archive knows the files it holds.
    static QByteArray hashOf(const QByteArray& originalBytes);

    Archive() = default;
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;
    virtual ~Archive() = default;

    /// Where the archive is, as open() takes it.
    [[nodiscard]] virtual QString location() const = 0;
    /// Another connection to the same archive, for another thread.
    virtual Result<std::unique_ptr<Archive>> connectAgain() const = 0;
    virtual Result<int> schemaVersion() = 0;
    /// Set when the archive failed its quick integrity check on opening: it was opened
    /// read-only (every write fails, nothing can make it worse), and this message says what
    /// was found and how to recover it. Callers that write (an import) refuse to start.
    [[nodiscard]] virtual const std::optional<QString>& damage() const = 0;

    /// Groups several writes into one transaction (each write alone is one already). Nested
    /// transactions are savepoints of the outer one.
    virtual Result<Transaction> transaction() = 0;
    /// Sets this connection up for a long run of writes until the result goes.
    virtual std::unique_ptr<BulkWrites> bulkWrites() = 0;

    // --- reports -------------------------------------------------------------------------

    /// The report whose original bytes have this SHA-256, if stored.
    virtual Result<std::optional<ReportId>> findByHash(const QByteArray& sha256) = 0;
    /// A stored report whose decoded text is exactly that of `rows` (the same report saved in
    /// another encoding: UTF-8, GBK, UTF-16), if any. Only reports of the same body and year
    /// are compared, through the index by body (the same text extracts to the same ones).
    virtual Result<std::optional<ReportId>> findBySameText(const ReportRows& rows) = 0;
    /// Stores a processed report with its original bytes, in one transaction. Bytes already
    /// stored make a duplicate: nothing is written and the stored report's id is returned.
    Result<AddOutcome> addReport(const QByteArray& originalBytes, const ProcessedReport& report);
    /// The same, with the bytes' hashOf() and the report's rows already made (an import makes
    /// them on the thread that reads and extracts, see ReportRows).
    virtual Result<AddOutcome> addReport(const QByteArray& originalBytes, const QByteArray& sha256,
                                         const ReportRows& rows) = 0;
    /// Replaces what extraction made of a stored report (text, cells, extras, labels,
    /// narrative, findings, agency, year, title, format) with a new extraction. Corrections,
    /// decisions, the review status and the fields a reviewer changed stay.
    virtual Result<void> replaceExtraction(ReportId id, const ProcessedReport& report) = 0;

    virtual Result<StoredReport> loadReport(ReportId id) = 0;
    /// What loadCurrentValues reads.
    enum class ValuesFor {
        /// Format, title, agency, year and every cell with its latest correction applied: what
        /// the cross-year rules read of the previous year's report.
        CrossYear,
        /// Those, and the figures outside the official cells, the narrative parts and the
        /// stored findings: what validating the report itself reads.
        Validation,
    };
    /// A report's current values as the rules read them, and nothing else: far cheaper than
    /// loadReport (no text, label matches, page boxes, candidates or decisions).
    virtual Result<Report> loadCurrentValues(ReportId id,
                                             ValuesFor scope = ValuesFor::CrossYear) = 0;
    virtual Result<ReportInfo> reportInfo(ReportId id) = 0;
    /// The findings of a report still open (isOpenDecision), by severity, as stored.
    virtual Result<SeverityCounts> openCounts(ReportId id) = 0;
    virtual Result<QByteArray> originalBytes(ReportId id) = 0;
    /// Every stored report's id, in import order.
    virtual Result<std::vector<ReportId>> reportIds() = 0;

    virtual Result<std::vector<ReportRow>> listReports(const ReportQuery& query = {}) = 0;
    virtual Result<qint64> countReports(const ReportFilter& filter = {}) = 0;

    /// The same body's report for `year` (bodyReports). When a body has several reports for
    /// one year, the one imported last.
    Result<std::optional<ReportId>> findReport(const QString& agency, int year);
    /// Every report of `agency`'s body (retired ones left out), of `year` when given, the
    /// last imported first. A body
    /// is every name the alias table gives it (agency names compared normalised): reports
    /// printed 洪泽区人民政府 and 淮安市洪泽区人民政府 are one body's once a reviewer says so.
    Result<std::vector<ReportId>> bodyReports(const QString& agency,
                                              std::optional<int> year = std::nullopt);
    /// The normalised names of `agency`'s body (itself first; empty when the name is).
    Result<QStringList> bodyKeys(const QString& agency);

    // --- bodies --------------------------------------------------------------------------

    /// Records that reports printed with `agency` are the body named `bodyName`, in one
    /// transaction; an empty `bodyName` forgets the match. The desk and the review window
    /// write the same table.
    virtual Result<void> setAgencyAlias(const QString& agency, const QString& bodyName) = 0;
    /// The alias table, ordered by name.
    virtual Result<std::vector<AgencyAlias>> agencyAliases() = 0;

    /// Retires report `id` in favour of `kept` (the same body's report for the same year),
    /// in one transaction: bodyReports, findReport and datasets leave it out from then on.
    /// Retiring a retired report again records the new choice.
    virtual Result<void> retireReport(ReportId id, ReportId kept, const QString& reviewer,
                                      const QString& reason) = 0;
    /// Brings a retired report back (nothing to do when it is not retired).
    virtual Result<void> restoreReport(ReportId id) = 0;
    /// Whether and for which report `id` was retired.
    virtual Result<std::optional<Retirement>> retirement(ReportId id) = 0;
    /// The same body's report for `year - 1`, with corrections applied (loadCurrentValues):
    /// what the cross-year rules compare with.
    Result<std::optional<Report>> previousYearReport(const QString& agency, int year);

    /// Reads the reports a dataset takes, from one snapshot, through a connection of the
    /// reader's own: it may run on another thread.
    virtual Result<std::unique_ptr<DatasetReader>> readDataset(const DatasetFilter& filter,
                                                               DatasetParts parts = {}) const = 0;

    // --- review --------------------------------------------------------------------------

    /// Records a reviewer's new value for a cell, or an acceptance of its value. Nothing is
    /// overwritten: the correction is added to the cell's history and becomes its current
    /// value. A request that changes neither the value nor whether it is vouched for is
    /// refused.
    virtual Result<Correction> recordCorrection(ReportId id, const CorrectionRequest& request) = 0;
    /// Returns a cell to its extracted value, as one more correction nobody vouches for.
    Result<Correction> revertCell(ReportId id, const QString& cellKey, const QString& reviewer,
                                  const QString& reason);
    /// Every correction of a cell, oldest first.
    virtual Result<std::vector<Correction>> cellHistory(ReportId id, const QString& cellKey) = 0;
    /// Records a new value for one of a report's fields (a status, an agency, a year...) with
    /// who, when and why. A request that changes nothing is refused.
    virtual Result<ReportChange> recordReportChange(ReportId id,
                                                    const ReportChangeRequest& request) = 0;
    /// Records a new review status (recordReportChange). Whether the report may be marked so
    /// is the review session's to say (ReviewSession::apply): the store writes what it is given.
    Result<ReportChange> setReviewStatus(ReportId id, ReviewStatus status, const QString& reviewer,
                                         const QString& reason = {});
    /// Records a verdict on the findings with a fingerprint (findingFingerprint). It holds
    /// across re-validation and re-extraction for as long as the fingerprint does.
    virtual Result<FindingDecision> decideFinding(ReportId id, const DecisionRequest& request) = 0;
    /// Every decision on a fingerprint, oldest first.
    virtual Result<std::vector<FindingDecision>> decisionHistory(ReportId id,
                                                                 const QString& fingerprint) = 0;
    /// Every correction, decision and change of a report.
    virtual Result<ReportHistory> reportHistory(ReportId id) = 0;
    /// Replaces a report's findings after re-validation; decisions stay with their
    /// fingerprints.
    virtual Result<void> replaceFindings(ReportId id, const std::vector<Finding>& findings) = 0;

protected:
    /// The reports whose normalised agency name is one of `keys`, of `year` when given, the
    /// last imported first.
    virtual Result<std::vector<ReportId>> reportsWithAgencyKeys(const QStringList& keys,
                                                                std::optional<int> year) = 0;
    /// The value extraction read for a cell of a report (refused when it has no such cell).
    virtual Result<std::optional<double>> extractedValue(ReportId id, const QString& cellKey) = 0;
};

} // namespace nianbao::store
