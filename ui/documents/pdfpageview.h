#pragma once

#include "common/error.h"
#include "model/document.h"

#include <QByteArray>
#include <QRectF>
#include <QScrollArea>

#include <memory>

namespace nianbao {
class PdfFile;
}

namespace nianbao::ui {

class PdfPageCanvas;

/// A page of a report's PDF, rendered, with one box highlighted and scrolled into view: in
/// the review window, the original beside the form, showing where a cell's figure was read
/// (Document::pageBoxes gives each cell's page and box).
class PdfPageView : public QScrollArea {
    Q_OBJECT

public:
    explicit PdfPageView(QWidget* parent = nullptr);
    ~PdfPageView() override;

    /// Opens a PDF from its bytes (the archive keeps every report's original). On failure
    /// the view is empty and the error says why (damaged, encrypted).
    Result<void> setDocument(const QByteArray& pdf);
    void clear();
    [[nodiscard]] bool hasDocument() const;
    [[nodiscard]] int pageCount() const;

    /// Shows `page` (0-based) with `box` (in points, origin top-left) highlighted, scrolled
    /// so that the box is in view. A page outside the document leaves the view as it was.
    void showBox(int page, const QRectF& box);
    void showPageBox(const PageBox& pageBox) { showBox(pageBox.page, pageBox.box); }
    /// Shows a page without a highlight.
    void showPage(int page);

    [[nodiscard]] int currentPage() const { return m_page; }
    /// The highlighted box in points; empty when nothing is highlighted.
    [[nodiscard]] QRectF highlightedBox() const { return m_box; }
    /// The highlight in the page canvas's pixels; empty when nothing is highlighted.
    [[nodiscard]] QRect highlightRect() const;
    /// The widget the page is drawn on (for tests and screenshots).
    [[nodiscard]] QWidget* canvas() const;

    /// Pixels per point on screen; 1.5 shows an A4 page about 890 pixels wide.
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const { return m_zoom; }

Q_SIGNALS:
    void pageChanged(int page);

private:
    void renderPage();
    void scrollToHighlight();

    std::unique_ptr<PdfFile> m_pdf;
    PdfPageCanvas* m_canvas = nullptr; // owned by the scroll area
    int m_page = -1;
    QRectF m_box;
    double m_zoom = 1.5;
};

} // namespace nianbao::ui
