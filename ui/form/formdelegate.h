#pragma once

#include <QStyledItemDelegate>

namespace nianbao::ui {

/// Paints the form's labels and headers like the printed table's shaded header cells, and
/// edits values with a line edit that accepts only what the cell may hold.
class FormDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace nianbao::ui
