#include "extract/gridcells.h"

#include "extract/extractionfindings.h"

#include <algorithm>

namespace nianbao::extract {

namespace {

/// Highest confidence of a cell whose placement the grid does not settle.
constexpr double kUncertainPlacement = 0.4;
/// Highest confidence of a cell the row prints no cell for.
constexpr double kMissingPosition = 0.5;
/// A figure printed in yuan in a 万元 column: converted, and shown to the reviewer.
constexpr double kConvertedUnit = 0.7;
/// A cell holding words where a figure belongs.
constexpr double kUnreadable = 0.3;

} // namespace

CellDraft gridDraft(const QString& text, const QString& key, const GridCell* cell, double cap)
{
    CellDraft draft;
    draft.key = key;
    draft.confidence = cap;
    if (!cell || cell->isEmpty()) {
        return draft; // a blank position
    }
    draft.start = cell->start;
    draft.end = cell->end;
    draft.raw = text.mid(cell->start, cell->end - cell->start);
    if (cell->isValue()) {
        draft.value = cell->figure.kind == GridFigure::Kind::ZeroMark ? 0.0 : cell->figure.value;
    }
    return draft;
}

void writeGridRow(const QString& text, const LocalizedText& rowLabel, const QStringList& keys,
                  const QList<ColumnDef>& columns, const FittedRow& row, double cap,
                  TableReading& reading)
{
    QStringList uncertain;
    for (int c = 0; c < static_cast<int>(keys.size()); ++c) {
        const GridCell* cell = row.cells[static_cast<std::size_t>(c)];
        const ColumnDef& column = columns.at(c);
        const QString& key = keys.at(c);
        CellDraft draft = gridDraft(text, key, cell, cap);
        if (row.uncertain[static_cast<std::size_t>(c)]) {
            draft.confidence = std::min(draft.confidence, kUncertainPlacement);
            uncertain.append(key);
        } else if (!cell) {
            draft.confidence = std::min(draft.confidence, kMissingPosition);
            uncertain.append(key);
        } else if (cell->isText()) {
            draft.confidence = std::min(draft.confidence, kUnreadable);
            reading.findings.push_back(findings::cellUnreadable(rowLabel, draft.raw, key));
        } else if (cell->figure.kind == GridFigure::Kind::Number) {
            const GridFigure& figure = cell->figure;
            if (column.unit == QStringLiteral("万元") && figure.unit == QStringLiteral("元")) {
                draft.value = *draft.value / 10000.0;
                draft.confidence = std::min(draft.confidence, kConvertedUnit);
                reading.findings.push_back(findings::unitConverted(draft.raw, *draft.value, key));
            }
            // More decimals than the column allows is what the cell prints, not digits of a
            // neighbour glued on (a grid keeps cells apart): the domain rule reports it.
        }
        reading.cells.push_back(draft);
    }
    if (uncertain.isEmpty()) {
        return;
    }
    const int columnsCount = static_cast<int>(keys.size());
    if (row.offered < columnsCount) {
        reading.findings.push_back(
            findings::shortRow(rowLabel, row.offered, columnsCount, uncertain));
    } else if (row.offered > columnsCount || row.longer) {
        reading.findings.push_back(
            findings::extraFigures(rowLabel, row.offered, columnsCount, uncertain));
    }
}

} // namespace nianbao::extract
