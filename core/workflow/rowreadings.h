#pragma once

#include "model/report.h"
#include "model/storedreport.h"
#include "workflow/reportprocessing.h"
#include "workflow/reviewchange.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::workflow {

/// One way of filling a row from the extractor's candidate readings of its cells.
struct RowReading {
    /// Per cell of the row (RowReadings::keys): the candidate chosen (an index into
    /// Cell::candidates), or nothing where the cell keeps the value as read.
    std::vector<std::optional<int>> choice;
    /// The row's values as the reading fills it.
    std::vector<std::optional<double>> values;
    /// How well the reading fits the evidence: the product of its candidates' scores.
    double score = 0;
    /// The rules over the row's cells that hold with this reading, and those that break.
    QStringList satisfied;
    QStringList broken;
};

/// The candidate readings of a cell's row, best first: those breaking fewest rules, then by
/// score.
struct RowReadings {
    QStringList keys; ///< the row's cells, in the report's order
    std::vector<RowReading> readings;

    [[nodiscard]] bool isEmpty() const { return readings.empty(); }
};

/// The readings of the row holding `cellKey`, built from the candidates the extractor kept
/// for each of its cells (the archive keeps each cell's ranked readings, not whole rows), each
/// checked with `processing.validate` on the report as the reading would leave it. Empty when
/// no cell of the row has candidates. At most `limit` readings are returned.
RowReadings rowReadings(const ReportProcessing& processing, const Report& current,
                        const std::optional<Report>& previousYear, const QString& cellKey,
                        int limit = 9);

/// The steps that apply `reading` of `row` as one change: each candidate chosen accepted as
/// such, and every other cell of the row the extractor doubted (awaitsAcceptance) accepted as
/// read, so that the row's doubts are settled at once.
std::vector<CellStep> readingSteps(const RowReadings& row, const RowReading& reading,
                                   const StoredReport& stored, const Report& current);

/// The row a cell belongs to: its key without the column ("t3.granted" for
/// "t3.granted.natural").
QString rowOfCell(QStringView cellKey);

} // namespace nianbao::workflow
