#pragma once

#include "extract/gridfigure.h"

#include <QString>

#include <vector>

namespace nianbao {
struct Document;
class NormalizedText;
} // namespace nianbao

namespace nianbao::extract {

/// A cell of a source table, placed in the normalised text the extractor works on.
struct GridCell {
    int column = 0; ///< slot of its left edge in its source table
    int columnSpan = 1;
    int rowSpan = 1;
    qsizetype start = 0; ///< normalised text, the cell's text trimmed
    qsizetype end = 0;
    GridFigure figure;

    [[nodiscard]] bool isEmpty() const { return figure.kind == GridFigure::Kind::Empty; }
    [[nodiscard]] bool isText() const { return figure.kind == GridFigure::Kind::Text; }
    [[nodiscard]] bool isValue() const { return figure.isValue(); }
};

/// A row of a source table: the cells whose top-left slot is in it, left to right. Cells
/// reaching down from rows above (a vertical label, a merged header) are not repeated.
struct GridRow {
    int table = 0;       ///< index in Document::tables
    int row = 0;         ///< row index in that table
    int columnCount = 0; ///< of its table
    qsizetype start = 0; ///< normalised offset of its first cell: where the row sits in the text
    std::vector<GridCell> cells;

    [[nodiscard]] int valueCount() const;
    [[nodiscard]] bool hasText() const;
};

/// The row holding the figures of a label standing alone on row `labelRow`: the next row if it
/// holds figures and no words, or the row after a table's header row (数据1 …) that starts the
/// next table; rows from `limit` on belong to other labels. A row of empty cells only counts
/// when it has as many cells as the row has columns (`minWidth` to `maxWidth`, a row printed
/// blank). -1 when there is none.
int figureRowBelow(const std::vector<const GridRow*>& rows, int labelRow, int limit, int minWidth,
                   int maxWidth);

/// Every row of every source table of `document`, in reading order, with each cell's span
/// mapped into `normalized` (the normalised form of document.text) and its content read.
std::vector<GridRow> gridRows(const Document& document, const NormalizedText& normalized);

} // namespace nianbao::extract
