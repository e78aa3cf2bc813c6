#pragma once

#include "synthpdf/pdfstyle.h"

#include <QRandomGenerator>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao::synth {

struct ReportPlan;

/// A paragraph as a word processor sets it.
struct TextBlock {
    QString text;
    double size = 12; ///< points
    bool bold = false;
    bool centred = false;
    double indentEms = 2; ///< first-line indent
    double spaceBefore = 0;
};

/// A cell of a table as its author draws it.
struct TableCellModel {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
    bool header = false; ///< centred, part of the header
    bool figure = false; ///< aligned as the report aligns its figures
    bool shaded = false;
};

/// A table: its column widths (relative; the table takes the text width), its rows, and how
/// many of its top rows are the header a continued table repeats.
struct TableModel {
    std::vector<double> widths;
    int rowCount = 0;
    int headerRows = 0;
    std::vector<TableCellModel> cells;
};

/// A paragraph or a table.
struct ModelBlock {
    std::optional<TextBlock> text;
    std::optional<TableModel> table;
};

/// The report as its author sets it: title, narrative, part headings and the three tables
/// laid out as the official forms draw them (三、本年度办理结果 down a narrow column, each
/// group's label down the side of its rows, table 4's three header rows), in `style`.
std::vector<ModelBlock> reportBlocks(const ReportPlan& plan, const PdfStyle& style,
                                     QRandomGenerator& random);

} // namespace nianbao::synth
