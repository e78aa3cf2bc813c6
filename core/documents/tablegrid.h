#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

/// A table as a grid of slots, the way HTML and Word lay out merged cells: each cell sits at
/// its top-left slot and covers the slots its row and column spans reach. Readers of every
/// format fill one, so that every format renders its tables the same way.
class TableGrid {
public:
    /// Limits that keep a hostile file from making a grid of billions of slots: spans are
    /// clamped, cells past the last column are dropped, and a grid whose slots would pass the
    /// budget stops taking cells (isTruncated() tells). Report tables have some 30 rows and
    /// 16 columns.
    static constexpr int maxSpan = 200;
    static constexpr int maxColumns = 500;
    static constexpr qsizetype maxSlots = 1 << 20;

    /// Starts the next row; cells added after it go into that row.
    void beginRow();

    /// Places a cell in the current row at the first slot not yet covered (a cell from a row
    /// above may reach down into it), as HTML places <td rowspan colspan>.
    void addCell(const QString& text, int rowSpan = 1, int columnSpan = 1);

    /// Places a cell in the current row at a given column (Word gives positions explicitly:
    /// w:gridBefore and each cell's w:gridSpan). Slots it covers that another cell already
    /// covers stay with that cell.
    void placeCell(int column, const QString& text, int columnSpan = 1);

    /// Extends the cell that covers `column` in the row above down over the current row, for
    /// `columnSpan` columns (Word's w:vMerge continue). With no cell above the slots are left
    /// as an empty cell of their own.
    void continueCellAbove(int column, int columnSpan = 1);

    /// The rows begun; a row span reaching past the last one ends there.
    [[nodiscard]] int rowCount() const { return m_rowsBegun; }
    [[nodiscard]] int columnCount() const { return m_columnCount; }

    /// The text at a slot: a cell's text at its top-left slot, empty where a cell spans from
    /// elsewhere, or where no cell was placed.
    [[nodiscard]] QString text(int row, int column) const;
    /// Whether a slot is covered by a cell whose top-left slot is another one.
    [[nodiscard]] bool isCovered(int row, int column) const;
    /// The row and column spans of the cell whose top-left slot this is (0, 0 if none).
    [[nodiscard]] int rowSpanAt(int row, int column) const;
    [[nodiscard]] int columnSpanAt(int row, int column) const;

    /// One line per row, the slots separated by tabs: the TabRows shape the extractor reads.
    /// Every row has columnCount() fields.
    [[nodiscard]] QStringList toTabRows() const;

    /// Whether cells were dropped because the grid reached its limits.
    [[nodiscard]] bool isTruncated() const { return m_full || m_dropped; }

    /// Whether no slot holds any text.
    [[nodiscard]] bool isBlank() const;

private:
    /// A slot that no cell covers has `anchorRow` -1. The text and spans are those of the cell
    /// whose top-left slot this is, and unused elsewhere.
    struct Slot {
        int anchorRow = -1;
        int anchorColumn = -1;
        QString text;
        int rowSpan = 0;
        int columnSpan = 0;
    };

    void place(int row, int column, const QString& text, int rowSpan, int columnSpan);
    Slot& slotAt(int row, int column);
    [[nodiscard]] const Slot* findSlot(int row, int column) const;
    void ensureRow(int row);

    /// Rows as far as cells reach; spans may reach below the last row begun.
    std::vector<std::vector<Slot>> m_rows;
    int m_rowsBegun = 0;
    int m_columnCount = 0;
    int m_cursor = 0; ///< where addCell starts looking in the current row
    qsizetype m_slotsPlaced = 0;
    bool m_full = false;    ///< the slot budget is spent: no more cells or rows
    bool m_dropped = false; ///< a cell lay past the last column
};

} // namespace nianbao
