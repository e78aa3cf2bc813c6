#pragma once

#include "common/error.h"
#include "export/exportoptions.h"
#include "supervision/coverage/coverage.h"

#include <QStringList>

#include <optional>
#include <span>

namespace nianbao::supervision {

/// The sheet format a file name asks for: .xlsx or .csv, nothing for any other.
std::optional<exporting::ExportFormat> coverageSheetFormat(const QString& path);

/// Writes a year's coverage as a sheet, one row per body of the registry (body, region_code,
/// level, status, published, date_source, reports), then one per unmatched report (status
/// "unmatched"). Column names and codes are stable data, as in the dataset. Written
/// atomically: nothing appears at `path` unless all of it is written. `protectedFiles` (the
/// archive and its companions) are refused as outputs.
Result<void> writeCoverageSheet(const Coverage& coverage, const BodyRegistry& registry,
                                std::span<const CoverageReport> reports, const QString& path,
                                exporting::ExportFormat format,
                                const QStringList& protectedFiles = {});

} // namespace nianbao::supervision
