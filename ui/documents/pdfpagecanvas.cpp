#include "documents/pdfpagecanvas.h"

#include <QPaintEvent>
#include <QPainter>

namespace nianbao::ui {

namespace {

/// How much of the highlight colour covers the page inside the box.
constexpr int highlightFillAlpha = 70;
constexpr qreal highlightOutline = 2.0;

} // namespace

PdfPageCanvas::PdfPageCanvas(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfPageCanvas"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PdfPageCanvas::setPage(QImage page)
{
    m_page = std::move(page);
    resize(sizeHint());
    update();
}

void PdfPageCanvas::setHighlight(const QRect& highlight)
{
    m_highlight = highlight;
    update();
}

QSize PdfPageCanvas::sizeHint() const
{
    return m_page.isNull() ? QSize() : m_page.deviceIndependentSize().toSize();
}

void PdfPageCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().window());
    if (m_page.isNull()) {
        return;
    }
    painter.drawImage(QPoint(0, 0), m_page);
    if (m_highlight.isEmpty()) {
        return;
    }
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(highlightFillAlpha);
    painter.fillRect(m_highlight, fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), highlightOutline));
    painter.drawRect(QRectF(m_highlight).adjusted(-1, -1, 1, 1));
}

} // namespace nianbao::ui
