#include "synth/printedtables.h"

#include <algorithm>

namespace nianbao::synth {

bool PrintedRow::blank() const
{
    return !cells.isEmpty() &&
           std::all_of(cells.begin(), cells.end(), [](const PrintedCell& c) { return c.blank(); });
}

QList<const PrintedCell*> PrintedTables::allCells() const
{
    QList<const PrintedCell*> out;
    const auto add = [&out](const PrintedBlock& block) {
        for (const PrintedRow& row : block.rows) {
            for (const PrintedCell& cell : row.cells) {
                out.append(&cell);
            }
        }
    };
    for (const PrintedBlock& block : table2) {
        add(block);
    }
    add(table3);
    add(table4);
    return out;
}

} // namespace nianbao::synth
