#pragma once

#include "extract/valuetoken.h"
#include "model/cell.h"
#include "templates/reporttemplate.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::extract {

/// slot[lhs] = sum of slot[rhs]: a row's own arithmetic (a total and its parts).
struct SlotSum {
    int lhs = -1;
    std::vector<int> rhs;
};

/// One row to read: its figures in print order and the cells they belong to.
struct RowProblem {
    std::vector<ValueToken> tokens; ///< Number, ZeroMark and Blank tokens only
    std::vector<ValueType> cellTypes;
    std::vector<SlotSum> sums;
    /// The table's figures run straight into their labels (web text): a digit run may hold
    /// several cells.
    bool gluedText = false;
};

/// How the row was read.
enum class RowReading {
    Direct, ///< as many figures (and visible blanks) as cells
    Empty,  ///< nothing printed: every cell blank
    Split,  ///< glued digits split into cells
    Gaps,   ///< fewer figures than cells
    Extra,  ///< more figures than cells
};

struct SlotValue {
    std::optional<double> value;
    QString raw;
    qsizetype start = -1; ///< normalised text; -1 when there is no single source
    qsizetype end = -1;
    double confidence = 1.0;
    bool blank = false; ///< visibly blank in the report
    int token = -1;     ///< the token it came from, if exactly one
};

/// What one cell holds in one reading of a row.
struct ReadingPiece {
    int token = -1;     ///< -1: no figure printed for this cell in this reading
    qsizetype from = 0; ///< digit offsets inside the token, for split glued digits
    qsizetype to = 0;
    double value = 0;
    bool explicitSign = false; ///< printed with "+" or "-": only a signed column takes it
};
using Reading = std::vector<ReadingPiece>;

struct RowSolution {
    std::vector<SlotValue> cells;
    /// The readings consistent with the row's sums, and for each the values its gaps must have
    /// by those sums; kept so that the table's column sums can narrow them later.
    std::vector<Reading> kept;
    std::vector<std::vector<std::optional<double>>> inferred;
    double placedConfidence = 1.0;
    bool exhausted = false;
    RowReading reading = RowReading::Direct;
    /// Readings consistent with the row's sums (1 when the row was read without doubt).
    int readings = 1;
    /// A few of those readings, "12/0/0/0/0/0/12", for messages.
    QStringList examples;
    /// Glued digits that admit only one split at all ("000" → 0/0/0): nothing to report.
    bool trivial = false;
    /// Whether every slot is certain enough not to need a reviewer.
    [[nodiscard]] bool certain() const;
};

/// Confidence below which a cell is shown to the reviewer as uncertain (model/cell.h).
using nianbao::kLowConfidence;

/// The value each kept reading gives cell `index` (a figure, or what the sums imply for a gap).
std::vector<std::optional<double>> readingValues(const RowSolution& solution, std::size_t index);

/// Keeps only the readings at `indices` (ascending, none out of range, at least one) and works
/// the cells out again: those all of them place alike get `confidence`.
void keepReadings(RowSolution& solution, const RowProblem& problem, const std::vector<int>& indices,
                  double confidence);

/// Reads a row. Where the figures do not fit the cells one to one, every reading is
/// enumerated (digit splits for glued text, missing cells, extra figures), the readings the
/// row's own sums rule out are dropped, and a cell gets a value only where all remaining
/// readings agree — with a confidence saying how it was found. Never guesses silently.
RowSolution solveRow(const RowProblem& problem);

} // namespace nianbao::extract
