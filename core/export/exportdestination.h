#pragma once

#include "common/error.h"
#include "export/exportoptions.h"
#include "export/exporttable.h"

#include <QStringList>

#include <memory>

namespace nianbao {

/// Where an export's tables go: files (CSV, JSON) or sheets of a workbook (XLSX). Nothing
/// appears at the destination until commit(); a destination dropped without it leaves every
/// file as it was, so a failed or cancelled export never leaves half a file.
class ExportDestination {
public:
    /// Opens the output file(s) for writing. Fails here, before anything is written or any
    /// report read, when an output may not be written (checkOutputPath): a folder that does
    /// not exist or cannot be written, a device, a folder, or one of `protectedFiles` (the
    /// archive being exported and its companions) through any link.
    static Result<std::unique_ptr<ExportDestination>> open(const ExportOptions& options,
                                                           const QStringList& protectedFiles = {});

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

} // namespace nianbao
