#pragma once

#include "extract/solvedrow.h"
#include "extract/tablereading.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao::extract {

/// Reads a one-block table's figures in print order, as many to a row as the block has columns,
/// whatever the labels between them say: plain pdftotext prints the labels of merged or
/// multi-line cells after their figures, and PDF-to-Markdown converters print the value rows
/// apart from their labels, yet both keep the figures in the table's row order. `rows` are the
/// rows the labels gave, one per row the report prints; `figures` is where the table's
/// figures lie (from its first row label to its end).
///
/// Nothing when the printed figures are not exactly as many as the rows' cells, when the labels
/// already placed every figure as this reading does, or when the labels show no sign of being
/// displaced (see labelsDisplaced) and a row they placed without doubt sits elsewhere in that
/// order. The extractor adopts the reading only where every identity of the table holds with
/// it.
std::optional<std::vector<SolvedRow>> readInRowOrder(const QString& text, TextRegion figures,
                                                     const std::vector<SolvedRow>& rows,
                                                     const std::vector<ColumnSum>& rowSums);

/// Whether the labels of a table's rows are printed apart from their figures: a label followed
/// by the figures of several rows, or a label followed by none while another has too many.
/// (A row placed by position is no sign: a label damaged by OCR does that too.) Then even a
/// row whose label is followed by exactly its count of figures may have taken another row's.
bool labelsDisplaced(const std::vector<SolvedRow>& rows);

/// Whether two readings of a row take the same printed figures.
bool sameFigures(const SolvedRow& a, const SolvedRow& b);

} // namespace nianbao::extract
