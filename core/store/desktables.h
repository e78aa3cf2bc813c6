#pragma once

#include "common/error.h"
#include "model/report.h"
#include "model/review.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace nianbao::store {

class Archive;

/// One body of the registry as stored (the supervisor's desk reads it back through the
/// registry's own reader, so the store keeps the columns as text).
struct RegistryRow {
    QString name;
    QString aliases; ///< separated by '|'
    QString regionCode;
    QString level; ///< bodyLevelCode, or "" when the registry gives none
    QString parentName;
    qint64 sourceRow = 0;
};

/// A stored report as the desk lists it, with the publication date a reviewer set (invalid
/// when none).
struct DeskReportRow {
    ReportId id = 0;
    QString agency;
    std::optional<int> year;
    QString fileName;
    QDate reviewerDate;
};

/// One narrative part of a stored report, with what places the report in a body and a year.
struct NarrativeRow {
    ReportId report = 0;
    QString agency;
    QString agencyKey; ///< normalised agency name
    int year = 0;
    NarrativePart part;
};

/// The archive in figures, for the batch dashboard.
struct DeskCounts {
    std::vector<std::pair<int, int>> reportsByYear;             ///< year (0: none) → reports
    std::vector<std::pair<QString, int>> reportsByRegion;       ///< region ("" none) → reports
    std::vector<std::pair<QString, int>> openErrorsByRule;      ///< most first
    std::vector<std::pair<QString, int>> reportsByReviewStatus; ///< status code → reports
};

/// What the supervisor's desk keeps in the archive (schema version 7: the registry of bodies
/// expected to report, agency names matched to a body by hand, publication dates set by
/// reviewers) and what it reads of the stored reports. Every archive back end implements it
/// beside Archive, with the same results (deskTables() finds it), so the desk works on a
/// SQLite file and on a team's PostgreSQL server alike. Every write is one transaction.
class DeskTables {
public:
    DeskTables() = default;
    DeskTables(const DeskTables&) = delete;
    DeskTables& operator=(const DeskTables&) = delete;
    virtual ~DeskTables() = default;

    /// Replaces the registry, in one transaction: the old one stays whole if anything fails.
    virtual Result<void> replaceRegistry(const std::vector<RegistryRow>& rows,
                                         const QString& sourceFile) = 0;
    /// The registry's rows in their order (empty when none was imported).
    virtual Result<std::vector<RegistryRow>> registryRows() = 0;
    /// The file the registry was imported from ("" when none was).
    virtual Result<QString> registrySource() = 0;

    /// Records that reports printed with `agency` (normalised: `agencyKey`) are the body named
    /// `bodyName`; an empty `bodyName` forgets the match.
    virtual Result<void> setAgencyMatch(const QString& agencyKey, const QString& agency,
                                        const QString& bodyName) = 0;
    /// Agency as printed → body name.
    virtual Result<QHash<QString, QString>> agencyMatches() = 0;

    /// Sets a report's publication date as a reviewer read it; an invalid date clears it.
    /// Refused for a report the archive does not hold.
    virtual Result<void> setPublicationDate(ReportId report, const QDate& date) = 0;

    /// Every stored report, in import order; of one year when given.
    virtual Result<std::vector<DeskReportRow>> deskReports(std::optional<int> year) = 0;
    /// A stored report's decoded text (nullopt when it has none).
    virtual Result<std::optional<QString>> reportText(ReportId report) = 0;
    /// Every narrative part of the reports of the years in [firstYear, lastYear], by report
    /// in import order, each report's parts in order, handed to `row` one at a time.
    virtual Result<void> forEachNarrative(int firstYear, int lastYear,
                                          const std::function<void(NarrativeRow&&)>& row) = 0;
    /// Reports by year, region and review status, and the open errors by rule.
    virtual Result<DeskCounts> deskCounts() = 0;
};

/// The desk's tables of `archive` (every back end has them).
DeskTables& deskTables(Archive& archive);

} // namespace nianbao::store
