#pragma once

#include "pdf/pagelayout.h"

#include <QString>

#include <vector>

namespace nianbao {

/// A line of a page outside its tables, as page furniture is looked for among them.
struct PageLine {
    QString text;
    double top = 0;
    double bottom = 0;
};

/// One page's lines, top to bottom, and its height (points).
struct PageLines {
    std::vector<PageLine> lines;
    double height = 0;
};

/// Which lines are page furniture — page numbers ("- 3 -", "第3页 共5页", "3/5") and running
/// heads or feet (the same line in the same margin on other pages, page numbers aside) —
/// among the first and last lines of each page, in its top or bottom margin. One list of
/// flags per page, one flag per line.
std::vector<std::vector<bool>> findPageFurniture(const std::vector<PageLines>& pages);

/// Leaves out of each page's words (pages of `heights[i]` points) the furniture that could
/// pass for a table's row: a running head or foot of one cell, and a page number that is a
/// page's very first or last line. Done before tables are looked for, so that a running head
/// over a table that opens a page, or a page number under one that closes it, is no row of
/// it. A table's header repeated at the top of its pages is a row of cells, and stays.
void dropFurnitureWords(std::vector<std::vector<PositionedWord>>& pages,
                        const std::vector<double>& heights);

/// Whether a line reads as a page number.
bool isPageNumber(const QString& line);

} // namespace nianbao
