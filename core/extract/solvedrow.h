#pragma once

#include "common/localizedtext.h"
#include "extract/evidencesolver.h"
#include "extract/rowsolver.h"
#include "templates/reporttemplate.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::extract {

/// A row of a table once its own figures are solved, kept until the evidence of the whole
/// report has settled what it can; then its cells and findings are written.
struct SolvedRow {
    /// The row's label (findings name it): the row's, or the table's title for a table
    /// printed as one line of figures.
    LocalizedText label;
    QStringList keys; ///< its official cell keys, in column order
    /// Per key, the column it belongs to (unit and decimals of money columns).
    std::vector<const ColumnDef*> columns;
    RowProblem problem;
    RowSolution solution;
    std::vector<int> cellOf; ///< official column index → index in solution.cells; empty when
                             ///< the row was not found
    int subtotalAt = -1;     ///< index in solution.cells of a subtotal column, or -1
    QString subtotalKey;     ///< the extra's key for that column
    double cap = 1.0;        ///< highest confidence its cells may have (position, fuzzy label)
    /// Its figures are interleaved with header words: their order is uncertain.
    bool interleaved = false;
    /// Its label was not found: it took the figures printed where it belongs.
    bool byPosition = false;
    /// Its label was followed by the figures of several rows (whether or not they were
    /// handed on to the rows after it).
    bool stacked = false;

    /// Per kept reading, how well it fits the evidence (sums to 1); empty when the row was
    /// read without doubt.
    std::vector<double> weights;
    /// The weakest evidence that narrowed its readings beyond its own sums, if any did.
    std::optional<EvidenceSource> narrowedBy;
    bool searchCapped = false; ///< the evidence search hit its bound
    bool contradicted = false; ///< no readings fit the identities it takes part in

    [[nodiscard]] bool found() const { return !cellOf.empty(); }
    /// The value and whether it is certain, for official column `column`.
    [[nodiscard]] const SlotValue& cell(int column) const { return solution.cells[cellOf[column]]; }
    /// Whether more than one reading of its figures remains.
    [[nodiscard]] bool ambiguous() const
    {
        return found() && !solution.exhausted && solution.kept.size() > 1;
    }
};

} // namespace nianbao::extract
