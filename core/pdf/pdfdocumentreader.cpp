#include "pdf/pdfdocumentreader.h"

#include "documents/documentformat.h"
#include "pdf/pagedtextwriter.h"
#include "pdf/pdffile.h"
#include "pdf/scanpreparation.h"
#include "pdf/tesseractocr.h"
#include "pdf/textlayerquality.h"

#include <QCoreApplication>
#include <QStringList>

namespace nianbao {

namespace {

/// Tesseract reads Chinese best from pages rendered at 300 dpi.
constexpr double ocrDpi = 300.0;

QString wordsText(const std::vector<PositionedWord>& words)
{
    QString text;
    for (const PositionedWord& word : words) {
        text += word.text;
    }
    return text;
}

/// Page numbers as people count them: "1, 2, 5".
QString pageList(const std::vector<int>& pages)
{
    QStringList numbers;
    for (const int page : pages) {
        numbers.append(QString::number(page + 1));
    }
    return numbers.join(QStringLiteral(", "));
}

/// A page's words: from the text layer, or read with OCR.
struct PageWords {
    std::vector<PositionedWord> words;
    bool needsOcr = false;
};

} // namespace

Result<Document> readPdfDocument(const QByteArray& bytes, const QString& fileName,
                                 const ReadLimits& limits)
{
    Result<PdfFile> pdf = PdfFile::fromData(bytes);
    if (!pdf) {
        return std::unexpected(std::move(pdf.error()));
    }
    const int pageCount = pdf->pageCount();
    if (pageCount <= 0) {
        return fail(ErrorCode::Corrupt, QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                                    "the PDF has no pages"));
    }

    std::vector<PageWords> pages(static_cast<size_t>(pageCount));
    TextLayerQuality whole;
    for (int page = 0; page < pageCount; ++page) {
        PageWords& words = pages[static_cast<size_t>(page)];
        words.words = pdf->words(page);
        const TextLayerQuality quality = assessTextLayer(wordsText(words.words));
        words.needsOcr = !quality.isUsable();
        whole += quality;
    }
    // Fonts mapped to the wrong code points damage every page alike.
    if (whole.isMisencoded()) {
        for (PageWords& words : pages) {
            words.needsOcr = true;
        }
    }
    std::vector<int> ocrPages;
    for (int page = 0; page < pageCount; ++page) {
        if (pages[static_cast<size_t>(page)].needsOcr) {
            ocrPages.push_back(page);
        }
    }

    QStringList notices;
    bool lowQuality = false;
    if (!ocrPages.empty()) {
        if (const std::optional<Error> missing = ocrUnavailable()) {
            if (static_cast<int>(ocrPages.size()) == pageCount) {
                return fail(ErrorCode::MissingTool,
                            QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                        "the PDF has no usable text layer (it is "
                                                        "scanned, or its fonts do not map to "
                                                        "characters); %1")
                                .arg(missing->message));
            }
            notices.append(QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                       "Pages %1 have no usable text layer and "
                                                       "were left out: %2.")
                               .arg(pageList(ocrPages), missing->message));
            for (const int page : ocrPages) {
                pages[static_cast<size_t>(page)].words.clear();
            }
        } else {
            std::vector<int> recognized;
            std::vector<int> skipped;
            double confidenceSum = 0;
            for (const int page : ocrPages) {
                if (static_cast<int>(recognized.size()) >= limits.maxOcrPages) {
                    skipped.push_back(page);
                    pages[static_cast<size_t>(page)].words.clear();
                    continue;
                }
                Result<RecognizedPage> read = recognizePage(
                    prepareForOcr(pdf->render(page, ocrDpi), ocrDpi), ocrDpi, limits.toolTimeoutMs);
                if (!read) {
                    return std::unexpected(std::move(read.error()));
                }
                pages[static_cast<size_t>(page)].words = std::move(read->words);
                confidenceSum += read->meanConfidence;
                recognized.push_back(page);
            }
            lowQuality = true;
            notices.append(
                QCoreApplication::translate("nianbao::PdfDocumentReader",
                                            "Pages %1 have no usable text layer and "
                                            "were read with OCR (Tesseract, "
                                            "Simplified Chinese, mean confidence "
                                            "%2%); check their figures against the "
                                            "original.")
                    .arg(pageList(recognized))
                    .arg(qRound(confidenceSum / static_cast<double>(recognized.size()))));
            if (!skipped.empty()) {
                notices.append(QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                           "Pages %1 were left out: OCR reads "
                                                           "at most %2 pages of a document.")
                                   .arg(pageList(skipped))
                                   .arg(limits.maxOcrPages));
            }
        }
    }

    PagedTextWriter writer;
    for (int page = 0; page < pageCount; ++page) {
        writer.addPage(page, layOutPage(std::move(pages[static_cast<size_t>(page)].words)));
    }
    if (writer.text().trimmed().isEmpty()) {
        return fail(ErrorCode::Empty, QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                                  "the PDF holds no text"));
    }
    Document document;
    document.fileName = fileName;
    document.format = formatId(DocumentFormat::Pdf);
    document.text = writer.text();
    document.pageBoxes = writer.takePageBoxes();
    document.notices = std::move(notices);
    document.lowQualityText = lowQuality;
    return document;
}

} // namespace nianbao
