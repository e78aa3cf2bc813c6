#pragma once

#include "store/archive.h"
#include "store/desktables.h"
#include "store/reportrows.h"
#include "store/teamreview.h"

#include <QByteArrayView>

#include <memory>

namespace nianbao::store {

/// The archive on a PostgreSQL server, shared by a team: the same schema versions, the same
/// upgrade ladder and the same results for every query as SqliteArchive.
///
/// Opened with a libpq connection URI (postgresql://user@host:port/dbname); the tables live in
/// the first schema of the connection's search path, so one database can hold several
/// archives (`?options=-csearch_path%3Dteam_a`). Every value travels as a bound parameter.
/// Several clients write at once: the content hash is unique, so two imports of one file keep
/// one copy, and every write is one transaction.
class PgArchive final : public Archive, public TeamReview, public DeskTables {
public:
    /// Connects to the archive at `uri`, creating its tables in an empty schema and upgrading
    /// an archive written by an older version. Refuses a schema holding other tables and an
    /// archive written by a newer version, leaving them unchanged.
    static Result<std::unique_ptr<PgArchive>> open(const QString& uri);

    ~PgArchive() override;

    [[nodiscard]] QString location() const override;
    Result<std::unique_ptr<Archive>> connectAgain() const override;
    Result<int> schemaVersion() override;
    Result<Transaction> transaction() override;
    std::unique_ptr<BulkWrites> bulkWrites() override;

    Result<std::optional<ReportId>> findByHash(const QByteArray& sha256) override;
    Result<std::optional<ReportId>> findBySameText(const ReportRows& rows) override;
    /// A server's database is never opened read-only for damage: its integrity is the
    /// server's (checksums, WAL); a failing statement is reported where it fails.
    [[nodiscard]] const std::optional<QString>& damage() const override { return m_damage; }
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

protected:
    Result<std::optional<double>> extractedValue(ReportId id, const QString& cellKey) override;
    Result<std::vector<ReportId>> reportsWithAgencyKeys(const QStringList& keys,
                                                        std::optional<int> year) override;

private:
    struct State;
    explicit PgArchive(std::unique_ptr<State> state);

    Result<void> requireReport(ReportId id);
    Result<qint64> cellKeyId(const QString& key);
    Result<void> writeContent(ReportId id, const ReportRows& rows);
    Result<void> writeCells(ReportId id, QByteArrayView table,
                            const std::vector<ReportRows::CellRow>& cells);
    Result<void> writeCandidates(ReportId id, const std::vector<ReportRows::CellRow>& cells);
    Result<void> clearContent(ReportId id);
    Result<void> writeFindings(ReportId id, const std::vector<ReportRows::FindingRow>& findings);
    Result<void> refreshOpenCounts(ReportId id);
    Result<void> reapplyReportChanges(ReportId id);
    Result<Correction> insertCorrection(ReportId id, const CorrectionRequest& request);

    std::unique_ptr<State> m_state;
    std::optional<QString> m_damage;
};

} // namespace nianbao::store
