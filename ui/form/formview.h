#pragma once

#include <QTableView>

namespace nianbao::ui {

class FormModel;

/// A table of the form: spans from the model's grid, keyboard moves from value to value
/// (labels and headers are skipped), typing on a cell edits it, Enter accepts.
class FormView final : public QTableView {
    Q_OBJECT

public:
    explicit FormView(QWidget* parent = nullptr);

    void setFormModel(FormModel* model);
    [[nodiscard]] FormModel* formModel() const { return m_model; }
    /// The key of the current cell, or "" when the current item is no cell.
    [[nodiscard]] QString currentCellKey() const;
    /// Selects the cells of this table among `keys`; the first becomes current. Returns
    /// whether any was here.
    bool selectCells(const QStringList& keys);
    /// The keys of the selected cells, in reading order.
    [[nodiscard]] QStringList selectedCellKeys() const;
    /// The selection as tab-separated text, a line per row of the grid (what Excel and WPS
    /// paste as cells); blank where the rectangle holds no selected cell.
    [[nodiscard]] QString selectionAsText() const;
    /// `count` cells from `key` rightwards along its line of the grid (fewer at its end).
    [[nodiscard]] QStringList cellsRightFrom(const QString& key, int count) const;

signals:
    /// Enter on a cell, or an edit committed with Enter: the reviewer accepts the value.
    void acceptRequested();
    /// Alt+1…Alt+9: apply candidate reading `index` (0 = the best) to the current cell's row.
    void readingRequested(int index);
    /// Ctrl+V: the clipboard's text, to fill cells from the current one.
    void pasteRequested(const QString& text);
    void historyRequested(const QString& cellKey);
    void currentCellChanged(const QString& cellKey);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    void applyGrid();
    [[nodiscard]] QModelIndex valueIndex(int row, int column) const;
    [[nodiscard]] QModelIndex step(const QModelIndex& from, int rowStep, int columnStep) const;
    [[nodiscard]] QModelIndex neighbourInReadingOrder(const QModelIndex& from, int offset) const;

    FormModel* m_model = nullptr;
};

} // namespace nianbao::ui
