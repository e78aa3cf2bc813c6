#include "synth/tableprinter.h"

#include "synth/cellset.h"
#include "synth/labelstyle.h"
#include "synth/randomtools.h"
#include "synth/rowstable.h"
#include "synth/valueprinter.h"
#include "templates/reporttemplate.h"

#include <algorithm>

namespace nianbao::synth {

namespace {

/// The corner cell of every table-2 item: the official format's fixed wording.
const QString kItemHeader = QStringLiteral("信息内容");

bool hasDigit(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
}

void makeBlank(PrintedCell& cell)
{
    cell.text.clear();
    cell.value.reset();
}

} // namespace

TablePrinter::TablePrinter(const ReportTemplate& format, const CellSet& cells,
                           const TableValues& values, LabelStyle& labels, ValuePrinter& printer,
                           const Difficulties& difficulties, const ShapeTraits& traits,
                           QRandomGenerator& random)
    : m_format(format)
    , m_cells(cells)
    , m_values(values)
    , m_labels(labels)
    , m_printer(printer)
    , m_difficulties(difficulties)
    , m_traits(traits)
    , m_random(random)
{}

PrintedTables TablePrinter::print()
{
    PrintedTables tables;
    tables.itemHeader = kItemHeader;
    for (const TableDef& table : m_format.tables) {
        switch (table.layout) {
        case TableLayout::Blocks:
            for (const BlockDef& block : table.blocks) {
                tables.table2.append(itemBlock(table, block));
            }
            break;
        case TableLayout::Rows:
            tables.table3Note = balanceNote(table);
            tables.table3 =
                RowsTablePrinter(table, m_cells, m_values, m_labels, m_printer,
                                 m_difficulties.subtotals && m_traits.subtotals, m_random)
                    .print();
            break;
        case TableLayout::Flattened:
            tables.table4 = flattenedTable(table, tables.table4Headings);
            break;
        }
    }
    leaveBlanks(tables);
    return tables;
}

PrintedCell printFigure(const TableDef& table, const QString& row, const ColumnDef& column,
                        bool leadsBlock, const TableValues& values, ValuePrinter& printer)
{
    PrintedCell cell;
    cell.key = table.key + u'.' + row + u'.' + column.key;
    const auto it = values.values.constFind(cell.key);
    if (it == values.values.constEnd()) {
        return cell; // no figure given: printed blank
    }
    cell.value = *it;
    cell.text = printer.print(table.key, column, leadsBlock, *it);
    return cell;
}

PrintedBlock TablePrinter::itemBlock(const TableDef& table, const BlockDef& block)
{
    PrintedBlock printed;
    printed.label = m_labels.block(block);
    for (const ColumnDef& column : block.columns) {
        QString label = m_labels.column(column);
        // Amounts carry their unit in the header, as the official format prints it.
        if (column.type == ValueType::Money && !column.unit.isEmpty() && chance(m_random, 0.7)) {
            QString unit = u"（单位：" + column.unit;
            if (column.decimals > 0 && chance(m_random, 0.4)) {
                unit += QStringLiteral("，保留%1位小数").arg(column.decimals);
            }
            label += m_labels.restyle(unit + u"）");
        }
        printed.columns.append(label);
        printed.columnGroups.append(QString());
    }
    for (const RowDef& row : block.rows) {
        if (!m_cells.printsRow(table, row)) {
            continue;
        }
        PrintedRow line;
        line.key = row.key;
        const PrintedLabel label = m_labels.row(row);
        line.number = label.number;
        line.text = label.text;
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            line.cells.append(printFigure(table, row.key, block.columns.at(c),
                                          c == 0 && block.columns.size() > 1, m_values, m_printer));
        }
        printed.rows.append(line);
    }
    return printed;
}

QString TablePrinter::balanceNote(const TableDef& table) const
{
    // The official note under 申请人情况 states the balance rule in words; the words are the
    // rule's own side names in the template data.
    for (const RuleDef& rule : m_format.rules) {
        if (!rule.isSumOver(table.key, SumAxis::Column) || rule.lhs.size() < 2) {
            continue;
        }
        const QString& lhs = rule.lhsLabel.zh;
        const QString& rhs = rule.rhsLabel.zh;
        return m_labels.restyle(u"（本列数据的勾稽关系为：" + lhs + u"，等于" + rhs + u"）");
    }
    return QString();
}

PrintedBlock TablePrinter::flattenedTable(const TableDef& table, QList<Table4Heading>& headings)
{
    const BlockDef& block = table.blocks.first();
    PrintedBlock printed;
    printed.label = m_labels.restyle(block.label.zh);
    for (const ColumnDef& column : block.columns) {
        printed.columns.append(m_labels.column(column));
        printed.columnGroups.append(QString());
    }
    for (const RowDef& row : block.rows) {
        if (!m_cells.printsRow(table, row)) {
            continue;
        }
        // A row in a group is printed under the group's heading (行政诉讼 over 未经复议直接起诉);
        // the printed header has one such level.
        const GroupDef* group = table.group(row.group);
        const QString top = group ? group->label.zh : row.label.zh;
        const QString sub = group ? m_labels.restyle(row.headingUnderGroup().zh) : QString();
        if (headings.isEmpty() || headings.last().top != top) {
            headings.append({top, {}});
        }
        if (!sub.isEmpty()) {
            headings.last().subs.append(sub);
        }
        PrintedRow line;
        line.key = row.key;
        line.text = sub.isEmpty() ? top : sub;
        line.depth = sub.isEmpty() ? 0 : 1;
        for (const ColumnDef& column : block.columns) {
            line.cells.append(printFigure(table, row.key, column, false, m_values, m_printer));
        }
        printed.rows.append(line);
    }
    return printed;
}

void TablePrinter::leaveBlanks(PrintedTables& tables)
{
    if (!m_difficulties.blanks) {
        return;
    }
    const auto officialRows = [](PrintedBlock& block) {
        QList<PrintedRow*> rows;
        for (PrintedRow& row : block.rows) {
            if (!row.subtotal) {
                rows.append(&row);
            }
        }
        return rows;
    };
    if (m_traits.blankRows) {
        // Seed 002 leaves a whole row of table 3 blank; table 2 rows go blank too.
        const QList<PrintedRow*> rows3 = officialRows(tables.table3);
        if (!rows3.isEmpty() && chance(m_random, 0.7)) {
            for (PrintedCell& cell : pick(m_random, rows3)->cells) {
                makeBlank(cell);
            }
        }
        QList<PrintedRow*> rows2;
        for (PrintedBlock& block : tables.table2) {
            rows2 << officialRows(block);
        }
        if (!rows2.isEmpty() && chance(m_random, 0.3)) {
            for (PrintedCell& cell : pick(m_random, rows2)->cells) {
                makeBlank(cell);
            }
        }
    }
    if (!m_traits.interiorBlanks) {
        return;
    }
    // Single blank cells between two printed figures; table 4 is one line of fifteen.
    QList<QList<PrintedCell*>> lines;
    const auto addRows = [&lines](PrintedBlock& block) {
        for (PrintedRow& row : block.rows) {
            QList<PrintedCell*> line;
            for (PrintedCell& cell : row.cells) {
                line.append(&cell);
            }
            lines.append(line);
        }
    };
    addRows(tables.table3);
    for (PrintedBlock& block : tables.table2) {
        addRows(block);
    }
    QList<PrintedCell*> flattened;
    for (PrintedRow& row : tables.table4.rows) {
        for (PrintedCell& cell : row.cells) {
            flattened.append(&cell);
        }
    }
    lines.append(flattened);
    const int wanted = between(m_random, 1, 3);
    int left = 0;
    for (int attempt = 0; attempt < 40 && left < wanted; ++attempt) {
        const QList<PrintedCell*>& line = pick(m_random, lines);
        if (line.size() < 3) {
            continue;
        }
        const qsizetype at = between(m_random, 1, int(line.size()) - 2);
        PrintedCell* cell = line.at(at);
        if (cell->official && !cell->blank() && hasDigit(line.at(at - 1)->text) &&
            hasDigit(line.at(at + 1)->text)) {
            makeBlank(*cell);
            ++left;
        }
    }
}

} // namespace nianbao::synth
