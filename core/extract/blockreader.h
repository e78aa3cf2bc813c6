#pragma once

#include "extract/labelchain.h"
#include "extract/rowsegments.h"
#include "extract/tablereading.h"

#include <QStringView>

#include <vector>

namespace nianbao::extract {

/// What the table reader found for one block: its row labels and what follows each.
struct BlockInput {
    std::vector<const FoundLabel*> found; ///< per row of the block, null when not found
    std::vector<RangeContent> content;    ///< per row: its figures and stray groups
    const RangeContent* before = nullptr; ///< figures after the block header (or table start)
    QStringView header;                   ///< the column headers' text above the first row
    bool glued = false;                   ///< the table's figures run into their labels
    const std::vector<LabelElement>* elements = nullptr;
    int firstElement = 0; ///< index of the block's first row in `elements`
};

/// Reads the figures of one block: rows solved by their own sums (glued digits, short rows,
/// subtotal columns), rows missing by label filled from stray figures in order. The rows go
/// to `reading.rows`, to be settled with the whole report's evidence and written later;
/// findings on labels and subtotal extras are appended to `reading` now.
void readBlock(const QString& text, const ReportTemplate& format, const TableDef& table,
               const BlockDef& block, const BlockInput& input, TableReading& reading);

/// The group whose label `label` carries, when that group may print a subtotal.
const GroupDef* subtotalGroup(const TableDef& table, const QString& label);

} // namespace nianbao::extract
