#pragma once

#include "extract/gridrows.h"
#include "extract/labelchain.h"

#include <QString>

#include <vector>

namespace nianbao::extract {

/// Where a label of the template was found among the word cells of a table's rows.
struct GridLabel {
    int element = -1;   ///< index in the elements searched
    int alias = -1;     ///< index of the alias that matched
    int distance = 0;   ///< edit distance (0: exact)
    int firstRow = -1;  ///< row (index in the rows searched) and cell where the label starts
    int firstCell = -1; ///< index in that row's cells
    int lastRow = -1;   ///< where it ends: a label may wrap onto the next row's cell
    int lastCell = -1;
    qsizetype start = 0; ///< normalised text, numbering included
    qsizetype end = 0;
};

/// Finds `elements` (the rows and block headers of one table, in template order) among the
/// word cells of `rows` with the text path's own label chain: the same aliases, numbering,
/// ordering and approximate matching, but over the word cells only, so that figures, notes
/// in value cells and headings outside the tables never get in the way. Returns the labels
/// found, in template order.
std::vector<GridLabel> findGridLabels(const QString& text, const std::vector<const GridRow*>& rows,
                                      const std::vector<LabelElement>& elements);

} // namespace nianbao::extract
