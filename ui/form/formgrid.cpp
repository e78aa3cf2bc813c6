#include "form/formgrid.h"

#include "templates/reporttemplate.h"

#include <algorithm>

namespace nianbao::ui {

namespace {

QString cellKeyOf(const QString& tableKey, const RowDef& row, const ColumnDef& column)
{
    return tableKey + QLatin1Char('.') + row.key + QLatin1Char('.') + column.key;
}

/// The groups a row sits in, outermost first (三、本年度办理结果, then (三)不予公开).
std::vector<const GroupDef*> groupChain(const TableDef& table, const RowDef& row)
{
    std::vector<const GroupDef*> chain;
    for (const GroupDef* group = table.group(row.group); group;
         group = group->parent.isEmpty() ? nullptr : table.group(group->parent)) {
        chain.insert(chain.begin(), group);
    }
    return chain;
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
    const QString prefix = table.key + QLatin1Char('.');
    return std::any_of(presentKeys.begin(), presentKeys.end(),
                       [&](const QString& key) { return key.startsWith(prefix); });
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
    std::vector<std::vector<const GroupDef*>> chains;
    int depth = 0;
    for (const RowDef* row : rows) {
        chains.push_back(groupChain(table, *row));
        depth = std::max(depth, int(chains.back().size()));
    }
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
        const int level = int(chains[std::size_t(i)].size());
        grid.place(row, level,
                   textItem(FormItemKind::RowLabel, rows[std::size_t(i)]->label.text(), 1,
                            labelColumns - level));
        grid.placeValues(row, labelColumns, table.key, block, *rows[std::size_t(i)],
                         labelColumns + valueColumns - 1);
    }
    // Each group's label spans the run of rows inside it, at its own level.
    for (int level = 0; level < depth; ++level) {
        for (int i = 0; i < int(rows.size());) {
            const auto& chain = chains[std::size_t(i)];
            if (int(chain.size()) <= level) {
                ++i;
                continue;
            }
            const GroupDef* group = chain[std::size_t(level)];
            int run = 1;
            while (i + run < int(rows.size()) && int(chains[std::size_t(i + run)].size()) > level &&
                   chains[std::size_t(i + run)][std::size_t(level)] == group) {
                ++run;
            }
            grid.place(headerRows + i, level,
                       textItem(FormItemKind::GroupLabel, group->label.text(), run, 1));
            i += run;
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
    // Table 4 prints its groups side by side on one line: each row of the data becomes a
    // header over its columns, and the figures follow in one line.
    const BlockDef& block = table.blocks.front();
    const RowFilter rows =
        visibleRows(table.key, block, presentKeys, tableHasCells(table, presentKeys));
    const int width = int(block.columns.size());
    FormGrid grid(3, std::max(1, int(rows.size()) * width));
    for (int i = 0; i < int(rows.size()); ++i) {
        const RowDef& rowDef = *rows[std::size_t(i)];
        grid.place(0, i * width,
                   textItem(FormItemKind::ColumnHeader, rowDef.label.text(), 1, width));
        for (int j = 0; j < width; ++j) {
            grid.place(1, i * width + j,
                       textItem(FormItemKind::ColumnHeader, block.columns[j].label.text()));
        }
        grid.placeValues(2, i * width, table.key, block, rowDef, (i + 1) * width - 1);
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
