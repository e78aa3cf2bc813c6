#pragma once

#include <QImage>
#include <QRect>
#include <QWidget>

namespace nianbao::ui {

/// Paints a rendered page and, over it, the highlighted box: a translucent fill in the
/// palette's highlight colour with a solid outline, so that the figure under it stays
/// legible.
class PdfPageCanvas : public QWidget {
    Q_OBJECT

public:
    explicit PdfPageCanvas(QWidget* parent = nullptr);

    /// The page image, rendered for `devicePixelRatio` (its logical size is the widget's).
    void setPage(QImage page);
    void setHighlight(const QRect& highlight);
    [[nodiscard]] QRect highlight() const { return m_highlight; }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_page;
    QRect m_highlight;
};

} // namespace nianbao::ui
