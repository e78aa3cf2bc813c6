#pragma once

#include "store/archive.h"
#include "store/desktables.h"
#include "store/reportrows.h"
#include "store/teamreview.h"

#include <QByteArrayView>

#include <memory>

namespace nianbao::store {

/// The archive in one SQLite file: the default, embedded back end (nothing to set up).
///
/// WAL lets one connection write while others read; every write is a transaction (BEGIN
/// IMMEDIATE, so a second writer waits at the start instead of failing halfway). The schema
/// is versioned with PRAGMA user_version and upgraded by the ladder in schemasteps.cpp.
class SqliteArchive final : public Archive, public TeamReview, public DeskTables {
public:
    /// Opens the SQLite archive at `path`, creating it (and its folder) when missing, and
    /// upgrades an archive written by an older version. Refuses files that are not Nianbao
    /// archives and archives written by a newer version, leaving them unchanged.
    static Result<std::unique_ptr<SqliteArchive>> open(const QString& path);

    ~SqliteArchive() override;

    [[nodiscard]] QString location() const override;
    [[nodiscard]] const std::optional<QString>& damage() const override;
    Result<std::unique_ptr<Archive>> connectAgain() const override;
    Result<int> schemaVersion() override;
    Result<Transaction> transaction() override;
    std::unique_ptr<BulkWrites> bulkWrites() override;

    Result<std::optional<ReportId>> findByHash(const QByteArray& sha256) override;
    Result<std::optional<ReportId>> findBySameText(const ReportRows& rows) override;
    using Archive::addReport;
    Result<AddOutcome> addReport(const QByteArray& originalBytes, const QByteArray& sha256,
                                 const ReportRows& rows) override;
    Result<void> replaceExtraction(ReportId id, const ProcessedReport& report) override;
    Result<StoredReport> loadReport(ReportId id) override;
    Result<Report> loadCurrentValues(ReportId id, ValuesFor scope = ValuesFor::CrossYear) override;
    Result<ReportInfo> reportInfo(ReportId id) override;
    Result<SeverityCounts> openCounts(ReportId id) override;
    Result<QByteArray> originalBytes(ReportId id) override;
    Result<std::vector<ReportId>> reportIds() override;
    Result<std::vector<ReportRow>> listReports(const ReportQuery& query = {}) override;
    Result<qint64> countReports(const ReportFilter& filter = {}) override;
    Result<void> setAgencyAlias(const QString& agency, const QString& bodyName) override;
    Result<std::vector<AgencyAlias>> agencyAliases() override;
    Result<void> retireReport(ReportId id, ReportId kept, const QString& reviewer,
                              const QString& reason) override;
    Result<void> restoreReport(ReportId id) override;
    Result<std::optional<Retirement>> retirement(ReportId id) override;
    Result<std::unique_ptr<DatasetReader>> readDataset(const DatasetFilter& filter,
                                                       DatasetParts parts = {}) const override;

    Result<Correction> recordCorrection(ReportId id, const CorrectionRequest& request) override;
    Result<std::vector<Correction>> cellHistory(ReportId id, const QString& cellKey) override;
    Result<ReportChange> recordReportChange(ReportId id,
                                            const ReportChangeRequest& request) override;
    Result<FindingDecision> decideFinding(ReportId id, const DecisionRequest& request) override;
    Result<std::vector<FindingDecision>> decisionHistory(ReportId id,
                                                         const QString& fingerprint) override;
    Result<ReportHistory> reportHistory(ReportId id) override;
    Result<void> replaceFindings(ReportId id, const std::vector<Finding>& findings) override;

    // --- TeamReview ----------------------------------------------------------------------
    Result<ClaimOutcome> claim(ReportId id, const QString& reviewer,
                               std::chrono::milliseconds lease, bool takeOver = false) override;
    Result<void> releaseClaim(ReportId id, const QString& reviewer) override;
    Result<std::optional<Claim>> claimOf(ReportId id) override;
    Result<ReportVersion> reportVersion(ReportId id) override;
    Result<bool> isStillAt(ReportId id, const ReportVersion& expected) override;
    Result<qint64> assign(const std::vector<ReportId>& ids, const QString& reviewer,
                          const QString& assignedBy) override;
    Result<std::optional<Assignment>> assignmentOf(ReportId id) override;
    Result<std::vector<ReviewerProgress>> progress() override;
    Result<std::unique_ptr<ArchiveWatcher>> watch() const override;

    // --- DeskTables ----------------------------------------------------------------------

    Result<void> replaceRegistry(const std::vector<RegistryRow>& rows,
                                 const QString& sourceFile) override;
    Result<std::vector<RegistryRow>> registryRows() override;
    Result<QString> registrySource() override;
    Result<void> setAgencyMatch(const QString& agencyKey, const QString& agency,
                                const QString& bodyName) override;
    Result<QHash<QString, QString>> agencyMatches() override;
    Result<void> setPublicationDate(ReportId report, const QDate& date) override;
    Result<std::vector<DeskReportRow>> deskReports(std::optional<int> year) override;
    Result<std::optional<QString>> reportText(ReportId report) override;
    Result<void> forEachNarrative(int firstYear, int lastYear,
                                  const std::function<void(NarrativeRow&&)>& visit) override;
    Result<DeskCounts> deskCounts() override;

    // --- SQLite's own ------------------------------------------------------------------------

    /// How stored texts reach the search index. Immediate (the default): a write that stores
    /// a text indexes it before it commits. Batched: texts wait in a backlog, where searches
    /// still find them (more slowly), until indexPendingTexts(); indexing hundreds of texts
    /// in one go takes a third of the time of indexing them one by one, so imports batch.
    enum class SearchIndexing { Immediate, Batched };
    void setSearchIndexing(SearchIndexing mode);
    /// Indexes up to `limit` of the texts waiting in the backlog (all of them for a negative
    /// limit), oldest first, in one transaction. Returns how many it indexed.
    Result<qint64> indexPendingTexts(qint64 limit = -1);

    /// Whether a commit that leaves the write-ahead log over 4 MB copies it into the archive
    /// file on this connection and waits for the disk (SQLite's automatic checkpoint, on by
    /// default). An import turns it off on the connection that stores and checkpoints from
    /// another thread instead (bulkWrites).
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

    /// Whether this connection checks foreign keys (on from opening). Checking them costs
    /// two index look-ups for each of the ~250 rows a report adds; an import turns it off on
    /// its storing connection (bulkWrites), whose rows all refer to the report it has just
    /// written in the same transaction. Only outside a transaction.
    Result<void> setForeignKeyChecks(bool on);

protected:
    Result<std::optional<double>> extractedValue(ReportId id, const QString& cellKey) override;
    Result<std::vector<ReportId>> reportsWithAgencyKeys(const QStringList& keys,
                                                        std::optional<int> year) override;

private:
    struct State;
    explicit SqliteArchive(std::unique_ptr<State> state);
    /// The archive read-only, for one that failed its integrity check.
    static Result<std::unique_ptr<SqliteArchive>> openDamaged(const QString& path,
                                                              const QString& problem);

    Result<void> requireReport(ReportId id);
    Result<qint64> cellKeyId(const QString& key);
    Result<void> writeContent(ReportId id, const ReportRows& rows);
    Result<void> writeCells(ReportId id, QByteArrayView table,
                            const std::vector<ReportRows::CellRow>& cells);
    Result<void> writeCandidates(ReportId id, const std::vector<ReportRows::CellRow>& cells);
    Result<void> clearContent(ReportId id);
    Result<void> writeFindings(ReportId id, const std::vector<ReportRows::FindingRow>& findings);
    Result<void> refreshOpenCounts(ReportId id);
    /// After a new extraction: the fields reviewers changed get their latest value back.
    Result<void> reapplyReportChanges(ReportId id);
    Result<void> indexTextsIfImmediate();
    Result<Correction> insertCorrection(ReportId id, const CorrectionRequest& request);

    std::unique_ptr<State> m_state;
};

} // namespace nianbao::store
