#include "supervision/coverage/coverage.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace nianbao::supervision {

QString regionOf(const QString& regionCode, RegionGrouping grouping)
{
    if (regionCode.size() < 6) {
        return {};
    }
    const QString county = regionCode.left(6);
    switch (grouping) {
    case RegionGrouping::Province:
        return county.left(2) + QStringLiteral("0000");
    case RegionGrouping::City:
        return county.left(4) + QStringLiteral("00");
    case RegionGrouping::County:
        return county;
    }
    return county;
}

QString coverageStatusCode(CoverageStatus status)
{
    switch (status) {
    case CoverageStatus::OnTime:
        return QStringLiteral("on_time");
    case CoverageStatus::Late:
        return QStringLiteral("late");
    case CoverageStatus::DateUnknown:
        return QStringLiteral("date_unknown");
    case CoverageStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

namespace {

void count(CoverageCounts& counts, CoverageStatus status)
{
    ++counts.expected;
    switch (status) {
    case CoverageStatus::OnTime:
        ++counts.onTime;
        break;
    case CoverageStatus::Late:
        ++counts.late;
        break;
    case CoverageStatus::DateUnknown:
        ++counts.dateUnknown;
        break;
    case CoverageStatus::Missing:
        ++counts.missing;
        break;
    }
}

} // namespace

Coverage computeCoverage(const BodyRegistry& registry, const BodyMatcher& matcher,
                         std::span<const CoverageReport> reports, int year,
                         const CoverageRules& rules, RegionGrouping grouping)
{
    Coverage coverage;
    coverage.year = year;
    coverage.deadline = QDate(year + 1, rules.deadlineMonth, rules.deadlineDay);
    coverage.bodies.resize(std::size_t(registry.size()));
    for (int body = 0; body < registry.size(); ++body) {
        coverage.bodies[std::size_t(body)].body = body;
    }
    for (std::size_t r = 0; r < reports.size(); ++r) {
        const CoverageReport& report = reports[r];
        if (report.year != year) {
            continue;
        }
        const BodyMatch match = matcher.match(report.agency);
        if (match.body < 0) {
            coverage.unmatched.push_back({int(r), match.suggestions});
            continue;
        }
        BodyCoverage& body = coverage.bodies[std::size_t(match.body)];
        body.reports.push_back(int(r));
        if (report.published &&
            (!body.published || report.published->date < body.published->date)) {
            body.published = report.published;
        }
    }

    // Groups keyed so that they sort by region, then level (national first, no level last).
    std::map<std::tuple<QString, int>, CoverageGroup> groups;
    for (BodyCoverage& body : coverage.bodies) {
        if (body.reports.empty()) {
            body.status = CoverageStatus::Missing;
        } else if (!body.published) {
            body.status = CoverageStatus::DateUnknown;
        } else {
            body.status = body.published->date <= coverage.deadline ? CoverageStatus::OnTime
                                                                    : CoverageStatus::Late;
        }
        const Body& entry = registry.bodies()[std::size_t(body.body)];
        const QString region = regionOf(entry.regionCode, grouping);
        const int level = entry.level ? int(*entry.level) : 99;
        CoverageGroup& group = groups[{region, level}];
        group.region = region;
        group.level = entry.level;
        count(group.counts, body.status);
        count(coverage.total, body.status);
    }
    for (auto& [key, group] : groups) {
        coverage.groups.push_back(std::move(group));
    }
    return coverage;
}

} // namespace nianbao::supervision
