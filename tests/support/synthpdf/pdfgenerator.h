#pragma once

#include "synth/reportgenerator.h"
#include "synthpdf/pdfstyle.h"

#include <QByteArray>

namespace nianbao::synth {

/// A generated PDF and what a perfect extractor reads from it.
struct GeneratedPdf {
    QByteArray bytes;
    GeneratedReport report; ///< the expected cells (no text: the PDF is the text)
    PdfShape shape = PdfShape::Ruled;
    PdfStyle style;
    int pageCount = 0;

    /// Shape, format, difficulties and style, for failure messages.
    /// A row label printed with characters left out ("2.其他法律行政止公开"), or empty.
    QString misprintedLabel;
    [[nodiscard]] QString describe() const;
};

/// Renders random, consistent reports as published PDFs: a word processor's pages (Noto CJK
/// fonts, text layer), tables ruled or not, or those pages printed and scanned into an
/// image-only PDF. Deterministic for a seed. Needs a QGuiApplication (fonts).
class PdfReportGenerator {
public:
    explicit PdfReportGenerator(quint64 seed);

    /// A report in a random format, with random difficulties among those a PDF of `shape`
    /// shows recoverably, in a random style.
    GeneratedPdf generate(PdfShape shape);
    /// A report with the given options, in the given style.
    GeneratedPdf generate(PdfShape shape, const GeneratorOptions& options, const PdfStyle& style);

    QRandomGenerator& random() { return m_reports.random(); }

private:
    ReportGenerator m_reports;
};

} // namespace nianbao::synth
