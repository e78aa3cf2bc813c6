#pragma once

#include <QImage>

namespace nianbao {

/// A page image made ready for OCR: greyscale, with the rules of tables erased. Tesseract
/// reads ruled tables badly (rules become |, 1 and l, and whole rows go missing); rules are
/// runs of dark pixels far longer than any stroke of a character, so they can go without
/// touching the text.
QImage prepareForOcr(const QImage& page, double dpi);

} // namespace nianbao
