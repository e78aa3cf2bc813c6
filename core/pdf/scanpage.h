#pragma once

#include "common/error.h"
#include "pdf/pageassembly.h"

#include <QImage>

namespace nianbao {

/// A scanned page as read: its tables cell by cell, its prose, how sure the OCR was.
struct ScannedPage {
    ReadPage page;
    double meanConfidence = 0; ///< of the prose, 0–100 (as Tesseract reports it)
};

/// Reads a page with no usable text layer, rendered at `dpi`:
/// - straightens it (the skew its rows of ink show) and clears specks;
/// - finds its tables' grids from their rules, and reads every cell on its own: empty cells
///   stay empty, a lone bar is a dash, labels with the Chinese model, figures with a model
///   restricted to digits and the marks of figures; a figure both models read alike is
///   sure, any other is kept at low confidence with the recogniser's own alternatives;
/// - reads the prose around the tables with the Chinese model.
/// Each Tesseract run may take `timeoutMs`.
Result<ScannedPage> readScannedPage(const QImage& image, int page, double dpi, int timeoutMs);

} // namespace nianbao
