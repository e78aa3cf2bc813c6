#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;
class QTreeWidget;

namespace nianbao::ui {

class PdfPageView;
class ReportSession;
class SourceTextView;

/// The raw report as imported: an outline of its parts above its text and, for a PDF, its
/// pages as printed.
class SourcePane final : public QWidget {
    Q_OBJECT

public:
    explicit SourcePane(QWidget* parent = nullptr);

    void setSession(ReportSession* session);
    /// Highlights where these cells were read, in the text and on the page, and scrolls there.
    void showCells(const QStringList& cellKeys);
    [[nodiscard]] SourceTextView* textView() const { return m_text; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }

signals:
    void cellClicked(const QString& cellKey);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillOutline();
    void loadPages();
    void fitPagesToWidth();
    void retranslate();

    QPointer<ReportSession> m_session;
    QLabel* m_notice = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeWidget* m_outline = nullptr;
    QTabWidget* m_views = nullptr;
    SourceTextView* m_text = nullptr;
    PdfPageView* m_pages = nullptr;
};

} // namespace nianbao::ui
