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
/// normalised; of several reports for one year, the one imported last), oldest first.
/// `current` stands in for report `currentId`, so the reviewer's unsaved view of the open
/// report is what the chart shows for its year.
Result<std::vector<YearFigures>> loadBodyHistory(Archive& archive, const QString& agency,
                                                 ReportId currentId, const Report& current);

} // namespace nianbao::ui
