#pragma once

#include "common/error.h"
#include "model/cell.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <vector>

namespace nianbao {

/// What Tesseract read in one cell image.
struct CellText {
    QString text;          ///< the words, lines joined
    double confidence = 0; ///< Tesseract's mean word confidence, 0–1; 0 where it read nothing
    /// For each character read, the characters the recogniser weighed, best first, with their
    /// confidences (0–1): the OCR's own alternatives (figures only).
    std::vector<std::vector<std::pair<QChar, double>>> choices;
};

/// How a batch of cells is read.
enum class CellScript {
    Chinese, ///< chi_sim, a block of lines: labels, and the zero mark 无
    Figures, ///< eng restricted to digits and the marks of figures, one line, with the
             ///< recogniser's alternatives for every character
};

/// Reads cell images with one Tesseract run for the whole batch (a list of images, each a
/// page of its own: loading the model once costs more than reading a cell). Images at `dpi`.
Result<std::vector<CellText>> recognizeCells(const std::vector<QImage>& cells, CellScript script,
                                             double dpi, int timeoutMs);

/// Tesseract's TSV output for a batch of `count` images, one CellText per image.
std::vector<CellText> parseCellTsv(const QByteArray& tsv, size_t count);
/// Tesseract's hOCR output (lstm_choice_mode 2) for a batch of `count` images.
std::vector<CellText> parseCellHocr(const QByteArray& hocr, size_t count);

/// The readings of a figure the recogniser's alternatives allow, most likely first, as
/// values with their likelihood (the product of the characters' confidences), at most
/// `most`. Readings that are not numbers are left out.
std::vector<CellCandidate> figureReadings(const CellText& read, size_t most = 4);

} // namespace nianbao
