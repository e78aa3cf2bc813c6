#pragma once

#include "extract/evidencesolver.h"
#include "extract/tablereading.h"

#include <QString>

#include <vector>

namespace nianbao::extract {

/// How plausible a reading of a row is before any evidence: figures in reports are mostly
/// zero or small, and of any magnitude about equally often per digit (a log-uniform law), so
/// a reading scores Π ½ for a zero and ½ ⁄ (v + 1) for a figure v. Among splits of the same
/// digits this prefers zeros standing alone and figures of even length (88/55/698 over
/// 8/855/698), never by much.
double readingPrior(const std::vector<std::optional<double>>& values);

/// Settles the rows of every table at once: each row whose figures admit several readings is
/// a variable, every other cell a known value (or blank, or doubtful), and `evidence` the
/// constraints. Readings the evidence rules out are dropped; the cells all remaining
/// readings agree on become certain (full confidence for identities, a little less for the
/// narrative or last year); the others keep their readings, weighted, for the candidates.
void settleRows(const QString& text, const std::vector<TableReading*>& tables,
                const std::vector<Evidence>& evidence, const SolverLimits& limits = {});

/// Whether any row of the tables admits several readings, or any table a reading in row order
/// (evidence is only gathered then).
bool anyAmbiguousRow(const std::vector<TableReading*>& tables);

/// Adopts each table's reading in row order (TableReading::rowOrder) where the identities of
/// the format that name its cells all hold with it, and all can be assessed: the labels were
/// printed apart from the figures. `tables` are in the format's order.
void adoptRowOrder(const QString& text, const ReportTemplate& format,
                   const std::vector<TableReading*>& tables, const std::vector<Evidence>& evidence);

} // namespace nianbao::extract
