#pragma once

#include "pdf/pdftable.h"
#include "pdf/ruledtable.h"

#include <vector>

namespace nianbao {

/// A page split into its ruled tables and the words around them.
struct PageTables {
    std::vector<PdfTable> tables; ///< top to bottom
    std::vector<PositionedWord> looseWords;
};

/// Puts each word of a page in the cell of a ruled table its centre falls in. A grid with a
/// single column, or with text in fewer than two cells, is a frame around text rather than a
/// table: its words stay loose.
PageTables placeWordsInTables(int page, std::vector<PositionedWord> words,
                              const std::vector<RuledTable>& grids);

/// A ruled grid as a table of a page, each cell holding `cellWords` (one list per grid cell).
PdfTable tableOfGrid(int page, const RuledTable& grid,
                     std::vector<std::vector<PositionedWord>> cellWords);

} // namespace nianbao
