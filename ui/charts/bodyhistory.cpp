#include "charts/bodyhistory.h"

#include "archive/agencyname.h"
#include "archive/archive.h"
#include "common/reportyears.h"

#include <QDate>

namespace nianbao::ui {

Result<std::vector<YearFigures>> loadBodyHistory(Archive& archive, const QString& agency,
                                                 ReportId currentId, const Report& current,
                                                 const YearsChartDef& chart)
{
    std::vector<YearFigures> years;
    if (normalizedAgencyName(agency).isEmpty()) {
        return years;
    }
    // One indexed look-up per year rather than a scan of the list: as quick with 100,000
    // reports as with ten.
    const int lastYear = QDate::currentDate().year() + 1;
    for (int year = kFirstReportYear; year <= lastYear; ++year) {
        const Result<std::optional<ReportId>> id = archive.findReport(agency, year);
        if (!id) {
            return std::unexpected(id.error());
        }
        if (!*id) {
            continue;
        }
        // The open report stands for its year, even beside a later copy of that year.
        if (**id == currentId || current.meta.year == year) {
            years.push_back(YearFigures::of(year, current, chart));
            continue;
        }
        const Result<StoredReport> stored = archive.loadReport(**id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        years.push_back(YearFigures::of(year, stored->current(), chart));
    }
    return years;
}

} // namespace nianbao::ui
