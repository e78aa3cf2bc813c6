#include "form/formdelegate.h"

#include "common/itemroles.h"
#include "form/cellvalue.h"
#include "form/formgrid.h"
#include "form/formmodel.h"
#include "session/reportsession.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace nianbao::ui {

QWidget* FormDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                    const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    const auto* model = qobject_cast<const FormModel*>(index.model());
    if (model && model->session()) {
        const CellValueType type =
            CellValueType::of(model->session()->format(), index.data(CellKeyRole).toString());
        // Full-width digits are typed by Chinese input methods: parse() folds them, so the
        // validator lets them through too.
        QString pattern = type.inputPattern();
        pattern.replace(QStringLiteral("\\d"), QStringLiteral("[0-9０-９]"));
        pattern.replace(QStringLiteral("\\."), QStringLiteral("[.．]"));
        editor->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), editor));
    }
    return editor;
}

void FormDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* lineEdit = qobject_cast<QLineEdit*>(editor);
    if (!lineEdit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    // Selected, so that a key typed on a cell (which opens the editor and is passed on to
    // it) replaces the value rather than appending to it.
    lineEdit->setText(index.data(Qt::EditRole).toString());
    lineEdit->selectAll();
}

void FormDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (FormItemKind(index.data(ItemKindRole).toInt())) {
    case FormItemKind::Title:
    case FormItemKind::ColumnHeader:
        option->backgroundBrush = option->palette.button();
        option->features |= QStyleOptionViewItem::WrapText;
        break;
    case FormItemKind::GroupLabel:
    case FormItemKind::RowLabel:
        option->backgroundBrush = option->palette.alternateBase();
        option->features |= QStyleOptionViewItem::WrapText;
        break;
    case FormItemKind::Value:
    case FormItemKind::Empty:
        break;
    }
}

} // namespace nianbao::ui
