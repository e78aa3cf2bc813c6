#pragma once

#include "extract/gridrows.h"

#include <vector>

namespace nianbao::extract {

/// a[lhs] = sum of a[rhs] over positions of a fitted row (a total and its parts).
struct PositionSum {
    int lhs = -1;
    std::vector<int> rhs;
};

/// The cells of a row set on the columns the format gives it, by position.
struct FittedRow {
    /// One entry per column: the cell printed there, or null where the row prints no cell
    /// for it (a row shorter than the format).
    std::vector<const GridCell*> cells;
    /// Per column: which cell belongs here depends on a choice the grid does not settle.
    std::vector<bool> uncertain;
    /// How many cells the row offered, and whether they did not fit one to one.
    int offered = 0;
    bool shorter = false; ///< fewer cells than columns
    bool longer = false;  ///< more cells than columns, and not only empty ones at the ends
};

/// Sets `offered` (the cells after a row's label, left to right) on `width` columns. The
/// format fixes the columns, so a row printing as many cells as columns is read one to one,
/// whatever its header says. Extra cells are dropped only where they are empty and at the
/// ends (merged cells that a converter split); where several ways of dropping them give
/// different values, the cells concerned are uncertain. A short or overlong row is set by
/// `referenceColumns` (the slots of the columns in a complete row of the same table) when its
/// cells sit on those slots; otherwise every placement consistent with `sums` is tried and
/// only the cells all placements agree on are certain.
FittedRow fitRow(const std::vector<const GridCell*>& offered, int width,
                 const std::vector<int>* referenceColumns, const std::vector<PositionSum>& sums);

/// The slot of each column in a row read one to one: what other rows of its table are set
/// by.
std::vector<int> columnSlots(const FittedRow& row);

} // namespace nianbao::extract
