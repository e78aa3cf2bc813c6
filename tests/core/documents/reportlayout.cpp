#include "reportlayout.h"

#include "synth/reportgenerator.h"
#include "templates/reporttemplate.h"

#include <QLocale>

#include <algorithm>

namespace nianbao::test {

namespace {

QString key(QStringView table, QStringView row, QStringView column)
{
    return table + u'.' + row + u'.' + column;
}

/// The rows of a table that this template prints (its alternative rows left out).
QList<RowDef> printedRows(const BlockDef& block)
{
    QList<RowDef> rows;
    for (const RowDef& row : block.rows) {
        if (!row.alternative) {
            rows.append(row);
        }
    }
    return rows;
}

LayoutCell cell(const QString& text, int rowSpan = 1, int columnSpan = 1)
{
    return LayoutCell{text, rowSpan, columnSpan};
}

QString valueText(const ReportTemplate& format, const QHash<QString, double>& values,
                  const QString& cellKey)
{
    return printedValue(format, cellKey, values.value(cellKey));
}

/// Table 2: a header row per 第二十条 item, its column labels, its rows; blocks with fewer
/// columns let the last one reach across, as the official form does.
QList<LayoutRow> tableTwo(const ReportTemplate& format, const QHash<QString, double>& values)
{
    const TableDef& table = *format.table(u"t2");
    qsizetype width = 0;
    for (const BlockDef& block : table.blocks) {
        width = std::max(width, block.columns.size());
    }
    QList<LayoutRow> rows;
    for (const BlockDef& block : table.blocks) {
        rows.append({cell(block.label.zh, 1, static_cast<int>(width) + 1)});
        const auto span = [&](qsizetype index) {
            return index + 1 < block.columns.size()
                       ? 1
                       : static_cast<int>(width - block.columns.size() + 1);
        };
        LayoutRow header{cell(QStringLiteral("信息内容"))};
        for (qsizetype c = 0; c < block.columns.size(); ++c) {
            const ColumnDef& column = block.columns[c];
            const QString label = column.type == ValueType::Money
                                      ? column.label.zh + QStringLiteral("（单位：万元）")
                                      : column.label.zh;
            header.append(cell(label, 1, span(c)));
        }
        rows.append(header);
        for (const RowDef& row : printedRows(block)) {
            LayoutRow line{cell(row.label.zh)};
            for (qsizetype c = 0; c < block.columns.size(); ++c) {
                line.append(
                    cell(valueText(format, values, key(u"t2", row.key, block.columns[c].key)), 1,
                         span(c)));
            }
            rows.append(line);
        }
    }
    return rows;
}

/// Table 3: three header rows, then the rows under three label columns, with the results
/// group down the first and each numbered group down the second.
QList<LayoutRow> tableThree(const ReportTemplate& format, const QHash<QString, double>& values)
{
    const TableDef& table = *format.table(u"t3");
    const BlockDef& block = table.blocks.constFirst();
    QList<LayoutRow> rows;
    rows.append({cell(QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加"
                                     "第四项之和）"),
                      3, 3),
                 cell(QStringLiteral("申请人情况"), 1, 7)});
    rows.append({cell(QStringLiteral("自然人"), 2), cell(QStringLiteral("法人或其他组织"), 1, 5),
                 cell(QStringLiteral("总计"), 2)});
    LayoutRow organisations;
    for (const ColumnDef& column : block.columns) {
        if (column.key != u"natural" && column.key != u"total") {
            organisations.append(cell(column.label.zh));
        }
    }
    rows.append(organisations);

    const QList<RowDef> printed = printedRows(block);
    const auto groupSize = [&](const QString& group) {
        return static_cast<int>(std::count_if(
            printed.begin(), printed.end(), [&](const RowDef& row) { return row.group == group; }));
    };
    const auto resultRows = static_cast<int>(std::count_if(
        printed.begin(), printed.end(), [](const RowDef& row) { return !row.group.isEmpty(); }));
    QString previousGroup;
    for (const RowDef& row : printed) {
        LayoutRow line;
        if (row.group.isEmpty()) {
            line.append(cell(row.label.zh, 1, 3));
        } else {
            if (previousGroup.isEmpty()) {
                line.append(cell(table.group(u"results")->label.zh, resultRows));
            }
            const GroupDef* group = table.group(row.group);
            if (row.group == u"results") {
                line.append(cell(row.label.zh, 1, 2));
            } else {
                if (row.group != previousGroup) {
                    line.append(cell(group->label.zh, groupSize(row.group)));
                }
                line.append(cell(row.label.zh));
            }
        }
        previousGroup = row.group;
        for (const ColumnDef& column : block.columns) {
            line.append(cell(valueText(format, values, key(u"t3", row.key, column.key))));
        }
        rows.append(line);
    }
    return rows;
}

/// Table 4: 行政复议 and 行政诉讼 over their columns, the suits split in two, then one row
/// of fifteen figures.
QList<LayoutRow> tableFour(const ReportTemplate& format, const QHash<QString, double>& values)
{
    const BlockDef& block = format.table(u"t4")->blocks.constFirst();
    QList<LayoutRow> rows;
    rows.append({cell(QStringLiteral("行政复议"), 1, 5), cell(QStringLiteral("行政诉讼"), 1, 10)});
    // The narrow columns break their two-word headers over two lines, as printed forms do.
    const auto header = [](const ColumnDef& column) -> QString {
        return column.label.zh.size() == 4
                   ? column.label.zh.left(2) + u'\n' + column.label.zh.mid(2)
                   : column.label.zh;
    };
    LayoutRow second;
    for (const ColumnDef& column : block.columns) {
        second.append(cell(header(column), 2));
    }
    second.append(cell(QStringLiteral("未经复议直接起诉"), 1, 5));
    second.append(cell(QStringLiteral("复议后起诉"), 1, 5));
    rows.append(second);
    LayoutRow third;
    for (int suit = 0; suit < 2; ++suit) {
        for (const ColumnDef& column : block.columns) {
            third.append(cell(header(column)));
        }
    }
    rows.append(third);
    LayoutRow figures;
    for (const RowDef& row : block.rows) {
        for (const ColumnDef& column : block.columns) {
            figures.append(cell(valueText(format, values, key(u"t4", row.key, column.key))));
        }
    }
    rows.append(figures);
    return rows;
}

LayoutBlock paragraph(const QString& text)
{
    return LayoutBlock{text, {}};
}

LayoutBlock tableBlock(QList<LayoutRow> rows)
{
    return LayoutBlock{QString(), std::move(rows)};
}

} // namespace

PlacedTable placeTable(const QList<LayoutRow>& rows)
{
    PlacedTable table;
    table.rowCount = static_cast<int>(rows.size());
    const auto slot = [&table](int row, int column) -> int& {
        while (table.owner.size() <= row) {
            table.owner.append(QList<int>());
        }
        QList<int>& line = table.owner[row];
        while (line.size() <= column) {
            line.append(-1);
        }
        return line[column];
    };
    for (int row = 0; row < table.rowCount; ++row) {
        int column = 0;
        for (const LayoutCell& cell : rows[row]) {
            while (slot(row, column) >= 0) {
                ++column;
            }
            const auto index = static_cast<int>(table.cells.size());
            table.cells.append({row, column, cell});
            for (int r = row; r < std::min(row + cell.rowSpan, table.rowCount); ++r) {
                for (int c = column; c < column + cell.columnSpan; ++c) {
                    slot(r, c) = index;
                }
            }
            column += cell.columnSpan;
            table.columnCount = std::max(table.columnCount, column);
        }
    }
    for (int row = 0; row < table.rowCount; ++row) {
        slot(row, table.columnCount - 1);
    }
    return table;
}

QStringList PlacedTable::tabRows() const
{
    QStringList lines;
    for (int row = 0; row < rowCount; ++row) {
        QStringList fields;
        for (int column = 0; column < columnCount; ++column) {
            const int index = owner[row][column];
            const bool anchor =
                index >= 0 && cells[index].row == row && cells[index].column == column;
            // A line break inside a cell reads as a space: the cell is one field.
            fields.append(anchor ? QString(cells[index].cell.text).replace(u'\n', u' ')
                                 : QString());
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines;
}

QString printedValue(const ReportTemplate& format, const QString& cellKey, double value)
{
    const CellDef* cellDef = format.cell(cellKey);
    if (cellDef && cellDef->type == ValueType::Money) {
        return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
    }
    return QString::number(qRound64(value));
}

QHash<QString, double> sampleFigures(const ReportTemplate& format, quint32 seed)
{
    // Odd seeds give evenly spread figures (a cell read from the wrong place shows), even
    // seeds the realistic mix of many zeros and a few large counts.
    synth::ReportGenerator generator(seed);
    return generator.consistentValues(format, seed % 2 == 0).values;
}

ReportLayout officialLayout(const ReportTemplate& format, const QHash<QString, double>& values,
                            const QString& agency, int year)
{
    if (year == 0) {
        year = format.lastYear.value_or(2023);
    }
    ReportLayout layout;
    layout.templateId = format.id;
    layout.values = values;
    layout.keys = format.defaultCellKeys();
    layout.title = QStringLiteral("%1%2年政府信息公开工作年度报告").arg(agency).arg(year);
    const QString newTotal = printedValue(format, QStringLiteral("t3.new.total"),
                                          values.value(QStringLiteral("t3.new.total")));
    layout.blocks = {
        paragraph(layout.title),
        paragraph(
            QStringLiteral("本报告依据《中华人民共和国政府信息公开条例》编制。报告中所列数据的"
                           "统计期限自%1年1月1日起至%1年12月31日止。")
                .arg(year)),
        paragraph(QStringLiteral("一、总体情况")),
        paragraph(
            QStringLiteral("%1年，本机关坚持以公开为常态、不公开为例外，全年共收到政府信息公开"
                           "申请%2件，均在法定期限内答复。")
                .arg(year)
                .arg(newTotal)),
        paragraph(QStringLiteral("二、主动公开政府信息情况")),
        tableBlock(tableTwo(format, values)),
        paragraph(QStringLiteral("三、收到和处理政府信息公开申请情况")),
        tableBlock(tableThree(format, values)),
        paragraph(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况")),
        tableBlock(tableFour(format, values)),
        paragraph(QStringLiteral("五、存在的主要问题及改进情况")),
        paragraph(QStringLiteral("政策解读的形式还不够丰富。下一步将加强业务培训，提升公开质量。")),
        paragraph(QStringLiteral("六、其他需要报告的事项")),
        paragraph(QStringLiteral("本年度未收取信息处理费。")),
    };
    return layout;
}

} // namespace nianbao::test
