#pragma once

#include "common/error.h"
#include "pdf/pagelayout.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {

/// What Tesseract read on one page.
struct RecognizedPage {
    std::vector<PositionedWord> words; ///< boxes in points, origin top-left
    double meanConfidence = 0;         ///< Tesseract's word confidence, 0–100
};

/// Why OCR cannot run here: `tesseract` missing, or installed without its Simplified
/// Chinese model. Nothing when it can. The message names the Debian packages.
std::optional<Error> ocrUnavailable();

/// The environment Tesseract runs in: one thread.
QStringList tesseractEnvironment();

/// Reads a page image rendered at `dpi` with Tesseract (`tesseract page.png stdout -l chi_sim
/// --psm 6 tsv`, one uniform block so that table rows stay rows).
Result<RecognizedPage> recognizePage(const QImage& image, double dpi, int timeoutMs);

/// Tesseract's TSV output as words, their pixel boxes at `dpi` converted to points.
RecognizedPage parseTesseractTsv(const QByteArray& tsv, double dpi);

} // namespace nianbao
