#pragma once

#include "common/error.h"
#include "export/exportoptions.h"
#include "export/exporttable.h"

#include <QStringList>

#include <memory>

namespace nianbao::exporting {

/// Where an export's tables go: files (CSV, JSON) or sheets of a workbook (XLSX). Nothing
/// appears at the destination until commit(); a destination dropped without it leaves every
/// file as it was, so a failed or cancelled export never leaves half a file.
class ExportDestination {
public:
    /// Opens the output file(s) for writing: a folder that does not exist or cannot be
    /// written fails here, before any report is read.
    static Result<std::unique_ptr<ExportDestination>> open(const ExportOptions& options);

    ExportDestination() = default;
    ExportDestination(const ExportDestination&) = delete;
    ExportDestination& operator=(const ExportDestination&) = delete;
    virtual ~ExportDestination() = default;

    /// The dataset, or the findings report when that is what is exported.
    virtual TableWriter& main() = 0;
    /// The codebook of a dataset; null for a findings report.
    virtual TableWriter* codebook() = 0;
    /// The findings beside a dataset (a workbook's findings sheet); null otherwise.
    virtual TableWriter* findings() = 0;
    /// Makes every file appear complete.
    virtual Result<void> commit() = 0;
    /// The files commit() writes.
    [[nodiscard]] virtual QStringList files() const = 0;
};

} // namespace nianbao::exporting
