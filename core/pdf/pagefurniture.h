#pragma once

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

/// Whether a line reads as a page number.
bool isPageNumber(const QString& line);

} // namespace nianbao
