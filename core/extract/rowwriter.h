#pragma once

#include "extract/solvedrow.h"
#include "extract/tablereading.h"

#include <QString>

#include <optional>

namespace nianbao::extract {

/// The cell of official column `column` of a row as it will be written (value, raw text,
/// span, confidence; units and decimals checked), with the findings those checks raise
/// appended to `findings` when given.
CellDraft draftCell(const QString& text, const SolvedRow& row, int column,
                    std::vector<Finding>* findings = nullptr);

/// The value a row's official cell will be written with when it is certain; nothing when it
/// is blank or doubtful.
std::optional<double> certainValue(const QString& text, const SolvedRow& row, int column);

/// Writes the cells of `reading.rows` (ranked candidate readings on the cells the evidence
/// did not settle), their subtotal-column extras and the findings that lead a reviewer to
/// every doubtful cell.
void writeRows(const QString& text, TableReading& reading);

} // namespace nianbao::extract
