#include "charts/bodyhistory.h"

#include "archive/agencyname.h"
#include "archive/archive.h"

#include <map>

namespace nianbao::ui {

Result<std::vector<YearFigures>> loadBodyHistory(Archive& archive, const QString& agency,
                                                 ReportId currentId, const Report& current)
{
    const QString body = normalizedAgencyName(agency);
    if (body.isEmpty()) {
        return std::vector<YearFigures>();
    }
    ReportQuery query;
    query.filter.agency = agency;
    query.sort = ReportSort::Imported;
    const Result<std::vector<ReportRow>> rows = archive.listReports(query);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    // Imported order: a later report of the same year replaces an earlier one.
    std::map<int, ReportId> byYear;
    for (const ReportRow& row : *rows) {
        if (row.year && normalizedAgencyName(row.agency) == body) {
            byYear[*row.year] = row.id;
        }
    }
    std::vector<YearFigures> years;
    for (const auto& [year, id] : byYear) {
        if (id == currentId) {
            years.push_back(YearFigures::of(year, current));
            continue;
        }
        const Result<StoredReport> stored = archive.loadReport(id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        years.push_back(YearFigures::of(year, stored->current()));
    }
    return years;
}

} // namespace nianbao::ui
