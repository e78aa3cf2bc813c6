#include "form/formgrid.h"

#include "model/cellkey.h"
#include "templates/reporttemplate.h"

#include <algorithm>

namespace nianbao::ui {

namespace {

QString cellKeyOf(const QString& tableKey, const RowDef& row, const ColumnDef& column)
{
    return cellKey(tableKey, row.key, column.key);
}

using GroupChain = std::vector<const GroupDef*>;

/// The groups a row sits in, outermost first (三、本年度办理结果, then (三)不予公开).
GroupChain groupChain(const TableDef& table, const RowDef& row)
{
    GroupChain chain;
    for (const GroupDef* group = table.group(row.group); group;
         group = group->parent.isEmpty() ? nullptr : table.group(group->parent)) {
        chain.insert(chain.begin(), group);
    }
    return chain;
}

/// The group chains of the rows shown, and how deep the deepest goes.
struct Grouping {
    std::vector<GroupChain> chains;
    int depth = 0;
};

Grouping groupingOf(const TableDef& table, const std::vector<const RowDef*>& rows)
{
    Grouping grouping;
    for (const RowDef* row : rows) {
        grouping.chains.push_back(groupChain(table, *row));
        grouping.depth = std::max(grouping.depth, int(grouping.chains.back().size()));
    }
    return grouping;
}

/// Consecutive rows inside one group at one level of their chains: they share one label.
struct GroupRun {
    const GroupDef* group = nullptr;
    int first = 0;
    int count = 0;
};

std::vector<GroupRun> groupRuns(const Grouping& grouping, int level)
{
    const auto groupAt = [&](int i) -> const GroupDef* {
        const GroupChain& chain = grouping.chains[std::size_t(i)];
        return int(chain.size()) > level ? chain[std::size_t(level)] : nullptr;
    };
    std::vector<GroupRun> runs;
    const int rows = int(grouping.chains.size());
    for (int i = 0; i < rows;) {
        const GroupDef* group = groupAt(i);
        int count = 1;
        while (group && i + count < rows && groupAt(i + count) == group) {
            ++count;
        }
        if (group) {
            runs.push_back({group, i, count});
        }
        i += count;
    }
    return runs;
}

/// A header or label item.
FormItem textItem(FormItemKind kind, QString text, int rowSpan = 1, int columnSpan = 1)
{
    FormItem item;
    item.kind = kind;
    item.text = std::move(text);
    item.rowSpan = rowSpan;
    item.columnSpan = columnSpan;
    return item;
}

FormItem valueItem(QString cellKey, int columnSpan)
{
    FormItem item;
    item.kind = FormItemKind::Value;
    item.cellKey = std::move(cellKey);
    item.columnSpan = columnSpan;
    return item;
}

} // namespace

FormGrid::FormGrid(int rows, int columns)
    : m_rows(rows)
    , m_columns(columns)
    , m_items(std::size_t(rows * columns))
    , m_owner(std::size_t(rows * columns), -1)
{}

FormGrid FormGrid::build(const TableDef& table, const QSet<QString>& presentKeys)
{
    switch (table.layout) {
    case TableLayout::Blocks:
        return buildBlockTable(table, presentKeys);
    case TableLayout::Flattened:
        return buildFlattenedTable(table, presentKeys);
    case TableLayout::Rows:
        break;
    }
    return buildRowTable(table, presentKeys);
}

bool FormGrid::tableHasCells(const TableDef& table, const QSet<QString>& presentKeys)
{
    return std::any_of(presentKeys.begin(), presentKeys.end(),
                       [&](const QString& key) { return keyInTable(key, table.key); });
}

FormGrid::RowFilter FormGrid::visibleRows(const QString& tableKey, const BlockDef& block,
                                          const QSet<QString>& presentKeys, bool tableHasCells)
{
    RowFilter rows;
    for (const RowDef& row : block.rows) {
        const bool present =
            std::any_of(block.columns.begin(), block.columns.end(), [&](const ColumnDef& column) {
                return presentKeys.contains(cellKeyOf(tableKey, row, column));
            });
        if (tableHasCells ? present : !row.alternative) {
            rows.push_back(&row);
        }
    }
    return rows;
}

void FormGrid::place(int row, int column, FormItem item)
{
    const int origin = row * m_columns + column;
    for (int r = row; r < row + item.rowSpan; ++r) {
        for (int c = column; c < column + item.columnSpan; ++c) {
            m_owner[std::size_t(r * m_columns + c)] = origin;
        }
    }
    if (item.kind == FormItemKind::Value) {
        m_cellKeys.append(item.cellKey);
    }
    m_items[std::size_t(origin)] = std::move(item);
}

void FormGrid::placeValues(int row, int firstColumn, const QString& tableKey, const BlockDef& block,
                           const RowDef& rowDef, int lastColumn)
{
    for (int j = 0; j < int(block.columns.size()); ++j) {
        const bool last = j + 1 == int(block.columns.size());
        const int column = firstColumn + j;
        place(row, column,
              valueItem(cellKeyOf(tableKey, rowDef, block.columns[j]),
                        last ? lastColumn - column + 1 : 1));
    }
}

FormGrid FormGrid::buildRowTable(const TableDef& table, const QSet<QString>& presentKeys)
{
    // Tables laid out by rows have one block (table 3); its rows may sit in nested groups.
    const BlockDef& block = table.blocks.front();
    const RowFilter rows =
        visibleRows(table.key, block, presentKeys, tableHasCells(table, presentKeys));
    const Grouping grouping = groupingOf(table, rows);
    const int depth = grouping.depth;
    const bool groupedColumns =
        std::any_of(block.columns.begin(), block.columns.end(),
                    [](const ColumnDef& column) { return !column.group.isEmpty(); });
    const int labelColumns = depth + 1;
    const int headerRows = groupedColumns ? 3 : 2;
    const int valueColumns = int(block.columns.size());

    FormGrid grid(headerRows + int(rows.size()), labelColumns + valueColumns);
    grid.m_labelColumns = labelColumns;
    grid.place(0, 0, textItem(FormItemKind::ColumnHeader, QString(), headerRows, labelColumns));
    grid.place(0, labelColumns,
               textItem(FormItemKind::ColumnHeader, block.label.text(), 1, valueColumns));
    for (int j = 0; j < valueColumns;) {
        const ColumnDef& column = block.columns[j];
        const int column0 = labelColumns + j;
        if (column.group.isEmpty()) {
            grid.place(
                1, column0,
                textItem(FormItemKind::ColumnHeader, column.label.text(), headerRows - 1, 1));
            ++j;
            continue;
        }
        int run = 1;
        while (j + run < valueColumns && block.columns[j + run].group == column.group) {
            ++run;
        }
        grid.place(1, column0, textItem(FormItemKind::ColumnHeader, column.group.text(), 1, run));
        for (int k = 0; k < run; ++k) {
            grid.place(2, column0 + k,
                       textItem(FormItemKind::ColumnHeader, block.columns[j + k].label.text()));
        }
        j += run;
    }

    for (int i = 0; i < int(rows.size()); ++i) {
        const int row = headerRows + i;
        const int level = int(grouping.chains[std::size_t(i)].size());
        grid.place(row, level,
                   textItem(FormItemKind::RowLabel, rows[std::size_t(i)]->label.text(), 1,
                            labelColumns - level));
        grid.placeValues(row, labelColumns, table.key, block, *rows[std::size_t(i)],
                         labelColumns + valueColumns - 1);
    }
    // Each group's label spans the run of rows inside it, at its own level.
    for (int level = 0; level < depth; ++level) {
        for (const GroupRun& run : groupRuns(grouping, level)) {
            grid.place(headerRows + run.first, level,
                       textItem(FormItemKind::GroupLabel, run.group->label.text(), run.count, 1));
        }
    }
    return grid;
}

FormGrid FormGrid::buildBlockTable(const TableDef& table, const QSet<QString>& presentKeys)
{
    const bool hasCells = tableHasCells(table, presentKeys);
    int valueColumns = 1;
    int rowCount = 0;
    std::vector<RowFilter> blockRows;
    for (const BlockDef& block : table.blocks) {
        valueColumns = std::max(valueColumns, int(block.columns.size()));
        blockRows.push_back(visibleRows(table.key, block, presentKeys, hasCells));
        rowCount += 2 + int(blockRows.back().size());
    }
    FormGrid grid(rowCount, 1 + valueColumns);
    grid.m_labelColumns = 1;
    int row = 0;
    for (std::size_t b = 0; b < std::size_t(table.blocks.size()); ++b) {
        const BlockDef& block = table.blocks[qsizetype(b)];
        grid.place(row++, 0,
                   textItem(FormItemKind::Title, block.label.text(), 1, 1 + valueColumns));
        // The printed form heads each item's label column 信息内容.
        grid.place(row, 0, textItem(FormItemKind::ColumnHeader, tr("Information item")));
        for (int j = 0; j < int(block.columns.size()); ++j) {
            const bool last = j + 1 == int(block.columns.size());
            grid.place(row, 1 + j,
                       textItem(FormItemKind::ColumnHeader, block.columns[j].label.text(), 1,
                                last ? valueColumns - j : 1));
        }
        ++row;
        for (const RowDef* rowDef : blockRows[b]) {
            grid.place(row, 0, textItem(FormItemKind::RowLabel, rowDef->label.text()));
            grid.placeValues(row, 1, table.key, block, *rowDef, valueColumns);
            ++row;
        }
    }
    return grid;
}

FormGrid FormGrid::buildFlattenedTable(const TableDef& table, const QSet<QString>& presentKeys)
{
    // Table 4 prints its rows side by side on one line: each row of the data heads its
    // columns, under the groups it sits in (行政诉讼 over its two kinds of suit), and the
    // figures follow in one line.
    const BlockDef& block = table.blocks.front();
    const RowFilter rows =
        visibleRows(table.key, block, presentKeys, tableHasCells(table, presentKeys));
    const Grouping grouping = groupingOf(table, rows);
    const int depth = grouping.depth;
    const int width = int(block.columns.size());
    // Header lines: one per level of grouping, the rows' own, the columns'; then the figures.
    const int columnRow = depth + 1;
    FormGrid grid(columnRow + 2, std::max(1, int(rows.size()) * width));
    for (int i = 0; i < int(rows.size()); ++i) {
        const RowDef& rowDef = *rows[std::size_t(i)];
        const int level = int(grouping.chains[std::size_t(i)].size());
        // Under a group the row is headed by its own words; a row in fewer groups than the
        // deepest reaches down to the column labels, as the printed form merges it.
        const LocalizedText& label = level > 0 ? rowDef.headingUnderGroup() : rowDef.label;
        grid.place(level, i * width,
                   textItem(FormItemKind::ColumnHeader, label.text(), columnRow - level, width));
        for (int j = 0; j < width; ++j) {
            grid.place(columnRow, i * width + j,
                       textItem(FormItemKind::ColumnHeader, block.columns[j].label.text()));
        }
        grid.placeValues(columnRow + 1, i * width, table.key, block, rowDef, (i + 1) * width - 1);
    }
    for (int level = 0; level < depth; ++level) {
        for (const GroupRun& run : groupRuns(grouping, level)) {
            grid.place(level, run.first * width,
                       textItem(FormItemKind::ColumnHeader, run.group->label.text(), 1,
                                run.count * width));
        }
    }
    return grid;
}

const FormItem& FormGrid::at(int row, int column) const
{
    static const FormItem kOutside;
    if (row < 0 || column < 0 || row >= m_rows || column >= m_columns) {
        return kOutside;
    }
    return m_items[std::size_t(row * m_columns + column)];
}

std::optional<QPoint> FormGrid::valueCovering(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_rows || column >= m_columns) {
        return std::nullopt;
    }
    const int owner = m_owner[std::size_t(row * m_columns + column)];
    if (owner < 0 || m_items[std::size_t(owner)].kind != FormItemKind::Value) {
        return std::nullopt;
    }
    return QPoint(owner % m_columns, owner / m_columns);
}

std::optional<QPoint> FormGrid::positionOf(QStringView cellKey) const
{
    for (int index = 0; index < int(m_items.size()); ++index) {
        const FormItem& item = m_items[std::size_t(index)];
        if (item.kind == FormItemKind::Value && item.cellKey == cellKey) {
            return QPoint(index % m_columns, index / m_columns);
        }
    }
    return std::nullopt;
}

QList<QRect> FormGrid::spans() const
{
    QList<QRect> spans;
    for (int index = 0; index < int(m_items.size()); ++index) {
        const FormItem& item = m_items[std::size_t(index)];
        if (item.rowSpan > 1 || item.columnSpan > 1) {
            spans.append(
                QRect(index % m_columns, index / m_columns, item.columnSpan, item.rowSpan));
        }
    }
    return spans;
}

} // namespace nianbao::ui
