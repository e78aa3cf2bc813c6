#include "pdf/scanpreparation.h"
#include "pdf/tesseractocr.h"

#include <QPainter>
#include <QTest>

using namespace nianbao;

namespace {

/// A TSV row as Tesseract writes it.
QByteArray tsvRow(int level, int line, int word, QRect box, double confidence, const char* text)
{
    return QByteArray::number(level) + "\t1\t1\t1\t" + QByteArray::number(line) + '\t' +
           QByteArray::number(word) + '\t' + QByteArray::number(box.x()) + '\t' +
           QByteArray::number(box.y()) + '\t' + QByteArray::number(box.width()) + '\t' +
           QByteArray::number(box.height()) + '\t' + QByteArray::number(confidence) + '\t' + text +
           '\n';
}

int darkPixels(const QImage& image, const QRect& area)
{
    int dark = 0;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            dark += grey.pixelColor(x, y).lightness() < 160 ? 1 : 0;
        }
    }
    return dark;
}

} // namespace

/// What Tesseract returns, turned into words with boxes; and pages cleaned before OCR.
class TestOcrText : public QObject {
    Q_OBJECT

private slots:
    void wordsComeWithPointBoxesOnTheirLinesHeight()
    {
        const QByteArray tsv =
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\t"
            "conf\ttext\n" +
            tsvRow(1, 0, 0, QRect(0, 0, 2480, 3508), -1, "") +
            tsvRow(4, 1, 0, QRect(300, 600, 900, 60), -1, "") +
            tsvRow(5, 1, 1, QRect(300, 630, 50, 6), 91.5, "一") + // a sliver of a glyph
            tsvRow(5, 1, 2, QRect(360, 600, 50, 60), 88.5, "、") +
            tsvRow(5, 1, 3, QRect(700, 605, 120, 50), 60, "1016.72") +
            tsvRow(5, 1, 4, QRect(900, 590, 4, 80), 40, "|") +       // a table rule
            tsvRow(5, 1, 5, QRect(950, 600, 100, 60), 70, "，149") + // a speck before a figure
            tsvRow(5, 1, 6, QRect(1100, 600, 60, 60), -1, " ");
        const RecognizedPage page = parseTesseractTsv(tsv, 300);
        QCOMPARE(page.words.size(), size_t(4));
        QCOMPARE(page.words[0].text, QStringLiteral("一"));
        // 300 dpi pixels to points: × 72 / 300; the sliver takes its line's height.
        QCOMPARE(page.words[0].box, QRectF(72, 144, 12, 14.4));
        QCOMPARE(page.words[2].text, QStringLiteral("1016.72"));
        QCOMPARE(page.words[2].box.top(), 144.0);
        QCOMPARE(page.words[3].text, QStringLiteral("149"));
        QCOMPARE(page.meanConfidence, (91.5 + 88.5 + 60 + 70) / 4);
    }

    void specksStayInWordsThatAreNotFigures()
    {
        const QByteArray tsv = tsvRow(4, 1, 0, QRect(0, 0, 900, 60), -1, "") +
                               tsvRow(5, 1, 1, QRect(0, 0, 300, 60), 80, "“三安全一稳定”") +
                               tsvRow(5, 1, 2, QRect(400, 0, 60, 60), 80, "1.");
        const RecognizedPage page = parseTesseractTsv(tsv, 300);
        QCOMPARE(page.words.size(), size_t(2));
        QCOMPARE(page.words[0].text, QStringLiteral("“三安全一稳定”"));
        QCOMPARE(page.words[1].text, QStringLiteral("1."));
    }

    void nothingRecognisedIsAnEmptyPage()
    {
        const RecognizedPage page = parseTesseractTsv("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t"
                                                      "2480\t3508\t-1\t\n",
                                                      300);
        QVERIFY(page.words.empty());
        QCOMPARE(page.meanConfidence, 0.0);
    }

    void tableRulesAreErasedAndTextIsKept()
    {
        QImage page(1200, 800, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.setPen(QPen(Qt::black, 3));
            painter.drawRect(100, 100, 1000, 600); // the frame of a table
            painter.drawLine(500, 100, 500, 700);  // a column rule
            QFont font(QStringLiteral("Noto Sans CJK SC"));
            font.setPixelSize(44); // 10.5 pt at 300 dpi
            painter.setFont(font);
            painter.drawText(QRect(150, 300, 300, 80), Qt::AlignCenter, QStringLiteral("行政许可"));
            painter.drawText(QRect(600, 300, 300, 80), Qt::AlignCenter, QStringLiteral("1016"));
        }
        const QImage prepared = prepareForOcr(page, 300);
        QCOMPARE(prepared.format(), QImage::Format_Grayscale8);
        QCOMPARE(darkPixels(prepared, QRect(90, 90, 1020, 20)), 0);  // top rule
        QCOMPARE(darkPixels(prepared, QRect(490, 120, 20, 560)), 0); // column rule
        const QRect text(150, 300, 300, 80);
        const QRect figures(600, 300, 300, 80);
        QVERIFY(darkPixels(prepared, text) > 0.9 * darkPixels(page, text));
        QCOMPARE(darkPixels(prepared, figures), darkPixels(page, figures));
    }
};

QTEST_MAIN(TestOcrText)
#include "tst_ocrtext.moc"
