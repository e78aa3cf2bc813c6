#include "pdf/pagerules.h"

#include "pdf/inkmap.h"
#include "pdf/pagelines.h"
#include "pdf/pdffile.h"

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

/// Rendering resolution for finding rules: a point and a half a pixel places every boundary
/// well within a cell's padding, and costs little (the fonts' loading dominates).
constexpr double rulesDpi = 50.0;
/// Without antialiasing, ink is ink: anything darker than mid-grey (light cell shading is
/// paper).
constexpr int renderedInkThreshold = 128;
/// Rules closer than this (points) meet.
constexpr double meetTolerance = 3.0;

} // namespace

bool mayHoldTable(const std::vector<PositionedWord>& words)
{
    // A table has a row of cells set apart; prose runs on, figures and all.
    for (const layout::Row& row : layout::buildRows(layout::buildLines(words))) {
        if (layout::cellsOf(row).size() >= 2) {
            return true;
        }
    }
    return false;
}

std::vector<RuledTable> ruledTablesOfImage(const QImage& image, double dpi, int inkThreshold,
                                           const std::vector<PositionedWord>& words)
{
    InkMap ink = InkMap::fromImage(image, inkThreshold);
    const double scale = dpi / 72.0;
    for (const PositionedWord& word : words) {
        // A pixel in from the word's box on every side: a rule may run along it.
        const QRectF box(word.box.topLeft() * scale, word.box.size() * scale);
        ink.clear(QRect(QPoint(static_cast<int>(std::ceil(box.left())) + 1,
                               static_cast<int>(std::ceil(box.top())) + 1),
                        QPoint(static_cast<int>(std::floor(box.right())) - 1,
                               static_cast<int>(std::floor(box.bottom())) - 1)));
    }
    RuleSearch search;
    search.pointsPerPixel = 72.0 / dpi;
    const PageRules rules = gridRules(findRules(ink, search), meetTolerance);
    return findRuledTables(rules, meetTolerance);
}

std::vector<RuledTable> ruledTablesOfPage(const PdfFile& pdf, int page,
                                          const std::vector<PositionedWord>& words)
{
    const QImage image = pdf.renderLines(page, rulesDpi);
    if (image.isNull()) {
        return {};
    }
    return ruledTablesOfImage(image, rulesDpi, renderedInkThreshold, words);
}

} // namespace nianbao
