#pragma once

#include "reportlayout.h"

#include <QByteArray>
#include <QPageSize>

namespace nianbao::test {

struct PdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    double fontPointSize = 10.5;
    /// Extra narrative before the tables, pushing table 3 across a page break.
    int fillerParagraphs = 0;
    /// Every page drawn as an image (a scan): no text layer.
    bool scanned = false;
    /// With `scanned`: a text layer under the image whose every character reads U+FFFD, as
    /// text extracted from fonts without a character map does.
    bool damagedTextLayer = false;
    /// Resolution of a scan's page images.
    int scanDpi = 200;
};

/// The report as a PDF, laid out as Word lays out such a report: paragraphs wrapped to the
/// page, tables with rules, fixed column widths and merged cells, long labels wrapped in
/// their cells and centred beside the figures, rows never split (a table continues on the
/// next page), "- n -" page numbers; text in Noto Sans CJK. Needs a QGuiApplication.
QByteArray pdfFile(const ReportLayout& layout, const PdfOptions& options = {});

} // namespace nianbao::test
