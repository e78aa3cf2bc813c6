#include "pdf/pagetables.h"

#include <algorithm>

namespace nianbao {

PdfTable tableOfGrid(int page, const RuledTable& grid,
                     std::vector<std::vector<PositionedWord>> cellWords)
{
    PdfTable table;
    table.columns = grid.columns;
    table.rowCount = grid.rowCount();
    table.firstPage = page;
    table.lastPage = page;
    table.top = grid.rows.front();
    table.bottom = grid.rows.back();
    for (size_t index = 0; index < grid.cells.size(); ++index) {
        const GridCell& slot = grid.cells[index];
        PdfTableCell cell{slot.row, slot.column, slot.rowSpan, slot.columnSpan, {}, 1.0, {}};
        if (index < cellWords.size() && !cellWords[index].empty()) {
            CellPiece piece = cellPiece(page, std::move(cellWords[index]));
            if (!piece.text.isEmpty()) {
                cell.pieces.push_back(std::move(piece));
            }
        }
        table.cells.push_back(std::move(cell));
    }
    table.sortCells();
    return table;
}

PageTables placeWordsInTables(int page, std::vector<PositionedWord> words,
                              const std::vector<RuledTable>& grids)
{
    PageTables result;
    std::vector<std::vector<std::vector<PositionedWord>>> placed(grids.size());
    for (size_t grid = 0; grid < grids.size(); ++grid) {
        placed[grid].resize(grids[grid].cells.size());
    }
    std::vector<PositionedWord> loose;
    for (PositionedWord& word : words) {
        bool inTable = false;
        for (size_t grid = 0; grid < grids.size() && !inTable; ++grid) {
            const int cell = grids[grid].cellAt(word.box.center());
            if (cell >= 0) {
                placed[grid][static_cast<size_t>(cell)].push_back(std::move(word));
                inTable = true;
            }
        }
        if (!inTable) {
            loose.push_back(std::move(word));
        }
    }
    for (size_t grid = 0; grid < grids.size(); ++grid) {
        const auto filled =
            std::count_if(placed[grid].begin(), placed[grid].end(),
                          [](const std::vector<PositionedWord>& cell) { return !cell.empty(); });
        if (grids[grid].columnCount() < 2 || filled < 2) {
            for (std::vector<PositionedWord>& cell : placed[grid]) {
                std::move(cell.begin(), cell.end(), std::back_inserter(loose));
            }
            continue;
        }
        result.tables.push_back(tableOfGrid(page, grids[grid], std::move(placed[grid])));
    }
    result.looseWords = std::move(loose);
    return result;
}

} // namespace nianbao
