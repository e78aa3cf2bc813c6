#pragma once

#include "common/error.h"
#include "store/datasetreader.h"

#include <QList>
#include <QString>

#include <optional>

namespace nianbao::exporting {

enum class ExportFormat { Csv, Xlsx, Json };

/// Wide: one row per report, one column per cell key. Long: one row per cell (cli-json.md).
enum class ExportLayout { Wide, Long };

/// What an export writes: the dataset (with its codebook), or the findings report that goes
/// back to the bodies that published the reports.
enum class ExportContent { Dataset, Findings };

QString exportFormatCode(ExportFormat format); ///< "csv", "xlsx", "json" (also the file suffix)
std::optional<ExportFormat> exportFormatFromCode(QStringView code);
QString exportLayoutCode(ExportLayout layout); ///< "wide", "long"
std::optional<ExportLayout> exportLayoutFromCode(QStringView code);

/// Everything an export is asked to do.
struct ExportOptions {
    ExportFormat format = ExportFormat::Csv;
    ExportLayout layout = ExportLayout::Wide;
    ExportContent content = ExportContent::Dataset;
    store::DatasetFilter filter;
    /// Adds each value's printed text, the extractor's confidence, the extracted value and
    /// who corrected it.
    bool provenance = false;
    /// The file to write. A CSV or JSON dataset gets its codebook beside it
    /// (codebookPathFor).
    QString outputPath;
    /// The sheet a workbook of one table names ("findings" when empty).
    QString sheetName;
};

/// Years written as "2021,2022" or "2021, 2022" (full-width commas and spaces too). An empty
/// text is no year filter; anything that is not a year is an error naming it.
Result<QList<int>> parseYearList(const QString& text);

/// `path` with its suffix replaced by the format's one ("data.txt" → "data.csv"); a path
/// without a suffix gets one.
QString withFormatSuffix(const QString& path, ExportFormat format);

} // namespace nianbao::exporting
