#pragma once

#include "common/localizedtext.h"
#include "extract/gridfit.h"
#include "extract/tablereading.h"
#include "templates/reporttemplate.h"

#include <QString>
#include <QStringList>

namespace nianbao::extract {

/// Turns the cells of one fitted row into cell drafts of the official cells `keys` (one per
/// column of `columns`), appending them to `reading` with the findings they call for: a unit
/// in yuan in a 万元 column converted and flagged, a cell holding words instead of a figure, and —
/// naming exactly the cells concerned — a row whose cells did not fit its columns one to one. `cap`
/// is the highest confidence the row's cells may have (a label matched approximately, a row taken
/// by its position).
void writeGridRow(const QString& text, const LocalizedText& rowLabel, const QStringList& keys,
                  const QList<ColumnDef>& columns, const FittedRow& row, double cap,
                  TableReading& reading);

/// A draft of a cell printed in the grid (no unit conversion or checks): for non-official
/// figures such as subtotal rows and columns.
CellDraft gridDraft(const QString& text, const QString& key, const GridCell* cell, double cap);

} // namespace nianbao::extract
