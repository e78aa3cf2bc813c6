#include "source/sourcetextview.h"

#include "session/reportsession.h"
#include "theme/statepalette.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace nianbao::ui {

SourceTextView::SourceTextView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setCenterOnScroll(false);
}

void SourceTextView::setSession(ReportSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_shown.clear();
    setPlainText(session ? session->document().text : QString());
    if (session) {
        connect(session, &ReportSession::findingsChanged, this, &SourceTextView::updateHighlights);
    }
    updateHighlights();
}

QTextCursor SourceTextView::cursorFor(qsizetype start, qsizetype end) const
{
    const Document& document = m_session->document();
    QTextCursor cursor(this->document());
    cursor.setPosition(int(document.utf16At(start)));
    cursor.setPosition(int(document.utf16At(end)), QTextCursor::KeepAnchor);
    return cursor;
}

void SourceTextView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_session) {
        setExtraSelections(selections);
        return;
    }
    const StatePalette palette = StatePalette::current();
    for (const Cell& cell : m_session->current().cells) {
        const CellState state = m_session->annotation(cell.key).state;
        if (!cell.span || state == CellState::Normal || m_shown.contains(cell.key)) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(cell.span->start, cell.span->end);
        selection.format.setBackground(palette.background(state));
        selections.append(selection);
    }
    for (const QString& key : m_shown) {
        const Cell* cell = m_session->current().cell(key);
        if (!cell || !cell->span) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(cell->span->start, cell->span->end);
        selection.format.setBackground(this->palette().highlight());
        selection.format.setForeground(this->palette().highlightedText());
        selection.format.setFontWeight(QFont::Bold);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void SourceTextView::showCells(const QStringList& cellKeys)
{
    m_shown = cellKeys;
    updateHighlights();
    if (!m_session) {
        return;
    }
    for (const QString& key : cellKeys) {
        if (const Cell* cell = m_session->current().cell(key); cell && cell->span) {
            // Centred, so the labels printed around the figure are in view too.
            setTextCursor(cursorFor(cell->span->start, cell->span->start));
            centerCursor();
            return;
        }
    }
}

void SourceTextView::showPosition(qsizetype codePoint)
{
    if (!m_session) {
        return;
    }
    const QTextCursor cursor = cursorFor(codePoint, codePoint);
    setTextCursor(cursor);
    const QTextBlock block = cursor.block();
    verticalScrollBar()->setValue(block.firstLineNumber());
}

QString SourceTextView::cellAt(qsizetype codePoint) const
{
    if (!m_session) {
        return {};
    }
    for (const Cell& cell : m_session->current().cells) {
        if (cell.span && (cell.span->contains(codePoint) ||
                          (cell.span->length() == 0 && cell.span->start == codePoint))) {
            return cell.key;
        }
    }
    return {};
}

void SourceTextView::mouseReleaseEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_session || textCursor().hasSelection()) {
        return;
    }
    const int utf16 = cursorForPosition(event->position().toPoint()).position();
    const Document& document = m_session->document();
    // The click lands between two characters: the figure may lie on either side.
    for (const qsizetype position :
         {document.codePointAt(utf16), document.codePointAt(std::max(0, utf16 - 1))}) {
        if (const QString key = cellAt(position); !key.isEmpty()) {
            emit cellClicked(key);
            return;
        }
    }
}

} // namespace nianbao::ui
