#pragma once

#include <QByteArray>
#include <QImage>

#include <memory>

class PDFDoc;

namespace nianbao {

/// A PDF's pages rendered for finding their rules, text left out. Finding rules needs the
/// strokes and fills a page draws, never its glyphs (the words' boxes are cleared from the
/// ink anyway), and drawing the glyphs was most of the cost of reading a PDF: loading every
/// embedded font and rasterising every character of every page. So the page is drawn by
/// poppler's own Splash renderer, as poppler-qt6 draws it (same colour mode, paper, hints and
/// image format), with a device that skips text; every other pixel is the one poppler-qt6
/// gives.
///
/// Reads the file through poppler's core API (libpoppler-private-dev): poppler-qt6 has no
/// way to render a page without its text.
class LineRendering {
public:
    /// Parses `bytes` (kept, shared, for as long as this lives); a file poppler cannot read
    /// renders null images.
    explicit LineRendering(const QByteArray& bytes);
    LineRendering(const LineRendering&) = delete;
    LineRendering& operator=(const LineRendering&) = delete;
    ~LineRendering();

    /// Page `page` (from 0) at `dpi` without antialiasing, hairlines one pixel wide and solid,
    /// on white, text left out; null for a page that does not exist.
    [[nodiscard]] QImage render(int page, double dpi) const;

private:
    QByteArray m_bytes;
    std::unique_ptr<PDFDoc> m_document;
};

} // namespace nianbao
