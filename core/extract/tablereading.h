#pragma once

#include "extract/solvedrow.h"
#include "model/cell.h"
#include "model/finding.h"
#include "templates/reporttemplate.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::extract {

struct TableLabels;

/// A cell as a table reader found it; offsets are in the normalised text until the extractor
/// maps them back to the document.
struct CellDraft {
    QString key;
    std::optional<double> value;
    QString raw;
    qsizetype start = -1;
    qsizetype end = -1;
    double confidence = 0;
    /// Ranked readings where the evidence narrowed the cell down without settling it.
    std::vector<CellCandidate> candidates;
};

struct LabelDraft {
    QString key;
    QString alias;
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0;
};

/// What reading one table produced.
struct TableReading {
    bool found = false;
    /// The table's rows as read, in template order: their cells are written (into `cells`)
    /// once the evidence of the whole report has settled what it can.
    std::vector<SolvedRow> rows;
    /// The rows read in print order instead of by their labels (see readInRowOrder), when that
    /// reading differs from theirs; the extractor adopts it only where every identity of the
    /// table holds with it.
    std::vector<SolvedRow> rowOrder;
    /// Its labels are printed apart from their figures (figures of several rows after one
    /// label, rows placed by position): where the row-order reading is not adopted, no row's
    /// figures can be trusted to be its own.
    bool labelsDisplaced = false;
    /// The cells of the form the report prints, in template order.
    std::vector<CellDraft> cells;
    /// Non-official figures (subtotal rows and columns), keyed like cells.
    std::vector<CellDraft> extras;
    std::vector<LabelDraft> labels;
    std::vector<Finding> findings;
};

/// Where a table's text lies in the normalised text.
struct TextRegion {
    qsizetype start = 0;
    qsizetype end = 0;
};

/// Reads a table laid out in labelled rows (tables 2 and 3).
TableReading readLabelledTable(const QString& text, const ReportTemplate& format,
                               const TableDef& table, const TableLabels& labels, TextRegion region);

/// Reads a table printed as one line of figures after its header words (table 4).
TableReading readFlattenedTable(const QString& text, const ReportTemplate& format,
                                const TableDef& table, TextRegion region);

/// The row sums ("for_each": "row" sum rules) of a table as column indices of `block`.
struct ColumnSum {
    int lhs = -1;
    std::vector<int> rhs;
};
std::vector<ColumnSum> rowSums(const ReportTemplate& format, const TableDef& table,
                               const BlockDef& block);

} // namespace nianbao::extract
