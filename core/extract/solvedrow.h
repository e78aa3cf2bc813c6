#pragma once

#include "extract/rowsolver.h"
#include "templates/reporttemplate.h"

#include <QStringList>

#include <vector>

namespace nianbao::extract {

/// A row of a labelled table once solved, before its cells are emitted.
struct SolvedRow {
    const RowDef* row = nullptr;
    QStringList keys; ///< its official cell keys, in column order
    RowProblem problem;
    RowSolution solution;
    std::vector<int> cellOf; ///< official column index → index in solution.cells
    int subtotalAt = -1;     ///< index in solution.cells of a subtotal column, or -1
    double cap = 1.0;        ///< highest confidence its cells may have (position, fuzzy label)
    bool narrowed = false;   ///< the table's column sums chose among its readings

    /// The value and whether it is certain, for official column `column`.
    [[nodiscard]] const SlotValue& cell(int column) const { return solution.cells[cellOf[column]]; }
};

/// Narrows the readings of ambiguous rows with the table's column sums ("for_each": "column"
/// sum rules: 总计 = the outcomes, 第一项+第二项 = 第三项+第四项): where every other figure of a
/// column sum is certain, only readings giving the ambiguous cell the value the sum requires
/// are kept. Repeats while that settles more cells.
void narrowByColumnSums(std::vector<SolvedRow>& rows, const ReportTemplate& format,
                        const TableDef& table, const BlockDef& block);

} // namespace nianbao::extract
