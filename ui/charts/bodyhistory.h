#pragma once

#include "archive/reviewtypes.h"
#include "charts/chartdata.h"
#include "common/error.h"

#include <vector>

namespace nianbao {
class Archive;
struct Report;
} // namespace nianbao

namespace nianbao::ui {

/// The key figures of every year the archive holds for one body (agency names compared
/// normalised; of several reports for one year, the one imported last, as Archive::findReport
/// has it), oldest first.
/// `current` stands in for report `currentId` and its year, so the chart shows the open
/// report's values as the reviewer has them.
/// Each year's figures are the series of `chart` (the open report's format's years chart).
Result<std::vector<YearFigures>> loadBodyHistory(Archive& archive, const QString& agency,
                                                 ReportId currentId, const Report& current,
                                                 const YearsChartDef& chart);

} // namespace nianbao::ui
