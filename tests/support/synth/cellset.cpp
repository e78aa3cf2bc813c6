#include "synth/cellset.h"

#include "templates/reporttemplate.h"

namespace nianbao::synth {

QString rowPath(const TableDef& table, const RowDef& row)
{
    return table.key + QLatin1Char('.') + row.key;
}

CellSet::CellSet(const ReportTemplate& format, bool collapsedOther)
{
    for (const TableDef& table : format.tables) {
        QSet<QString> swapped;
        if (collapsedOther) {
            // Rows whose printing flips: the group's one row and its detailed rows.
            for (const GroupDef& group : table.groups) {
                if (group.collapsedRow.isEmpty() || group.detailedRows.isEmpty()) {
                    continue;
                }
                swapped.insert(group.collapsedRow);
                for (const QString& detailed : group.detailedRows) {
                    swapped.insert(detailed);
                }
            }
        }
        for (const BlockDef& block : table.blocks) {
            for (const RowDef& row : block.rows) {
                const bool printed = swapped.contains(row.key) ? row.alternative : !row.alternative;
                if (printed) {
                    m_rows.insert(rowPath(table, row));
                }
            }
        }
    }
    for (const CellDef& cell : format.cells()) {
        const TableDef& table = format.tables.at(cell.table);
        if (m_rows.contains(rowPath(table, format.row(cell)))) {
            m_keys.append(cell.key);
            m_keySet.insert(cell.key);
        }
    }
}

bool CellSet::printsRow(const TableDef& table, const RowDef& row) const
{
    return m_rows.contains(rowPath(table, row));
}

} // namespace nianbao::synth
