#include "documents/documentreader.h"
#include "documents/pdfpageview.h"
#include "extract/extractor.h"
#include "pdfwriting.h"
#include "reportlayout.h"
#include "templates/templateregistry.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace nianbao;

namespace {

/// Whether a pixel is paper: near white.
bool isPaper(QColor color)
{
    return color.red() > 235 && color.green() > 235 && color.blue() > 235;
}

} // namespace

/// The review window's original beside the form: a generated report's PDF rendered, a cell's
/// box (from the reader's provenance) highlighted and scrolled into view.
class TestPdfPageView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const ReportTemplate& format = *TemplateRegistry::builtin().find(u"2021");
        const test::ReportLayout layout =
            test::officialLayout(format, test::sampleFigures(format, 61));
        test::PdfOptions options;
        options.fillerParagraphs = 3;
        m_pdf = test::pdfFile(layout, options);
        const Result<Document> document = readDocument(m_pdf, QStringLiteral("年报.pdf"));
        QVERIFY(document);
        m_document = *document;
        const Result<Report> report = extractReport(m_document);
        QVERIFY(report);
        // The figure lowest on a page after the first: it has to be scrolled to.
        for (const Cell& cell : report->cells) {
            const std::optional<PageBox> box =
                cell.span ? m_document.pageBoxAt(*cell.span) : std::nullopt;
            if (box && box->page > 0 && box->box.top() > m_box.box.top()) {
                m_box = *box;
            }
        }
        QVERIFY(m_box.box.top() > 400);
    }

    void showsTheCellsBoxHighlightedAndInView()
    {
        ui::PdfPageView view;
        view.resize(420, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setDocument(m_pdf));
        QVERIFY(view.pageCount() > m_box.page);
        QSignalSpy pageChanges(&view, &ui::PdfPageView::pageChanged);

        view.showPageBox(m_box);
        QCOMPARE(view.currentPage(), m_box.page);
        QCOMPARE(pageChanges.size(), 1);
        QCOMPARE(view.highlightedBox(), m_box.box);
        const QRect highlight = view.highlightRect();
        QCOMPARE(highlight,
                 QRectF(m_box.box.topLeft() * view.zoom(), m_box.box.size() * view.zoom())
                     .toAlignedRect());

        // Scrolled so that the whole box is in the viewport.
        const QRect inViewport(view.canvas()->mapTo(view.viewport(), highlight.topLeft()),
                               highlight.size());
        QVERIFY2(view.viewport()->rect().contains(inViewport),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(inViewport.x())
                                .arg(inViewport.y())
                                .arg(inViewport.width())
                                .arg(inViewport.height())));
        QVERIFY(view.verticalScrollBar()->value() > 0);

        // The figure under the highlight is drawn (dark pixels), and the paper around it
        // inside the box is tinted, while paper outside the box is not.
        const QImage image = view.canvas()->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        const auto pixel = [&](QPoint point) { return image.pixelColor(point * ratio); };
        int ink = 0;
        int tinted = 0;
        for (int y = highlight.top() + 3; y < highlight.bottom() - 2; ++y) {
            for (int x = highlight.left() + 3; x < highlight.right() - 2; ++x) {
                const QColor color = pixel(QPoint(x, y));
                ink += color.lightness() < 100 ? 1 : 0;
                tinted += !isPaper(color) && color.lightness() >= 100 ? 1 : 0;
            }
        }
        QVERIFY2(ink > 0, "the figure is not drawn under the highlight");
        QVERIFY2(tinted > 0, "the box is not highlighted");
        const QPoint outside(highlight.right() + 8, highlight.center().y());
        QVERIFY(isPaper(pixel(outside)) || pixel(outside).lightness() < 100);
        const QColor highlightColour = view.palette().color(QPalette::Highlight);
        const QColor edge = pixel(QPoint(highlight.left() - 1, highlight.center().y()));
        QCOMPARE(edge.rgb(), highlightColour.rgb());
    }

    void zoomKeepsTheHighlightOnTheBox()
    {
        ui::PdfPageView view;
        view.resize(420, 300);
        QVERIFY(view.setDocument(m_pdf));
        view.showPageBox(m_box);
        const QSize before = view.canvas()->size();
        view.setZoom(3.0);
        // Twice the size, give or take the pixel each rendering rounds.
        QVERIFY(qAbs(view.canvas()->width() - 2 * before.width()) <= 1);
        QVERIFY(qAbs(view.canvas()->height() - 2 * before.height()) <= 1);
        QCOMPARE(view.highlightRect(),
                 QRectF(m_box.box.topLeft() * 3.0, m_box.box.size() * 3.0).toAlignedRect());
    }

    void pagesOutsideTheDocumentChangeNothing()
    {
        ui::PdfPageView view;
        QVERIFY(view.setDocument(m_pdf));
        view.showPage(0);
        QVERIFY(view.highlightRect().isEmpty());
        view.showBox(99, QRectF(10, 10, 10, 10));
        QCOMPARE(view.currentPage(), 0);
        QVERIFY(view.highlightedBox().isEmpty());
    }

    void damagedPdfsLeaveTheViewEmpty()
    {
        ui::PdfPageView view;
        QVERIFY(view.setDocument(m_pdf));
        const Result<void> opened = view.setDocument(QByteArray("%PDF-1.4\nnot a PDF"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Corrupt);
        QVERIFY(!view.hasDocument());
        QCOMPARE(view.pageCount(), 0);
        view.showPage(0); // nothing to show, nothing breaks
        QCOMPARE(view.currentPage(), -1);
    }

private:
    QByteArray m_pdf;
    Document m_document;
    PageBox m_box;
};

QTEST_MAIN(TestPdfPageView)
#include "tst_pdfpageview.moc"
