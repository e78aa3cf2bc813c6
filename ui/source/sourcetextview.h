#pragma once

#include <QPlainTextEdit>
#include <QPointer>
#include <QStringList>

namespace nianbao::ui {

class ReportSession;

/// The report's text as imported. Cells with a problem are tinted where they were read;
/// the selected cells are highlighted and scrolled to; clicking a figure selects its cell.
class SourceTextView final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit SourceTextView(QWidget* parent = nullptr);

    void setSession(ReportSession* session);
    /// Highlights where these cells were read and scrolls to the first.
    void showCells(const QStringList& cellKeys);
    /// Scrolls so that a code point position is near the top, and puts the cursor there.
    void showPosition(qsizetype codePoint);
    /// The cell read at a code point position of the text, or "".
    [[nodiscard]] QString cellAt(qsizetype codePoint) const;

signals:
    void cellClicked(const QString& cellKey);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void updateHighlights();
    [[nodiscard]] QTextCursor cursorFor(qsizetype start, qsizetype end) const;

    QPointer<ReportSession> m_session;
    QStringList m_shown;
};

} // namespace nianbao::ui
