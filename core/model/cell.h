#pragma once

#include "model/cellkey.h"
#include "model/span.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

/// Below this confidence a cell's value is uncertain: the extractor names the cell in an
/// "extract.*" finding, a hard rule it breaks may be a misreading (a warning, not an error),
/// and the reviewer is led to it until someone vouches for it. The one definition.
inline constexpr double kLowConfidence = 0.8;

/// Whether a confidence is below kLowConfidence.
[[nodiscard]] constexpr bool isLowConfidence(double confidence)
{
    return confidence < kLowConfidence;
}

/// A reading the extractor kept for a cell it could not settle, with how well it fits the
/// evidence (the report's own sums, its narrative, the previous year): higher is better.
struct CellCandidate {
    double value = 0;
    double score = 0;

    friend bool operator==(const CellCandidate&, const CellCandidate&) = default;
};

/// One cell of an official table as extracted from a report, tied to where it came from.
struct Cell {
    /// Stable key `table.row.column` of tables.md, e.g. "t3.new.natural".
    QString key;
    /// The number read, or nothing where the report leaves the cell blank or it was not found.
    std::optional<double> value;
    /// The text as printed ("" for a blank cell); "无", "-" etc. are kept here as printed.
    QString raw;
    /// Where `raw` sits in the document text (code points), if anywhere.
    std::optional<Span> span;
    /// How sure the extractor is that `value` belongs to this cell, in [0, 1].
    double confidence = 1.0;
    /// Ranked readings, best first, where the evidence narrowed the cell down without settling
    /// it (glued digits, short rows, OCR alternatives); empty otherwise.
    std::vector<CellCandidate> candidates;

    friend bool operator==(const Cell&, const Cell&) = default;
};

} // namespace nianbao
