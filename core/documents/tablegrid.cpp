#include "documents/tablegrid.h"

#include <algorithm>

namespace nianbao {

namespace {

int clampSpan(int span)
{
    return std::clamp(span, 1, TableGrid::maxSpan);
}

/// A cell's text on one line of a tab-separated row: its own tabs and line breaks would
/// split the row.
QString singleField(QString text)
{
    for (QChar& character : text) {
        if (character == QLatin1Char('\t') || character == QLatin1Char('\n') ||
            character == QLatin1Char('\r')) {
            character = QLatin1Char(' ');
        }
    }
    return text;
}

} // namespace

void TableGrid::beginRow()
{
    // A row counts against the slot budget too: millions of empty <tr> must not pass.
    if (m_full || m_slotsPlaced >= maxSlots) {
        m_full = true;
        return;
    }
    ++m_slotsPlaced;
    ++m_rowsBegun;
    ensureRow(m_rowsBegun - 1);
    m_cursor = 0;
}

void TableGrid::addCell(const QString& text, int rowSpan, int columnSpan)
{
    if (m_rowsBegun == 0) {
        beginRow();
    }
    if (m_full) {
        return;
    }
    const int row = m_rowsBegun - 1;
    int column = m_cursor;
    while (column < maxColumns && findSlot(row, column) && findSlot(row, column)->anchorRow >= 0) {
        ++column;
    }
    if (column >= maxColumns) {
        m_dropped = true;
        return;
    }
    const int span = clampSpan(columnSpan);
    place(row, column, text, clampSpan(rowSpan), span);
    m_cursor = column + span;
}

void TableGrid::placeCell(int column, const QString& text, int columnSpan)
{
    if (m_rowsBegun == 0) {
        beginRow();
    }
    if (m_full || column < 0 || column >= maxColumns) {
        m_dropped = m_dropped || column >= maxColumns;
        return;
    }
    place(m_rowsBegun - 1, column, text, 1, clampSpan(columnSpan));
}

void TableGrid::continueCellAbove(int column, int columnSpan)
{
    if (m_rowsBegun == 0) {
        beginRow();
    }
    if (m_full || column < 0 || column >= maxColumns) {
        return;
    }
    const int row = m_rowsBegun - 1;
    const Slot* above = row > 0 ? findSlot(row - 1, column) : nullptr;
    if (!above || above->anchorRow < 0) {
        placeCell(column, QString(), columnSpan);
        return;
    }
    const int anchorRow = above->anchorRow;
    const int anchorColumn = above->anchorColumn;
    const int anchorSpan = slotAt(anchorRow, anchorColumn).columnSpan;
    if (m_slotsPlaced + anchorSpan > maxSlots) {
        m_full = true;
        return;
    }
    m_slotsPlaced += anchorSpan;
    // The cell reaches down over the columns it covers above, whatever span Word repeats.
    for (int c = anchorColumn; c < anchorColumn + anchorSpan; ++c) {
        Slot& slot = slotAt(row, c);
        if (slot.anchorRow < 0) {
            slot.anchorRow = anchorRow;
            slot.anchorColumn = anchorColumn;
        }
    }
    Slot& anchor = slotAt(anchorRow, anchorColumn);
    anchor.rowSpan = std::max(anchor.rowSpan, row - anchorRow + 1);
    const int end = std::min(column + clampSpan(columnSpan), maxColumns);
    for (int c = anchorColumn + anchorSpan; c < end; ++c) {
        placeCell(c, QString(), 1);
    }
}

void TableGrid::place(int row, int column, const QString& text, int rowSpan, int columnSpan)
{
    const Slot& first = slotAt(row, column);
    if (first.anchorRow >= 0) {
        // Overlapping cells are an authoring error; the slot stays with the cell that took it
        // first, and the text is kept there rather than dropped.
        if (!text.isEmpty()) {
            Slot& owner = slotAt(first.anchorRow, first.anchorColumn);
            owner.text = owner.text.isEmpty() ? text : owner.text + QLatin1Char(' ') + text;
        }
        return;
    }
    const int span = std::min(columnSpan, maxColumns - column);
    const qsizetype covered = static_cast<qsizetype>(rowSpan) * span;
    if (m_slotsPlaced + covered > maxSlots) {
        m_full = true;
        return;
    }
    m_slotsPlaced += covered;
    // Slots are reached through slotAt each time: growing a row moves its rowSlots.
    for (int r = row; r < row + rowSpan; ++r) {
        for (int c = column; c < column + span; ++c) {
            Slot& slot = slotAt(r, c);
            if (slot.anchorRow < 0) {
                slot.anchorRow = row;
                slot.anchorColumn = column;
            }
        }
    }
    Slot& anchor = slotAt(row, column);
    anchor.text = text;
    anchor.rowSpan = rowSpan;
    anchor.columnSpan = span;
    m_columnCount = std::max(m_columnCount, column + span);
}

TableGrid::Slot& TableGrid::slotAt(int row, int column)
{
    ensureRow(row);
    std::vector<Slot>& rowSlots = m_rows[static_cast<size_t>(row)];
    if (rowSlots.size() <= static_cast<size_t>(column)) {
        rowSlots.resize(static_cast<size_t>(column) + 1);
    }
    return rowSlots[static_cast<size_t>(column)];
}

const TableGrid::Slot* TableGrid::findSlot(int row, int column) const
{
    if (row < 0 || column < 0 || static_cast<size_t>(row) >= m_rows.size()) {
        return nullptr;
    }
    const std::vector<Slot>& rowSlots = m_rows[static_cast<size_t>(row)];
    return static_cast<size_t>(column) < rowSlots.size() ? &rowSlots[static_cast<size_t>(column)]
                                                         : nullptr;
}

void TableGrid::ensureRow(int row)
{
    if (m_rows.size() <= static_cast<size_t>(row)) {
        m_rows.resize(static_cast<size_t>(row) + 1);
    }
}

QString TableGrid::text(int row, int column) const
{
    const Slot* slot = findSlot(row, column);
    return slot && slot->anchorRow == row && slot->anchorColumn == column ? slot->text : QString();
}

bool TableGrid::isCovered(int row, int column) const
{
    const Slot* slot = findSlot(row, column);
    return slot && slot->anchorRow >= 0 && (slot->anchorRow != row || slot->anchorColumn != column);
}

int TableGrid::rowSpanAt(int row, int column) const
{
    const Slot* slot = findSlot(row, column);
    const bool isAnchor = slot && slot->anchorRow == row && slot->anchorColumn == column;
    // A span reaching past the last row ends there, as HTML ends it at its row group.
    return isAnchor ? std::min(slot->rowSpan, rowCount() - row) : 0;
}

int TableGrid::columnSpanAt(int row, int column) const
{
    const Slot* slot = findSlot(row, column);
    const bool isAnchor = slot && slot->anchorRow == row && slot->anchorColumn == column;
    return isAnchor ? slot->columnSpan : 0;
}

QStringList TableGrid::toTabRows() const
{
    QStringList lines;
    lines.reserve(rowCount());
    QStringList fields;
    for (int row = 0; row < rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < m_columnCount; ++column) {
            fields.append(singleField(text(row, column)));
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines;
}

bool TableGrid::isBlank() const
{
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < m_columnCount; ++column) {
            if (!text(row, column).trimmed().isEmpty()) {
                return false;
            }
        }
    }
    return true;
}

} // namespace nianbao
