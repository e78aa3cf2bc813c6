#include "templates/reporttemplate.h"

#include "model/cellkey.h"

#include <algorithm>

namespace nianbao {

QString valueTypeCode(ValueType type)
{
    switch (type) {
    case ValueType::Count:
        return QStringLiteral("count");
    case ValueType::Signed:
        return QStringLiteral("signed");
    case ValueType::Money:
        return QStringLiteral("money");
    }
    return QStringLiteral("count");
}

const GroupDef* TableDef::group(QStringView groupKey) const
{
    const auto it = std::find_if(groups.begin(), groups.end(),
                                 [groupKey](const GroupDef& g) { return g.key == groupKey; });
    return it == groups.end() ? nullptr : &*it;
}

void ReportTemplate::buildCellIndex()
{
    m_cells.clear();
    for (int t = 0; t < tables.size(); ++t) {
        const TableDef& table = tables.at(t);
        for (int b = 0; b < table.blocks.size(); ++b) {
            const BlockDef& block = table.blocks.at(b);
            for (int r = 0; r < block.rows.size(); ++r) {
                const RowDef& row = block.rows.at(r);
                for (int c = 0; c < block.columns.size(); ++c) {
                    const ColumnDef& column = block.columns.at(c);
                    CellDef cell;
                    cell.key = cellKey(table.key, row.key, column.key);
                    cell.table = t;
                    cell.block = b;
                    cell.row = r;
                    cell.column = c;
                    cell.type = column.type;
                    cell.alternative = row.alternative;
                    m_cells.append(cell);
                }
            }
        }
    }
}

QStringList ReportTemplate::defaultCellKeys() const
{
    QStringList keys;
    for (const CellDef& cell : m_cells) {
        if (!cell.alternative) {
            keys.append(cell.key);
        }
    }
    return keys;
}

const CellDef* ReportTemplate::cell(QStringView key) const
{
    const auto it = std::find_if(m_cells.begin(), m_cells.end(),
                                 [key](const CellDef& c) { return c.key == key; });
    return it == m_cells.end() ? nullptr : &*it;
}

const TableDef* ReportTemplate::table(QStringView key) const
{
    const auto it = std::find_if(tables.begin(), tables.end(),
                                 [key](const TableDef& t) { return t.key == key; });
    return it == tables.end() ? nullptr : &*it;
}

const SectionDef* ReportTemplate::section(QStringView key) const
{
    const auto it = std::find_if(sections.begin(), sections.end(),
                                 [key](const SectionDef& s) { return s.key == key; });
    return it == sections.end() ? nullptr : &*it;
}

const RowDef& ReportTemplate::row(const CellDef& cell) const
{
    return tables.at(cell.table).blocks.at(cell.block).rows.at(cell.row);
}

const ColumnDef& ReportTemplate::column(const CellDef& cell) const
{
    return tables.at(cell.table).blocks.at(cell.block).columns.at(cell.column);
}

const BlockDef& ReportTemplate::block(const CellDef& cell) const
{
    return tables.at(cell.table).blocks.at(cell.block);
}

bool ReportTemplate::coversYear(int year) const
{
    if (firstYear && year < *firstYear) {
        return false;
    }
    if (lastYear && year > *lastYear) {
        return false;
    }
    return true;
}

} // namespace nianbao
