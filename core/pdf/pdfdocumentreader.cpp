#include "pdf/pdfdocumentreader.h"

#include "documents/documentformat.h"
#include "pdf/pageassembly.h"
#include "pdf/pagefurniture.h"
#include "pdf/pagerules.h"
#include "pdf/pagetables.h"
#include "pdf/pdffile.h"
#include "pdf/scanpage.h"
#include "pdf/tesseractocr.h"
#include "pdf/textlayerquality.h"
#include "pdf/unruledtables.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <optional>

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

using PageWords = std::vector<PositionedWord>;

/// How wide a page's text runs: from its leftmost word to its rightmost.
double textWidth(const PageWords& words)
{
    if (words.empty()) {
        return 0;
    }
    double left = words.front().box.left();
    double right = words.front().box.right();
    for (const PositionedWord& word : words) {
        left = std::min(left, word.box.left());
        right = std::max(right, word.box.right());
    }
    return right - left;
}

/// The pages whose text layer is missing or damaged: they need OCR.
std::vector<int> pagesWithoutText(const std::vector<PageWords>& pages)
{
    std::vector<int> unusable;
    TextLayerQuality whole;
    for (size_t page = 0; page < pages.size(); ++page) {
        const TextLayerQuality quality = assessTextLayer(wordsText(pages[page]));
        if (!quality.isUsable()) {
            unusable.push_back(static_cast<int>(page));
        }
        whole += quality;
    }
    // Fonts mapped to the wrong code points damage every page alike.
    if (whole.isMisencoded()) {
        unusable.resize(pages.size());
        std::iota(unusable.begin(), unusable.end(), 0);
    }
    return unusable;
}

/// Reads the pages with Tesseract in place of their text layers (tables cell by cell, see
/// readScannedPage), as far as the limits allow, and says so in the notices. Pages read are
/// put in `read`; the others are left empty.
Result<void> recognizePages(const PdfFile& pdf, const std::vector<int>& ocrPages,
                            const ReadLimits& limits, std::vector<std::optional<ReadPage>>& read,
                            QStringList& notices)
{
    std::vector<int> recognized;
    std::vector<int> skipped;
    double confidenceSum = 0;
    for (const int page : ocrPages) {
        if (static_cast<int>(recognized.size()) >= limits.maxOcrPages) {
            skipped.push_back(page);
            continue;
        }
        Result<ScannedPage> scanned =
            readScannedPage(pdf.render(page, ocrDpi), page, ocrDpi, limits.toolTimeoutMs);
        if (!scanned) {
            return std::unexpected(std::move(scanned.error()));
        }
        read[static_cast<size_t>(page)] = std::move(scanned->page);
        confidenceSum += scanned->meanConfidence;
        recognized.push_back(page);
    }
    if (!recognized.empty()) {
        notices.append(QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                   "Tesseract OCR (Simplified Chinese) read the "
                                                   "pages without a usable text layer: %1, with "
                                                   "a mean confidence of %2%; check their "
                                                   "figures against the original.")
                           .arg(pageList(recognized))
                           .arg(qRound(confidenceSum / static_cast<double>(recognized.size()))));
    }
    if (!skipped.empty()) {
        notices.append(QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                   "OCR reads at most %1 pages of a document; "
                                                   "these were left out: %2.")
                           .arg(limits.maxOcrPages)
                           .arg(pageList(skipped)));
    }
    return {};
}

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
    std::vector<PageWords> pages;
    for (int page = 0; page < pageCount; ++page) {
        pages.push_back(pdf->words(page));
    }

    QStringList notices;
    bool readWithOcr = false;
    const std::vector<int> ocrPages = pagesWithoutText(pages);
    std::vector<std::optional<ReadPage>> recognized(static_cast<size_t>(pageCount));
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
                                                       "These pages have no usable text layer and "
                                                       "were left out: %1; %2.")
                               .arg(pageList(ocrPages), missing->message));
        } else if (Result<void> read = recognizePages(*pdf, ocrPages, limits, recognized, notices);
                   !read) {
            return std::unexpected(std::move(read.error()));
        } else {
            readWithOcr = true;
        }
    }

    // Running heads and page numbers leave the pages before their tables are looked for.
    std::vector<double> heights;
    for (int page = 0; page < pageCount; ++page) {
        heights.push_back(pdf->pageSize(page).height());
    }
    // The page images the rules are looked for in have every word blanked, furniture too.
    const std::vector<PageWords> inked = pages;
    dropFurnitureWords(pages, heights);

    std::vector<ReadPage> readPages;
    for (int page = 0; page < pageCount; ++page) {
        const bool needsOcr = std::find(ocrPages.begin(), ocrPages.end(), page) != ocrPages.end();
        if (needsOcr) {
            // Read with OCR, or left out: whatever a damaged text layer holds is not text.
            ReadPage read = recognized[static_cast<size_t>(page)].value_or(ReadPage{});
            read.page = page;
            read.height = pdf->pageSize(page).height();
            readPages.push_back(std::move(read));
            continue;
        }
        ReadPage read;
        read.page = page;
        read.height = pdf->pageSize(page).height();
        PageWords words = std::move(pages[static_cast<size_t>(page)]);
        const double width = textWidth(words);
        if (mayHoldTable(words)) {
            const std::vector<RuledTable> grids =
                ruledTablesOfPage(*pdf, page, inked[static_cast<size_t>(page)]);
            PageTables found = placeWordsInTables(page, std::move(words), grids);
            read.tables = std::move(found.tables);
            words = std::move(found.looseWords);
        }
        // Tables drawn without rules, from where their words sit.
        std::vector<PdfTable> unruled = unruledTables(page, words, width);
        std::move(unruled.begin(), unruled.end(), std::back_inserter(read.tables));
        read.rows = layOutPage(std::move(words));
        readPages.push_back(std::move(read));
    }
    AssembledPages assembled = assemblePages(std::move(readPages));
    if (assembled.text.trimmed().isEmpty()) {
        return fail(ErrorCode::Empty, QCoreApplication::translate("nianbao::PdfDocumentReader",
                                                                  "the PDF holds no text"));
    }
    Document document;
    document.fileName = fileName;
    document.format = formatId(DocumentFormat::Pdf);
    document.text = std::move(assembled.text);
    document.pageBoxes = std::move(assembled.pageBoxes);
    document.tables = std::move(assembled.tables);
    document.notices = std::move(notices);
    // Text read with OCR lowers the confidence of everything extracted from it.
    document.lowQualityText = readWithOcr;
    return document;
}

} // namespace nianbao
