#pragma once

#include "supervision/coverage/publicationdate.h"
#include "supervision/registry/bodymatcher.h"
#include "supervision/registry/bodyregistry.h"
#include "supervision/thresholds.h"

#include <QDate>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace nianbao::supervision {

/// How finely bodies are grouped by their administrative division code.
enum class RegionGrouping {
    Province, ///< 32xxxx → 320000
    City,     ///< 3208xx → 320800
    County,   ///< 320813 (townships' 9- and 12-digit codes to their county)
};

/// The region a division code falls in at a grouping ("" for no code).
QString regionOf(const QString& regionCode, RegionGrouping grouping);

/// What coverage needs of a report: whose it is, which year, and when it was published.
struct CoverageReport {
    QString id;
    QString agency;
    int year = 0;
    std::optional<PublicationDate> published;
};

enum class CoverageStatus {
    OnTime,      ///< published, dated on or before the deadline
    Late,        ///< published, dated after the deadline
    DateUnknown, ///< published, but no date found: a reviewer sets it
    Missing,     ///< no report of the year
};

QString coverageStatusCode(CoverageStatus status); ///< "on_time", "late", "date_unknown", "missing"

/// One expected body in a year.
struct BodyCoverage {
    int body = -1;
    CoverageStatus status = CoverageStatus::Missing;
    std::vector<int> reports; ///< its reports of the year (indexes into the reports given)
    /// The earliest date its reports give, if any does.
    std::optional<PublicationDate> published;
};

struct CoverageCounts {
    int expected = 0;
    int onTime = 0;
    int late = 0;
    int dateUnknown = 0;
    int missing = 0;
    [[nodiscard]] int published() const { return onTime + late + dateUnknown; }
    friend bool operator==(const CoverageCounts&, const CoverageCounts&) = default;
};

/// The bodies of one region and level.
struct CoverageGroup {
    QString region; ///< as regionOf groups it; "" for bodies without a code
    std::optional<BodyLevel> level;
    CoverageCounts counts;
};

/// A report of the year whose agency is no body of the registry, with the bodies it may be.
struct UnmatchedReport {
    int report = -1;
    std::vector<int> suggestions;
};

/// Who published a year's report, who is late, who is missing.
struct Coverage {
    int year = 0;
    QDate deadline;
    std::vector<BodyCoverage> bodies;  ///< in registry order
    std::vector<CoverageGroup> groups; ///< by region, then level (national first)
    CoverageCounts total;
    std::vector<UnmatchedReport> unmatched;
};

/// The coverage of `year`: each body of the registry with its reports of that year (matched
/// by `matcher`), on time when dated on or before the deadline (31 January of the next year
/// by default), late when after, of unknown date when no date was found (never guessed);
/// counted by region and level. Reports of other years are left out.
Coverage computeCoverage(const BodyRegistry& registry, const BodyMatcher& matcher,
                         std::span<const CoverageReport> reports, int year,
                         const CoverageRules& rules = {},
                         RegionGrouping grouping = RegionGrouping::County);

} // namespace nianbao::supervision
