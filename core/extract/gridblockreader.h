#pragma once

#include "extract/gridlabels.h"
#include "extract/gridrows.h"
#include "extract/tablereading.h"
#include "templates/reporttemplate.h"

#include <vector>

namespace nianbao::extract {

/// The rows of one table as the grid reader sees them, and what is already known of them.
struct GridTable {
    const QString* text = nullptr;    ///< normalised text
    std::vector<const GridRow*> rows; ///< in reading order
    std::vector<bool> tabGrid;        ///< per row: from a tab-separated grid
    std::vector<LabelElement> const* elements = nullptr;
    std::vector<const GridLabel*> foundOf; ///< per element: where its label is, or null
    std::vector<bool> used;                ///< per row: holds a label or figures read
    /// Rows of the template not found in the grid ("t3.new"), keyed as the label chain keys
    /// them.
    QStringList missingRows;
};

/// Reads one block of a labelled table (a table-2 item, table 3) from its rows in the grid:
/// each row found by its label gives the cells right of the label (or, where the label stands
/// alone, the figure row below it), set on the block's columns by position. A row the report
/// leaves out stays blank with a finding; the rows below it keep their own cells. Returns
/// false, appending nothing, when the block's rows come from a tab-separated grid whose
/// columns do not line up (merged cells collapsed) or whose label fields hold figures too:
/// the text path reads such tables.
bool readGridBlock(const ReportTemplate& format, const TableDef& table, const BlockDef& block,
                   int firstElement, GridTable& grid, TableReading& reading);

} // namespace nianbao::extract
