#pragma once

#include "common/error.h"
#include "pdf/pagelayout.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

namespace Poppler {
class Document;
}

namespace nianbao {

class LineRendering;

/// A PDF opened with poppler: its pages' words with their boxes, and pages rendered as
/// images (for OCR and for the review window). Poppler's own messages are kept off the
/// terminal; what goes wrong is returned.
class PdfFile {
public:
    /// Opens a PDF held in memory. Fails with ErrorCode::Corrupt when poppler cannot read it
    /// and ErrorCode::Encrypted when it needs a password to open.
    static Result<PdfFile> fromData(const QByteArray& bytes);
    static Result<PdfFile> fromPath(const QString& path);

    PdfFile(PdfFile&&) noexcept;
    PdfFile& operator=(PdfFile&&) noexcept;
    ~PdfFile();

    [[nodiscard]] int pageCount() const;
    /// A page's size in points; empty for a page that does not exist.
    [[nodiscard]] QSizeF pageSize(int page) const;
    /// The words of a page's text layer with their boxes in points, origin top-left; radicals
    /// that fonts put in place of ideographs are folded back (foldCjkRadicals).
    [[nodiscard]] std::vector<PositionedWord> words(int page) const;
    /// A page rendered at `dpi`, antialiased, on white; null for a page that does not exist.
    [[nodiscard]] QImage render(int page, double dpi) const;
    /// A page rendered for finding its rules: no antialiasing, lines thinner than a pixel
    /// drawn one pixel wide, solid, so that a hairline border shows at any resolution, and no
    /// text (LineRendering).
    [[nodiscard]] QImage renderLines(int page, double dpi) const;

private:
    PdfFile(std::unique_ptr<Poppler::Document> document, QByteArray bytes);
    static Result<PdfFile> fromDocument(std::unique_ptr<Poppler::Document> document,
                                        QByteArray bytes);

    std::unique_ptr<Poppler::Document> m_document;
    QByteArray m_bytes;
    /// Made at the first renderLines.
    mutable std::unique_ptr<LineRendering> m_lines;
};

} // namespace nianbao
