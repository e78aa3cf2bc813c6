#include "extract/gridrows.h"

#include "model/document.h"
#include "text/normalizer.h"

#include <algorithm>

namespace nianbao::extract {

namespace {

/// The first normalised index whose source starts at or after a UTF-16 offset of the original.
qsizetype normalizedIndex(const NormalizedText& normalized, qsizetype utf16)
{
    qsizetype low = 0;
    qsizetype high = normalized.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (normalized.sourceStart(middle) < utf16) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

} // namespace

int GridRow::valueCount() const
{
    return static_cast<int>(
        std::count_if(cells.begin(), cells.end(), [](const GridCell& c) { return c.isValue(); }));
}

bool GridRow::hasText() const
{
    return std::any_of(cells.begin(), cells.end(), [](const GridCell& c) { return c.isText(); });
}

int figureRowBelow(const std::vector<const GridRow*>& rows, int labelRow, int limit, int minWidth,
                   int maxWidth)
{
    const auto rowAt = [&](int r) -> const GridRow* {
        return r < limit && r < static_cast<int>(rows.size()) ? rows[static_cast<std::size_t>(r)]
                                                              : nullptr;
    };
    int next = labelRow + 1;
    if (const GridRow* header = rowAt(next); header && header->row == 0 &&
                                             header->valueCount() == 0 && rowAt(next + 1) &&
                                             rowAt(next + 1)->table == header->table) {
        ++next; // a table's header row between the label and its figures
    }
    const GridRow* row = rowAt(next);
    if (!row || row->hasText()) {
        return -1;
    }
    const int cells = static_cast<int>(row->cells.size());
    const bool blankRow = cells >= minWidth && cells <= maxWidth;
    return row->valueCount() > 0 || blankRow ? next : -1;
}

std::vector<GridRow> gridRows(const Document& document, const NormalizedText& normalized)
{
    std::vector<GridRow> rows;
    const QString& text = normalized.text();
    for (int t = 0; t < static_cast<int>(document.tables.size()); ++t) {
        const SourceTable& table = document.tables[static_cast<std::size_t>(t)];
        // Sized by the cells, not by rowCount: a producer's count cannot make a huge table.
        int rowCount = 0;
        for (const SourceCell& source : table.cells) {
            rowCount = std::max(rowCount, source.row + 1);
        }
        std::vector<GridRow> tableRows(static_cast<std::size_t>(rowCount));
        for (const SourceCell& source : table.cells) {
            if (source.row < 0 || source.span.end < source.span.start) {
                continue; // a producer's error: a cell outside its table
            }
            GridCell cell;
            cell.column = source.column;
            cell.columnSpan = std::max(1, source.columnSpan);
            cell.rowSpan = std::max(1, source.rowSpan);
            qsizetype start = normalizedIndex(normalized, document.utf16At(source.span.start));
            qsizetype end = normalizedIndex(normalized, document.utf16At(source.span.end));
            end = std::max(start, end);
            while (start < end && text.at(start).isSpace()) {
                ++start;
            }
            while (end > start && text.at(end - 1).isSpace()) {
                --end;
            }
            cell.start = start;
            cell.end = end;
            cell.figure = readGridFigure(QStringView(text).mid(start, end - start));
            tableRows[static_cast<std::size_t>(source.row)].cells.push_back(cell);
        }
        for (int r = 0; r < static_cast<int>(tableRows.size()); ++r) {
            GridRow& row = tableRows[static_cast<std::size_t>(r)];
            if (row.cells.empty()) {
                continue;
            }
            std::sort(row.cells.begin(), row.cells.end(),
                      [](const GridCell& a, const GridCell& b) { return a.column < b.column; });
            row.table = t;
            row.row = r;
            row.columnCount = table.columnCount;
            row.start = std::min_element(
                            row.cells.begin(), row.cells.end(),
                            [](const GridCell& a, const GridCell& b) { return a.start < b.start; })
                            ->start;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

} // namespace nianbao::extract
