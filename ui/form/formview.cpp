#include "form/formview.h"

#include "common/itemroles.h"
#include "form/formdelegate.h"
#include "form/formmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>
#include <climits>

namespace nianbao::ui {

FormView::FormView(QWidget* parent)
    : QTableView(parent)
{
    setItemDelegate(new FormDelegate(this));
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTabKeyNavigation(true);
}

void FormView::setFormModel(FormModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &FormModel::gridChanged, this, &FormView::applyGrid);
    applyGrid();
}

void FormView::applyGrid()
{
    clearSpans();
    if (!m_model) {
        return;
    }
    const FormGrid& grid = m_model->grid();
    for (const QRect& span : grid.spans()) {
        setSpan(span.y(), span.x(), span.height(), span.width());
    }
    // Widths from the font, so that the form reads the same at any screen density. Values
    // leave room for a state icon; group labels wrap in narrow columns, as printed.
    const QFontMetrics metrics(font());
    const QChar wide(0x4e00);
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("00000")) + 32;
    const int labels = grid.labelColumns();
    for (int column = 0; column < grid.columnCount(); ++column) {
        int width = valueWidth;
        if (column < labels) {
            width = metrics.horizontalAdvance(QString(column + 1 == labels ? 11 : 4, wide)) + 12;
        }
        setColumnWidth(column, width);
    }
    // A heading's words wrap, but a word does not break: each column is as wide as the
    // longest word of the headings it holds alone ("organisations"), so none is cut.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < grid.columnCount(); ++column) {
            if (columnSpan(row, column) != 1) {
                continue;
            }
            const QModelIndex cell = m_model->index(row, column);
            const QString text = cell.data().toString();
            // Headings are bold: measured in the font they are drawn in.
            const QVariant cellFont = cell.data(Qt::FontRole);
            const QFontMetrics cellMetrics(cellFont.isValid() ? cellFont.value<QFont>() : font());
            for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                // Chinese wraps between any two characters.
                if (std::any_of(word.begin(), word.end(),
                                [](QChar c) { return c.script() == QChar::Script_Han; })) {
                    continue;
                }
                const int needed = cellMetrics.horizontalAdvance(word) + 12;
                if (needed > columnWidth(column)) {
                    setColumnWidth(column, needed);
                }
            }
        }
    }
    resizeRowsToContents();
}

QString FormView::currentCellKey() const
{
    return currentIndex().data(CellKeyRole).toString();
}

bool FormView::selectCells(const QStringList& keys)
{
    if (!m_model) {
        return false;
    }
    QItemSelection selection;
    QModelIndex first;
    for (const QString& key : keys) {
        const QModelIndex index = m_model->indexOf(key);
        if (index.isValid()) {
            selection.select(index, index);
            if (!first.isValid()) {
                first = index;
            }
        }
    }
    if (!first.isValid()) {
        return false;
    }
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
    return true;
}

QModelIndex FormView::valueIndex(int row, int column) const
{
    if (!m_model) {
        return {};
    }
    const std::optional<QPoint> origin = m_model->grid().valueCovering(row, column);
    return origin ? m_model->index(origin->y(), origin->x()) : QModelIndex();
}

QModelIndex FormView::step(const QModelIndex& from, int rowStep, int columnStep) const
{
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    for (int row = from.row() + rowStep, column = from.column() + columnStep;
         row >= 0 && row < rows && column >= 0 && column < columns;
         row += rowStep, column += columnStep) {
        const QModelIndex found = valueIndex(row, column);
        if (found.isValid() && found != from) {
            return found;
        }
    }
    return from;
}

QModelIndex FormView::neighbourInReadingOrder(const QModelIndex& from, int offset) const
{
    const QStringList& keys = m_model->grid().cellKeys();
    if (keys.isEmpty()) {
        return from;
    }
    const qsizetype at = keys.indexOf(from.data(CellKeyRole).toString());
    const qsizetype next = at < 0 ? 0 : (at + offset + keys.size()) % keys.size();
    return m_model->indexOf(keys[next]);
}

QModelIndex FormView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid() || !valueIndex(current.row(), current.column()).isValid()) {
        return m_model && !m_model->grid().cellKeys().isEmpty()
                   ? m_model->indexOf(m_model->grid().cellKeys().front())
                   : QTableView::moveCursor(action, modifiers);
    }
    switch (action) {
    case MoveUp:
        return step(current, -1, 0);
    case MoveDown:
        return step(current, 1, 0);
    case MoveLeft:
        return step(current, 0, -1);
    case MoveRight:
        return step(current, 0, 1);
    case MoveNext:
        return neighbourInReadingOrder(current, 1);
    case MovePrevious:
        return neighbourInReadingOrder(current, -1);
    case MoveHome:
    case MoveEnd:
    case MovePageUp:
    case MovePageDown:
        break;
    }
    const QModelIndex moved = QTableView::moveCursor(action, modifiers);
    const QModelIndex value =
        moved.isValid() ? valueIndex(moved.row(), moved.column()) : QModelIndex();
    return value.isValid() ? value : current;
}

QStringList FormView::selectedCellKeys() const
{
    if (!m_model || !selectionModel()) {
        return {};
    }
    QStringList keys;
    for (const QString& key : m_model->grid().cellKeys()) {
        if (selectionModel()->isSelected(m_model->indexOf(key))) {
            keys << key;
        }
    }
    return keys;
}

QString FormView::selectionAsText() const
{
    const QStringList keys = selectedCellKeys();
    if (keys.isEmpty()) {
        return {};
    }
    int top = INT_MAX;
    int bottom = -1;
    int left = INT_MAX;
    int right = -1;
    for (const QString& key : keys) {
        const QModelIndex index = m_model->indexOf(key);
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList fields;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = m_model->index(row, column);
            const bool value = keys.contains(index.data(CellKeyRole).toString());
            fields << (value ? index.data(Qt::EditRole).toString() : QString());
        }
        // A line of the grid with no selected cell (labels between) is left out.
        if (std::any_of(keys.begin(), keys.end(),
                        [&](const QString& key) { return m_model->indexOf(key).row() == row; })) {
            lines << fields.join(QLatin1Char('\t'));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList FormView::cellsRightFrom(const QString& key, int count) const
{
    QStringList keys;
    QModelIndex at = m_model ? m_model->indexOf(key) : QModelIndex();
    while (at.isValid() && keys.size() < count) {
        keys << at.data(CellKeyRole).toString();
        const QModelIndex next = step(at, 0, 1);
        if (next == at) {
            break;
        }
        at = next;
    }
    return keys;
}

void FormView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            if (const QString text = selectionAsText(); !text.isEmpty()) {
                QApplication::clipboard()->setText(text);
            }
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            emit pasteRequested(QApplication::clipboard()->text());
            event->accept();
            return;
        }
        const int digit = event->key() - Qt::Key_1;
        if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::AltModifier && digit >= 0 &&
            digit < 9) {
            emit readingRequested(digit);
            event->accept();
            return;
        }
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        emit acceptRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void FormView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    // Enter in the editor commits with SubmitModelCache; Tab and Escape give other hints.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        emit acceptRequested();
    }
}

void FormView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    const QString key = index.data(CellKeyRole).toString();
    if (key.isEmpty()) {
        return;
    }
    setCurrentIndex(index);
    QMenu menu(this);
    QAction* history = menu.addAction(tr("Cell history…"));
    history->setObjectName(QStringLiteral("cellHistoryMenuAction"));
    if (menu.exec(event->globalPos()) == history) {
        emit historyRequested(key);
    }
}

void FormView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    emit currentCellChanged(current.data(CellKeyRole).toString());
}

} // namespace nianbao::ui
