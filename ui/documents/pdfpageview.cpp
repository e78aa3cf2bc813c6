#include "documents/pdfpageview.h"

#include "documents/pdfpagecanvas.h"
#include "pdf/pdffile.h"

#include <QScrollBar>

namespace nianbao::ui {

namespace {

/// Room left around the box when it is scrolled into view, in pixels.
constexpr int scrollMargin = 48;
constexpr double minimumZoom = 0.25;
constexpr double maximumZoom = 6.0;

} // namespace

PdfPageView::PdfPageView(QWidget* parent)
    : QScrollArea(parent)
    , m_canvas(new PdfPageCanvas)
{
    setObjectName(QStringLiteral("pdfPageView"));
    setWidget(m_canvas);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
}

PdfPageView::~PdfPageView() = default;

Result<void> PdfPageView::setDocument(const QByteArray& pdf)
{
    clear();
    Result<PdfFile> file = PdfFile::fromData(pdf);
    if (!file) {
        return std::unexpected(std::move(file.error()));
    }
    m_pdf = std::make_unique<PdfFile>(std::move(*file));
    return {};
}

void PdfPageView::clear()
{
    m_pdf.reset();
    m_page = -1;
    m_box = QRectF();
    m_canvas->setPage(QImage());
    m_canvas->setHighlight(QRect());
}

bool PdfPageView::hasDocument() const
{
    return m_pdf != nullptr;
}

int PdfPageView::pageCount() const
{
    return m_pdf ? m_pdf->pageCount() : 0;
}

void PdfPageView::showPage(int page)
{
    showBox(page, QRectF());
}

void PdfPageView::showBox(int page, const QRectF& box)
{
    if (!m_pdf || page < 0 || page >= m_pdf->pageCount()) {
        return;
    }
    const bool pageChanges = page != m_page;
    m_page = page;
    m_box = box;
    if (pageChanges) {
        renderPage();
        Q_EMIT pageChanged(page);
    }
    m_canvas->setHighlight(highlightRect());
    scrollToHighlight();
}

QRect PdfPageView::highlightRect() const
{
    if (m_box.isEmpty()) {
        return {};
    }
    return QRectF(m_box.topLeft() * m_zoom, m_box.size() * m_zoom).toAlignedRect();
}

QWidget* PdfPageView::canvas() const
{
    return m_canvas;
}

void PdfPageView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom)) {
        return;
    }
    m_zoom = zoom;
    if (m_page >= 0) {
        renderPage();
        m_canvas->setHighlight(highlightRect());
        scrollToHighlight();
    }
}

void PdfPageView::renderPage()
{
    // Rendered for the screen's pixel density, so text stays sharp on high-DPI displays.
    const qreal ratio = devicePixelRatioF();
    QImage image = m_pdf->render(m_page, 72.0 * m_zoom * ratio);
    image.setDevicePixelRatio(ratio);
    m_canvas->setPage(std::move(image));
}

void PdfPageView::scrollToHighlight()
{
    const QRect highlight = highlightRect();
    if (highlight.isEmpty()) {
        return;
    }
    ensureVisible(highlight.center().x(), highlight.center().y(),
                  highlight.width() / 2 + scrollMargin, highlight.height() / 2 + scrollMargin);
}

} // namespace nianbao::ui
