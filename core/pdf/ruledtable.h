#pragma once

#include "pdf/rules.h"

#include <QRectF>

#include <vector>

namespace nianbao {

/// A cell of a table on a page: its slot in the table's grid, the slots it covers, and its
/// area in points.
struct GridCell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QRectF box;
};

/// A table on a page as its rules draw it: the x of every column boundary, the y of every
/// row boundary, and the cells the rules enclose (merged cells where a boundary is not
/// drawn). Cells row by row, left to right.
struct RuledTable {
    std::vector<double> columns;
    std::vector<double> rows;
    std::vector<GridCell> cells;
    /// For every slot, row by row, the index in `cells` of the cell covering it.
    std::vector<int> owner;

    [[nodiscard]] int rowCount() const { return static_cast<int>(rows.size()) - 1; }
    [[nodiscard]] int columnCount() const { return static_cast<int>(columns.size()) - 1; }
    [[nodiscard]] QRectF frame() const;
    /// The index in `cells` of the cell covering a point, or -1 outside the table.
    [[nodiscard]] int cellAt(QPointF point) const;
};

/// The tables that the rules of a page draw: each group of rules that meet one another and
/// holds at least two horizontal and two vertical rules. A side drawn without a border is
/// closed at the ends of the rules that reach it. Tables top to bottom. `tolerance` (points)
/// is how far apart rules may be and still meet, or still be one grid line.
std::vector<RuledTable> findRuledTables(const PageRules& rules, double tolerance);

} // namespace nianbao
