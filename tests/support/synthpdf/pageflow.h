#pragma once

#include "synthpdf/pagemodel.h"

#include <QColor>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace nianbao::synth {

/// A line of text at its baseline (points, origin top-left).
struct TextOp {
    QPointF baseline;
    QString text;
    double size = 12;
    bool bold = false;
};

/// What is drawn on one page.
struct PageOps {
    std::vector<QRectF> fills; ///< shaded cells, drawn first
    QColor fillColour;
    std::vector<QLineF> rules;
    std::vector<TextOp> texts;
};

/// The report set on pages, ready to paint.
struct LaidOutPages {
    QSizeF pageSize; ///< points
    QString font;
    std::vector<PageOps> pages;
};

/// Sets the blocks on A4 pages as a word processor does: paragraphs wrapped to the text width
/// (Chinese breaks anywhere, figures and Latin words stay whole), tables across the text
/// width with labels wrapped in their cells, rows never split (a table goes on on the next
/// page, with its header again when the style repeats it; a merged cell broken by the page
/// is framed on both parts), page numbers and running heads in the margins.
LaidOutPages layOutPages(const std::vector<ModelBlock>& blocks, const PdfStyle& style,
                         const QString& title, const QString& agency);

} // namespace nianbao::synth
