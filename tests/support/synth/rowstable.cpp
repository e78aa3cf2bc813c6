#include "synth/rowstable.h"

#include "synth/cellset.h"
#include "synth/labelstyle.h"
#include "synth/randomtools.h"
#include "synth/tableprinter.h"
#include "synth/valueprinter.h"
#include "templates/reporttemplate.h"

#include <QSet>

#include <algorithm>

namespace nianbao::synth {

RowsTablePrinter::RowsTablePrinter(const TableDef& table, const CellSet& cells,
                                   const TableValues& values, LabelStyle& labels,
                                   ValuePrinter& printer, bool subtotals, QRandomGenerator& random)
    : m_table(table)
    , m_cells(cells)
    , m_values(values)
    , m_labels(labels)
    , m_printer(printer)
    , m_subtotals(subtotals)
    , m_random(random)
{
    for (const RowDef& row : table.blocks.first().rows) {
        if (cells.printsRow(table, row)) {
            m_rows.append(&row);
        }
    }
}

void RowsTablePrinter::chooseColumns()
{
    const BlockDef& block = m_table.blocks.first();
    m_columns = block.columns;
    m_official = QList<bool>(m_columns.size(), true);
    if (!m_subtotals || block.optionalColumns.isEmpty() || !chance(m_random, 0.5)) {
        return;
    }
    const OptionalColumnDef& optional = block.optionalColumns.first();
    const QString after = optional.after.isEmpty() ? QString() : pick(m_random, optional.after);
    qsizetype at = m_columns.size() - 1;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).key == after) {
            at = c + 1;
        }
    }
    ColumnDef column;
    column.key = optional.key;
    column.label.zh =
        optional.aliases.isEmpty() ? optional.label.zh : pick(m_random, optional.aliases);
    for (const ColumnDef& part : block.columns) {
        if (optional.sumOf.contains(part.key)) {
            column.group = part.group; // printed under 法人或其他组织 with the kinds it sums
            column.unit = part.unit;
        }
    }
    m_columns.insert(at, column);
    m_official.insert(at, false);
    m_subtotalOf = optional.sumOf;
}

void RowsTablePrinter::chooseSubtotalGroups()
{
    if (!m_subtotals) {
        return;
    }
    // Groups printed either as one row or as details ((六)其他处理) are left out: figures on
    // their line would read as the one-row form.
    QStringList candidates;
    for (const GroupDef& group : m_table.groups) {
        const auto members = std::count_if(m_rows.begin(), m_rows.end(),
                                           [&](const RowDef* r) { return r->group == group.key; });
        if (group.subtotal && group.collapsedRow.isEmpty() && members >= 2) {
            candidates.append(group.key);
        }
    }
    for (const QString& group : candidates) {
        if (chance(m_random, 0.4)) {
            m_subtotalGroups.append(group);
        }
    }
    const bool subtotalColumn = m_official.contains(false);
    if (!subtotalColumn && m_subtotalGroups.isEmpty() && !candidates.isEmpty()) {
        m_subtotalGroups.append(pick(m_random, candidates));
    }
}

QList<PrintedCell> RowsTablePrinter::withExtras(const QString& rowKey,
                                                const QList<PrintedCell>& cells)
{
    double organisations = 0.0;
    for (const PrintedCell& cell : cells) {
        if (m_subtotalOf.contains(cell.key.section(u'.', -1))) {
            organisations += cell.value.value_or(0.0);
        }
    }
    QList<PrintedCell> out;
    qsizetype next = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_official.at(c)) {
            out.append(cells.at(next++));
            continue;
        }
        PrintedCell extra;
        extra.key = m_table.key + u'.' + rowKey + u'.' + m_columns.at(c).key;
        extra.value = organisations;
        extra.text = m_printer.plain(organisations);
        extra.official = false;
        out.append(extra);
    }
    return out;
}

PrintedRow RowsTablePrinter::subtotalRow(const GroupDef& group, PrintedRow& opener)
{
    PrintedRow subtotal;
    subtotal.key = group.key + u".subtotal";
    const PrintedLabel label = m_labels.group(group);
    subtotal.number = label.number;
    subtotal.text = label.text;
    // The outer groups the first row would have opened are opened by the subtotal line.
    subtotal.opens = opener.opens;
    opener.opens.clear();
    subtotal.depth = opener.depth - 1;
    subtotal.subtotal = true;
    QList<PrintedCell> sums;
    for (const ColumnDef& column : m_table.blocks.first().columns) {
        double sum = 0.0;
        for (const RowDef* member : m_rows) {
            if (member->group == group.key) {
                sum += m_values.values.value(m_table.key + u'.' + member->key + u'.' + column.key);
            }
        }
        PrintedCell cell;
        cell.key = m_table.key + u'.' + subtotal.key + u'.' + column.key;
        cell.value = sum;
        cell.text = m_printer.plain(sum);
        cell.official = false;
        sums.append(cell);
    }
    subtotal.cells = withExtras(subtotal.key, sums);
    return subtotal;
}

PrintedBlock RowsTablePrinter::print()
{
    chooseColumns();
    chooseSubtotalGroups();
    const BlockDef& block = m_table.blocks.first();
    PrintedBlock printed;
    printed.label = m_labels.restyle(block.label.zh);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        printed.columns.append(m_official.at(c) ? m_labels.column(m_columns.at(c))
                                                : m_columns.at(c).label.zh);
        printed.columnGroups.append(m_labels.restyle(m_columns.at(c).group.zh));
    }
    QSet<QString> opened;
    for (const RowDef* row : m_rows) {
        QList<const GroupDef*> chain; // outermost first
        for (const GroupDef* group = m_table.group(row->group); group;
             group = group->parent.isEmpty() ? nullptr : m_table.group(group->parent)) {
            chain.prepend(group);
        }
        PrintedRow line;
        line.key = row->key;
        line.depth = int(chain.size());
        for (const GroupDef* group : chain) {
            if (opened.contains(group->key)) {
                continue;
            }
            opened.insert(group->key);
            if (m_subtotalGroups.contains(group->key)) {
                printed.rows.append(subtotalRow(*group, line));
            } else {
                line.opens.append(m_labels.group(*group).full());
            }
        }
        const PrintedLabel label = m_labels.row(*row);
        line.number = label.number;
        line.text = label.text;
        QList<PrintedCell> cells;
        for (const ColumnDef& column : block.columns) {
            cells.append(printFigure(m_table, row->key, column, false, m_values, m_printer));
        }
        line.cells = withExtras(row->key, cells);
        printed.rows.append(line);
    }
    return printed;
}

} // namespace nianbao::synth
