#pragma once

#include "pdf/pagelayout.h"
#include "pdf/ruledtable.h"

#include <QImage>

#include <vector>

namespace nianbao {

class PdfFile;

/// Whether a page's words may hold a table: some line with cells set apart. Pages of prose
/// are not rendered to look for rules.
bool mayHoldTable(const std::vector<PositionedWord>& words);

/// The ruled tables of a page with a text layer. Poppler's API gives no paths, so the page is
/// rendered at a low resolution with hairlines drawn solid, its words (known from the text
/// layer) are blanked, and what long thin runs of ink remain are its rules.
std::vector<RuledTable> ruledTablesOfPage(const PdfFile& pdf, int page,
                                          const std::vector<PositionedWord>& words);

/// The ruled tables of a page image at `dpi` (a rendered page or a deskewed scan), with the
/// areas of known words blanked first (points; none for a scan).
std::vector<RuledTable> ruledTablesOfImage(const QImage& image, double dpi, int inkThreshold,
                                           const std::vector<PositionedWord>& words);

} // namespace nianbao
