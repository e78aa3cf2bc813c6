#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {
struct BlockDef;
struct RowDef;
struct TableDef;
} // namespace nianbao

namespace nianbao::ui {

enum class FormItemKind {
    Empty,        ///< nothing, or a position covered by another item's span
    Title,        ///< a block's title across the table (第二十条第(一)项)
    ColumnHeader, ///< a column label or a label over several columns
    GroupLabel, ///< a label beside the rows of a group (三、本年度办理结果, (三)不予公开)
    RowLabel, ///< a row's own label
    Value,    ///< an official cell
};

struct FormItem {
    FormItemKind kind = FormItemKind::Empty;
    QString text;    ///< in the language current when the grid was built
    QString cellKey; ///< for values
    int rowSpan = 1;
    int columnSpan = 1;
};

/// One official table laid out like the printed form: merged headers, group labels spanning
/// their rows, every official cell at its place. Built from the format's data alone, so a new
/// format needs no code.
///
/// - Row tables (table 3): header rows above, label columns on the left, one per level of
///   grouping, each group's label spanning its rows.
/// - Block tables (table 2): per 第二十条 item a title line, a header line and its rows; a block
///   with fewer columns lets its last column span the rest.
/// - Flattened tables (table 4): one line of figures under the column labels, each row's
///   label over its columns and each group's label over its rows' labels (行政诉讼 over
///   未经复议直接起诉 and 复议后起诉); a row in fewer groups reaches down to the column labels.
class FormGrid {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ui::FormGrid)

public:
    FormGrid() = default;

    /// `presentKeys`: the cells the report has. A row is shown when the report has any of its
    /// cells (alternative rows included); with no cell of this table, the default rows are.
    /// Labels are in the current language: build again after a language change.
    static FormGrid build(const TableDef& table, const QSet<QString>& presentKeys);

    [[nodiscard]] int rowCount() const { return m_rows; }
    [[nodiscard]] int columnCount() const { return m_columns; }
    /// The item at a position; covered positions hold an Empty item.
    [[nodiscard]] const FormItem& at(int row, int column) const;
    /// The value item covering a position (itself, or the spanning value it lies under).
    [[nodiscard]] std::optional<QPoint> valueCovering(int row, int column) const;
    /// Where a cell sits (x = column, y = row).
    [[nodiscard]] std::optional<QPoint> positionOf(QStringView cellKey) const;
    /// Items spanning more than one position (x = column, y = row, width, height).
    [[nodiscard]] QList<QRect> spans() const;
    /// The cell keys in reading order (left to right, top to bottom).
    [[nodiscard]] const QStringList& cellKeys() const { return m_cellKeys; }
    /// Label columns on the left (their width is set by the view).
    [[nodiscard]] int labelColumns() const { return m_labelColumns; }

private:
    using RowFilter = std::vector<const RowDef*>;

    static FormGrid buildRowTable(const TableDef& table, const QSet<QString>& presentKeys);
    static FormGrid buildBlockTable(const TableDef& table, const QSet<QString>& presentKeys);
    static FormGrid buildFlattenedTable(const TableDef& table, const QSet<QString>& presentKeys);
    static RowFilter visibleRows(const QString& tableKey, const BlockDef& block,
                                 const QSet<QString>& presentKeys, bool tableHasCells);
    static bool tableHasCells(const TableDef& table, const QSet<QString>& presentKeys);

    FormGrid(int rows, int columns);
    void place(int row, int column, FormItem item);
    void placeValues(int row, int firstColumn, const QString& tableKey, const BlockDef& block,
                     const RowDef& rowDef, int lastColumn);

    int m_rows = 0;
    int m_columns = 0;
    int m_labelColumns = 0;
    std::vector<FormItem> m_items;
    /// For each position, the origin of the item covering it (row * columns + column).
    std::vector<int> m_owner;
    QStringList m_cellKeys;
};

} // namespace nianbao::ui
