#pragma once

#include "common/error.h"
#include "export/exportoptions.h"

#include <QStringList>

#include <functional>

namespace nianbao::store {
class Archive;
}

namespace nianbao::exporting {

/// Told after each report how many of how many are done; returning false stops the export,
/// which then fails with ErrorCode::Cancelled and writes nothing.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/// What an export wrote.
struct ExportSummary {
    qint64 reports = 0;
    /// Rows of the dataset (or of the findings report), header not counted.
    qint64 rows = 0;
    /// The files written, the output file first.
    QStringList files;
};

/// Writes the reports of `archive` that `options.filter` takes, in import order, as
/// `options` says: the dataset with its codebook (beside a CSV or JSON file; a sheet of an
/// XLSX workbook, with a findings sheet too), or the findings report. Values are the current
/// ones: a reviewer's correction where there is one, the extracted value elsewhere.
///
/// The archive is read from one snapshot through a connection of the export's own, so the
/// caller may run this on a worker thread with an Archive opened there. Every file appears
/// complete or not at all.
Result<ExportSummary> exportArchive(const store::Archive& archive, const ExportOptions& options,
                                    const ExportProgress& progress = {});

} // namespace nianbao::exporting
