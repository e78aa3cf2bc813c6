#include "pdf/pdffile.h"

#include "pdf/cjkradicals.h"
#include "pdf/linerendering.h"

#include <QCoreApplication>
#include <QFile>

#include <poppler-qt6.h>

#include <mutex>

namespace nianbao {

namespace {

/// Poppler reports every oddity of a file on standard error; the reader reports what
/// matters as errors and notices instead.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
    });
}

} // namespace

PdfFile::PdfFile(std::unique_ptr<Poppler::Document> document, QByteArray bytes)
    : m_document(std::move(document))
    , m_bytes(std::move(bytes))
{}

PdfFile::PdfFile(PdfFile&&) noexcept = default;
PdfFile& PdfFile::operator=(PdfFile&&) noexcept = default;
PdfFile::~PdfFile() = default;

Result<PdfFile> PdfFile::fromDocument(std::unique_ptr<Poppler::Document> document, QByteArray bytes)
{
    if (!document) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::PdfFile",
                                                "the PDF is damaged: its structure cannot be "
                                                "read"));
    }
    if (document->isLocked()) {
        return fail(ErrorCode::Encrypted,
                    QCoreApplication::translate("nianbao::PdfFile",
                                                "the PDF is encrypted and needs a password to "
                                                "open; save a copy without the password"));
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    document->setPaperColor(Qt::white);
    return PdfFile(std::move(document), std::move(bytes));
}

Result<PdfFile> PdfFile::fromData(const QByteArray& bytes)
{
    silencePoppler();
    return fromDocument(Poppler::Document::loadFromData(bytes), bytes);
}

Result<PdfFile> PdfFile::fromPath(const QString& path)
{
    silencePoppler();
    QFile file(path);
    QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return fromDocument(Poppler::Document::loadFromData(bytes), std::move(bytes));
}

int PdfFile::pageCount() const
{
    return m_document->numPages();
}

QSizeF PdfFile::pageSize(int page) const
{
    const std::unique_ptr<Poppler::Page> popplerPage =
        page >= 0 && page < pageCount() ? m_document->page(page) : nullptr;
    return popplerPage ? popplerPage->pageSizeF() : QSizeF();
}

std::vector<PositionedWord> PdfFile::words(int page) const
{
    std::vector<PositionedWord> words;
    const std::unique_ptr<Poppler::Page> popplerPage =
        page >= 0 && page < pageCount() ? m_document->page(page) : nullptr;
    if (!popplerPage) {
        return words;
    }
    for (const std::unique_ptr<Poppler::TextBox>& box : popplerPage->textList()) {
        words.push_back(
            PositionedWord{foldCjkRadicals(box->text()), box->boundingBox(), box->hasSpaceAfter()});
    }
    return words;
}

QImage PdfFile::render(int page, double dpi) const
{
    const std::unique_ptr<Poppler::Page> popplerPage =
        page >= 0 && page < pageCount() ? m_document->page(page) : nullptr;
    return popplerPage ? popplerPage->renderToImage(dpi, dpi) : QImage();
}

QImage PdfFile::renderLines(int page, double dpi) const
{
    if (page < 0 || page >= pageCount()) {
        return {};
    }
    if (!m_lines) {
        m_lines = std::make_unique<LineRendering>(m_bytes);
    }
    return m_lines->render(page, dpi);
}

} // namespace nianbao
