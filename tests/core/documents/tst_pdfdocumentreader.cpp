#include "documents/documentreader.h"
#include "documents/externaltool.h"
#include "documents/formatreaders.h"
#include "extract/extractor.h"
#include "formatcheck.h"
#include "pdf/inkmap.h"
#include "pdf/pagerules.h"
#include "pdf/pdfdocumentreader.h"
#include "pdf/pdffile.h"
#include "pdfwriting.h"
#include "reportlayout.h"
#include "templates/templateregistry.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace nianbao;

namespace {

const ReportTemplate& format(const QString& id)
{
    const ReportTemplate* found = TemplateRegistry::builtin().find(id);
    if (!found) {
        qFatal("no template %s", qUtf8Printable(id));
    }
    return *found;
}

QString errorOf(const Result<Document>& document)
{
    return document ? QString() : document.error().message;
}

Result<Document> readPdf(const QByteArray& bytes)
{
    return readDocument(bytes, QStringLiteral("年报.pdf"));
}

/// PATH set to an empty folder for as long as it lives: no program can be found.
class EmptyPath {
public:
    EmptyPath()
        : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(m_dir.path()));
    }
    ~EmptyPath() { qputenv("PATH", m_saved); }
    EmptyPath(const EmptyPath&) = delete;
    EmptyPath& operator=(const EmptyPath&) = delete;

private:
    QTemporaryDir m_dir;
    QByteArray m_saved;
};

/// The words of a page that lie inside a box, joined.
QString wordsInside(const PdfFile& pdf, int page, const QRectF& box)
{
    QString text;
    for (const PositionedWord& word : pdf.words(page)) {
        if (box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(word.box)) {
            text += word.text;
        }
    }
    return text;
}

/// A page as poppler-qt6 renders it for finding rules, text and all: the rendering that
/// PdfFile::renderLines replaced.
QImage renderedWithText(const QByteArray& bytes, int page, double dpi)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    const std::unique_ptr<Poppler::Page> popplerPage = document ? document->page(page) : nullptr;
    if (!popplerPage) {
        return {};
    }
    document->setPaperColor(Qt::white);
    document->setRenderHint(Poppler::Document::ThinLineSolid, true);
    return popplerPage->renderToImage(dpi, dpi);
}

/// How two renderings of the same page differ: pixels inked only in `a`, only in `b`.
struct InkDifference {
    int onlyA = 0;
    int onlyB = 0;
    int inkA = 0;
    int inkB = 0;
};

InkDifference inkDifference(const InkMap& a, const InkMap& b)
{
    InkDifference difference;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            difference.onlyA += a.ink(x, y) && !b.ink(x, y) ? 1 : 0;
            difference.onlyB += b.ink(x, y) && !a.ink(x, y) ? 1 : 0;
            difference.inkA += a.ink(x, y) ? 1 : 0;
            difference.inkB += b.ink(x, y) ? 1 : 0;
        }
    }
    return difference;
}

bool sameTables(const std::vector<RuledTable>& a, const std::vector<RuledTable>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const RuledTable& x, const RuledTable& y) {
                          return x.columns == y.columns && x.rows == y.rows && x.owner == y.owner &&
                                 x.cells.size() == y.cells.size();
                      });
}

} // namespace

/// PDFs drawn in the test (QTextDocument on QPdfWriter, Noto CJK) from generated reports:
/// text layers read back cell by cell with each cell's page and box, tables across pages,
/// scans through OCR or a clear message, encrypted and damaged files refused.
class TestPdfDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void linkingTheLibraryRegistersItsReader()
    {
        // Nothing here calls into pdfreaderregistration.cpp: the link option keeps it.
        QVERIFY(formatReader(DocumentFormat::Pdf) == readPdfDocument);
    }

    void reportsReadBackExactly_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("2021 A4") << QStringLiteral("2021") << 31u << int(QPageSize::A4);
        QTest::newRow("2021 A4, other figures")
            << QStringLiteral("2021") << 32u << int(QPageSize::A4);
        QTest::newRow("2019 A4") << QStringLiteral("2019") << 33u << int(QPageSize::A4);
        QTest::newRow("2021 A5") << QStringLiteral("2021") << 34u << int(QPageSize::A5);
    }

    void reportsReadBackExactly()
    {
        QFETCH(QString, templateId);
        QFETCH(quint32, seed);
        QFETCH(int, pageSize);
        const ReportTemplate& report = format(templateId);
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, seed));
        test::PdfOptions options;
        options.pageSize = static_cast<QPageSize::PageSizeId>(pageSize);
        const Result<Document> document = readPdf(test::pdfFile(layout, options));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->format, QStringLiteral("pdf"));
        QVERIFY(!document->lowQualityText);
        QVERIFY(document->notices.isEmpty());
        const QStringList differences = test::cellDifferences(layout, *document);
        QVERIFY2(differences.isEmpty(),
                 qUtf8Printable(differences.join(u'\n') + u'\n' + document->text));
    }

    void everyCellHasItsPageAndBox()
    {
        const ReportTemplate& report = format(QStringLiteral("2021"));
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, 35));
        const QByteArray bytes = test::pdfFile(layout);
        const Result<Document> document = readPdf(bytes);
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        const Result<Report> extracted = extractReport(*document);
        QVERIFY(extracted);
        const Result<PdfFile> pdf = PdfFile::fromData(bytes);
        QVERIFY(pdf);
        for (const Cell& cell : extracted->cells) {
            QVERIFY2(cell.span, qUtf8Printable(cell.key));
            const std::optional<PageBox> box = document->pageBoxAt(*cell.span);
            QVERIFY2(box, qUtf8Printable(cell.key));
            // The box holds exactly the cell's figure on its page.
            QCOMPARE(document->textOf(box->span), cell.raw);
            QCOMPARE(wordsInside(*pdf, box->page, box->box), cell.raw);
            QVERIFY(QRectF(QPointF(0, 0), pdf->pageSize(box->page)).contains(box->box));
        }
    }

    void pagesRenderedForRulesLeaveOutTheTextOnly_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        const ReportTemplate& report = format(QStringLiteral("2021"));
        QTest::newRow("generated")
            << test::pdfFile(test::officialLayout(report, test::sampleFigures(report, 36)));
        // The real published PDFs (WPS-made) when ../shared is present.
        const QString real = test::sharedRealDir();
        const QStringList names = real.isEmpty() ? QStringList()
                                                 : QDir(real).entryList({QStringLiteral("*.pdf")},
                                                                        QDir::Files, QDir::Name);
        for (const QString& name : names) {
            QFile file(QDir(real).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qUtf8Printable(name)) << file.readAll();
        }
    }

    void pagesRenderedForRulesLeaveOutTheTextOnly()
    {
        // Rules are found on a rendering without text (drawing the glyphs was most of the
        // cost of reading a PDF): the same pixels as poppler-qt6's rendering but the text's,
        // and so the same ruled tables.
        QFETCH(QByteArray, pdf);
        const Result<PdfFile> file = PdfFile::fromData(pdf);
        QVERIFY(file);
        constexpr double dpi = 50;
        constexpr int threshold = 128;
        int tables = 0;
        for (int page = 0; page < file->pageCount(); ++page) {
            const QImage withoutText = file->renderLines(page, dpi);
            const QImage withText = renderedWithText(pdf, page, dpi);
            QCOMPARE(withoutText.size(), withText.size());
            QCOMPARE(withoutText.format(), QImage::Format_RGB32);
            // Ink read colour by colour is the ink of the image converted to grey.
            const InkMap lines = InkMap::fromImage(withoutText, threshold);
            const InkMap greyLines = InkMap::fromImage(
                withoutText.convertToFormat(QImage::Format_Grayscale8), threshold);
            QCOMPARE(inkDifference(lines, greyLines).onlyA, 0);
            QCOMPARE(inkDifference(lines, greyLines).onlyB, 0);
            const InkDifference difference =
                inkDifference(lines, InkMap::fromImage(withText, threshold));
            QCOMPARE(difference.onlyA, 0); // nothing drawn that poppler-qt6 does not draw
            const std::vector<PositionedWord> words = file->words(page);
            if (!words.empty()) {
                QVERIFY(difference.onlyB > 0); // the text is what is left out
            }
            const std::vector<RuledTable> found = ruledTablesOfPage(*file, page, words);
            QVERIFY(sameTables(found, ruledTablesOfImage(withText, dpi, threshold, words)));
            tables += int(found.size());
        }
        QVERIFY(tables > 0);
    }

    void tablesContinuedOnTheNextPageAreStitched()
    {
        // Narrative before the tables pushes table 3 over a page break.
        const ReportTemplate& report = format(QStringLiteral("2021"));
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, 36));
        test::PdfOptions options;
        options.fillerParagraphs = 12;
        const Result<Document> document = readPdf(test::pdfFile(layout, options));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        const Result<Report> extracted = extractReport(*document);
        QVERIFY(extracted);
        QSet<int> pages;
        for (const Cell& cell : extracted->cells) {
            if (cell.key.startsWith(u"t3.") && cell.span) {
                pages.insert(document->pageBoxAt(*cell.span)->page);
            }
        }
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        const QStringList differences = test::cellDifferences(layout, *document);
        QVERIFY2(differences.isEmpty(), qUtf8Printable(differences.join(u'\n')));
    }

    void scansWithoutTesseractSayWhatToInstall()
    {
        const ReportTemplate& report = format(QStringLiteral("2021"));
        test::PdfOptions options;
        options.scanned = true;
        const QByteArray scan =
            test::pdfFile(test::officialLayout(report, test::sampleFigures(report, 37)), options);
        const EmptyPath noPrograms;
        const Result<Document> document = readPdf(scan);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::MissingTool);
        QVERIFY2(document.error().message.contains(QLatin1String("scanned")) &&
                     document.error().message.contains(
                         QLatin1String("tesseract-ocr tesseract-ocr-chi-sim")),
                 qUtf8Printable(document.error().message));
    }

    void scansAreReadWithOcr()
    {
        if (findTool(QStringLiteral("tesseract")).isEmpty()) {
            QSKIP("Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-chi-sim)");
        }
        const ReportTemplate& report = format(QStringLiteral("2021"));
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, 38));
        test::PdfOptions options;
        options.scanned = true;
        const Result<Document> document = readPdf(test::pdfFile(layout, options));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QVERIFY(document->lowQualityText);
        QCOMPARE(document->notices.size(), 1);
        QVERIFY2(document->notices.constFirst().contains(QLatin1String("OCR")),
                 qUtf8Printable(document->notices.constFirst()));
        QVERIFY(!document->pageBoxes.empty());
        const Result<Report> extracted = extractReport(*document);
        QVERIFY2(extracted, qUtf8Printable(extracted ? QString() : extracted.error().message));
        QCOMPARE(extracted->templateId, QStringLiteral("2021"));
        // OCR misreads digits and whole labels of a ruled table; more than half the cells
        // must still come back exactly, and none wrong with confidence: a scan's cells are
        // read one by one and keep the confidence their own readings give them.
        const QStringList differences = test::cellDifferences(layout, *document);
        const auto cells = static_cast<double>(layout.keys.size());
        qInfo("OCR read %lld of %lld cells exactly",
              static_cast<long long>(layout.keys.size() - differences.size()),
              static_cast<long long>(layout.keys.size()));
        QVERIFY2(static_cast<double>(differences.size()) < 0.5 * cells,
                 qUtf8Printable(differences.join(u'\n')));
        for (const Cell& cell : extracted->cells) {
            const bool right = cell.value && layout.values.contains(cell.key) &&
                               qAbs(*cell.value - layout.values.value(cell.key)) < 1e-9;
            QVERIFY2(right || isLowConfidence(cell.confidence),
                     qUtf8Printable(QStringLiteral("%1 read %2 with confidence %3")
                                        .arg(cell.key, cell.raw)
                                        .arg(cell.confidence)));
        }
    }

    void damagedTextLayersAreDetected()
    {
        const ReportTemplate& report = format(QStringLiteral("2021"));
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, 40));
        test::PdfOptions options;
        options.scanned = true;
        options.damagedTextLayer = true;
        const QByteArray pdf = test::pdfFile(layout, options);
        const Result<PdfFile> file = PdfFile::fromData(pdf);
        QVERIFY(file);
        const std::vector<PositionedWord> words = file->words(0);
        QVERIFY(!words.empty());
        QVERIFY(words.front().text.contains(QChar(QChar::ReplacementCharacter)));
        {
            const EmptyPath noPrograms;
            const Result<Document> document = readPdf(pdf);
            QVERIFY(!document);
            QCOMPARE(document.error().code, ErrorCode::MissingTool);
            QVERIFY2(document.error().message.contains(QLatin1String("do not map to characters")),
                     qUtf8Printable(document.error().message));
        }
        if (findTool(QStringLiteral("tesseract")).isEmpty()) {
            QSKIP("Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-chi-sim)");
        }
        const Result<Document> document = readPdf(pdf);
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QVERIFY(document->lowQualityText);
        QVERIFY(!document->text.contains(QChar(QChar::ReplacementCharacter)));
        const Result<Report> extracted = extractReport(*document);
        QVERIFY(extracted);
        QCOMPARE(extracted->templateId, QStringLiteral("2021"));
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("header only")
            << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") << ErrorCode::Corrupt;
        QTest::newRow("header, then noise")
            << QByteArray("%PDF-1.4\n") + QByteArray(20000, '\x13') << ErrorCode::Corrupt;
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        const Result<Document> document = readPdf(bytes);
        QVERIFY(!document);
        QCOMPARE(document.error().code, code);
        QVERIFY(!document.error().message.isEmpty());
    }

    void truncatedFilesReadWhatRemainsOrAreRefused()
    {
        const ReportTemplate& report = format(QStringLiteral("2021"));
        const QByteArray pdf =
            test::pdfFile(test::officialLayout(report, test::sampleFigures(report, 39)));
        for (const double share : {0.9, 0.5, 0.1}) {
            const Result<Document> document =
                readPdf(pdf.first(static_cast<qsizetype>(share * static_cast<double>(pdf.size()))));
            // Poppler rebuilds what it can; either way nothing crashes and a failure says why.
            QVERIFY(document || !document.error().message.isEmpty());
        }
    }
};

QTEST_MAIN(TestPdfDocumentReader)
#include "tst_pdfdocumentreader.moc"
