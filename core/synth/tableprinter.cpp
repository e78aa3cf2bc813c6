#include "synth/tableprinter.h"

#include "synth/cellset.h"
#include "synth/labelstyle.h"
#include "synth/randomtools.h"
#include "synth/valueprinter.h"
#include "templates/reporttemplate.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace nianbao::synth {

namespace {

/// The corner cell of every table-2 item: the official format's fixed wording.
const QString kItemHeader = QStringLiteral("信息内容");

bool hasDigit(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
}

void makeBlank(PrintedCell& cell) {
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
    , m_random(random) {}

PrintedTables TablePrinter::print() {
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
            tables.table3 = rowsTable(table);
            break;
        case TableLayout::Flattened:
            tables.table4 = flattenedTable(table, tables.table4Headings);
            break;
        }
    }
    leaveBlanks(tables);
    return tables;
}

PrintedCell TablePrinter::figure(const TableDef& table, const QString& row, const ColumnDef& column,
                                 bool leadsBlock) {
    PrintedCell cell;
    cell.key = table.key + u'.' + row + u'.' + column.key;
    const auto it = m_values.values.constFind(cell.key);
    if (it == m_values.values.constEnd()) {
        return cell; // no figure given: printed blank
    }
    cell.value = *it;
    cell.text = m_printer.print(table.key, column, leadsBlock, *it);
    return cell;
}

PrintedBlock TablePrinter::itemBlock(const TableDef& table, const BlockDef& block) {
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
            line.cells.append(
                figure(table, row.key, block.columns.at(c), c == 0 && block.columns.size() > 1));
        }
        printed.rows.append(line);
    }
    return printed;
}

QString TablePrinter::balanceNote(const TableDef& table) const {
    // The official note under 申请人情况 states the balance rule in words; the words are the
    // rule's own side names in the template data.
    for (const QJsonValue& value : m_format.rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QLatin1String("table")).toString() != table.key ||
            rule.value(QLatin1String("for_each")).toString() != QLatin1String("column") ||
            rule.value(QLatin1String("lhs")).toArray().size() < 2) {
            continue;
        }
        const QString lhs =
            rule.value(QLatin1String("lhs_label")).toObject().value(u"zh").toString();
        const QString rhs =
            rule.value(QLatin1String("rhs_label")).toObject().value(u"zh").toString();
        return m_labels.restyle(u"（本列数据的勾稽关系为：" + lhs + u"，等于" + rhs + u"）");
    }
    return QString();
}

PrintedBlock TablePrinter::rowsTable(const TableDef& table) {
    const BlockDef& block = table.blocks.first();
    PrintedBlock printed;
    printed.label = m_labels.restyle(block.label.zh);

    // The columns, with a 法人或其他组织 subtotal column where the report adds one.
    QList<ColumnDef> columns = block.columns;
    QList<bool> official(columns.size(), true);
    QStringList subtotalOf;
    const bool subtotalColumn =
        m_difficulties.subtotals && !block.optionalColumns.isEmpty() && chance(m_random, 0.5);
    if (subtotalColumn) {
        const OptionalColumnDef& optional = block.optionalColumns.first();
        const QString after = optional.after.isEmpty() ? QString() : pick(m_random, optional.after);
        qsizetype at = columns.size() - 1;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns.at(c).key == after) {
                at = c + 1;
            }
        }
        ColumnDef column;
        column.key = optional.key;
        column.label.zh =
            optional.aliases.isEmpty() ? optional.label.zh : pick(m_random, optional.aliases);
        for (const ColumnDef& part : block.columns) {
            if (optional.sumOf.contains(part.key)) {
                column.group = part.group;
                column.unit = part.unit;
            }
        }
        columns.insert(at, column);
        official.insert(at, false);
        subtotalOf = optional.sumOf;
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        printed.columns.append(official.at(c) ? m_labels.column(columns.at(c))
                                              : columns.at(c).label.zh);
        printed.columnGroups.append(m_labels.restyle(columns.at(c).group.zh));
    }

    // The printed rows, with the groups they open.
    QList<const RowDef*> rows;
    for (const RowDef& row : block.rows) {
        if (m_cells.printsRow(table, row)) {
            rows.append(&row);
        }
    }
    QStringList subtotalGroups;
    if (m_difficulties.subtotals) {
        QStringList candidates;
        for (const GroupDef& group : table.groups) {
            const auto members = std::count_if(
                rows.begin(), rows.end(), [&](const RowDef* r) { return r->group == group.key; });
            if (group.subtotal && group.collapsedRow.isEmpty() && members >= 2) {
                candidates.append(group.key);
            }
        }
        for (const QString& group : candidates) {
            if (chance(m_random, 0.4)) {
                subtotalGroups.append(group);
            }
        }
        if (!subtotalColumn && subtotalGroups.isEmpty() && !candidates.isEmpty()) {
            subtotalGroups.append(pick(m_random, candidates));
        }
    }

    const auto rowCells = [&](const QString& rowKey, const QList<PrintedCell>& officialCells) {
        QList<PrintedCell> out;
        qsizetype next = 0;
        double orgSum = 0.0;
        for (const PrintedCell& cell : officialCells) {
            const QString column = cell.key.section(u'.', -1);
            if (subtotalOf.contains(column)) {
                orgSum += cell.value.value_or(0.0);
            }
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (official.at(c)) {
                out.append(officialCells.at(next++));
            } else {
                PrintedCell extra;
                extra.key = table.key + u'.' + rowKey + u'.' + columns.at(c).key;
                extra.value = orgSum;
                extra.text = m_printer.plain(orgSum);
                extra.official = false;
                out.append(extra);
            }
        }
        return out;
    };

    QSet<QString> opened;
    for (const RowDef* row : rows) {
        QList<const GroupDef*> chain;
        for (const GroupDef* group = table.group(row->group); group;
             group = group->parent.isEmpty() ? nullptr : table.group(group->parent)) {
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
            if (subtotalGroups.contains(group->key)) {
                // The group's own line carries its figures: a non-official subtotal row.
                PrintedRow subtotal;
                subtotal.key = group->key + u".subtotal";
                const PrintedLabel label = m_labels.group(*group);
                subtotal.number = label.number;
                subtotal.text = label.text;
                subtotal.opens = line.opens;
                line.opens.clear();
                subtotal.depth = line.depth - 1;
                subtotal.subtotal = true;
                QList<PrintedCell> sums;
                for (const ColumnDef& column : block.columns) {
                    double sum = 0.0;
                    for (const RowDef* member : rows) {
                        if (member->group == group->key) {
                            sum += m_values.values.value(table.key + u'.' + member->key + u'.' +
                                                         column.key);
                        }
                    }
                    PrintedCell cell;
                    cell.key = table.key + u'.' + subtotal.key + u'.' + column.key;
                    cell.value = sum;
                    cell.text = m_printer.plain(sum);
                    cell.official = false;
                    sums.append(cell);
                }
                subtotal.cells = rowCells(subtotal.key, sums);
                printed.rows.append(subtotal);
            } else {
                line.opens.append(m_labels.group(*group).full());
            }
        }
        const PrintedLabel label = m_labels.row(*row);
        line.number = label.number;
        line.text = label.text;
        QList<PrintedCell> cells;
        for (const ColumnDef& column : block.columns) {
            cells.append(figure(table, row->key, column, false));
        }
        line.cells = rowCells(row->key, cells);
        printed.rows.append(line);
    }
    return printed;
}

PrintedBlock TablePrinter::flattenedTable(const TableDef& table, QList<Table4Heading>& headings) {
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
        // "行政诉讼·未经复议直接起诉": a top heading over a sub heading.
        const qsizetype dot = row.label.zh.indexOf(u'·');
        const QString top = dot < 0 ? row.label.zh : row.label.zh.left(dot);
        const QString sub = dot < 0 ? QString() : m_labels.restyle(row.label.zh.mid(dot + 1));
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
            line.cells.append(figure(table, row.key, column, false));
        }
        printed.rows.append(line);
    }
    return printed;
}

void TablePrinter::leaveBlanks(PrintedTables& tables) {
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
