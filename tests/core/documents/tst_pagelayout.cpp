#include "pdf/pagedtextwriter.h"
#include "pdf/pagelayout.h"

#include <QTest>

using namespace nianbao;

namespace {

constexpr double lineHeight = 14.0;
constexpr double em = 10.5; // width of one Chinese character in these tests

/// A word whose box starts at (x, y); Chinese text is one em per character.
PositionedWord word(const QString& text, double x, double y, bool spaceAfter = false)
{
    const bool chinese = text.front().script() == QChar::Script_Han || text.front() == u'(';
    const double width = static_cast<double>(text.size()) * (chinese ? em : 0.55 * em);
    return PositionedWord{text, QRectF(x, y, width, lineHeight), spaceAfter};
}

/// The page as the tab-separated text the reader writes.
QStringList rowsOf(const std::vector<LaidOutRow>& rows)
{
    QStringList lines;
    for (const LaidOutRow& row : rows) {
        QStringList cells;
        for (const LaidOutCell& cell : row) {
            cells.append(cell.text);
        }
        lines.append(cells.join(u'\t'));
    }
    return lines;
}

/// Figures of a table row, one per column from x = 300, 50 points apart.
std::vector<PositionedWord> figures(double y, std::initializer_list<int> values)
{
    std::vector<PositionedWord> words;
    double x = 300;
    for (const int value : values) {
        words.push_back(word(QString::number(value), x, y));
        x += 50;
    }
    return words;
}

std::vector<PositionedWord> operator+(std::vector<PositionedWord> a, std::vector<PositionedWord> b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

/// Words with boxes into rows and cells: what the PDF and OCR readers rest on.
class TestPageLayout : public QObject {
    Q_OBJECT

private slots:
    void paragraphLinesStayLines()
    {
        const auto rows = layOutPage({word(QStringLiteral("本机关坚持以公开为常态"), 60, 100),
                                      word(QStringLiteral("全年共收到申请十件"), 60, 118)});
        QCOMPARE(rowsOf(rows), QStringList({QStringLiteral("本机关坚持以公开为常态"),
                                            QStringLiteral("全年共收到申请十件")}));
    }

    void wordsJoinAndGapsSeparateCells()
    {
        const auto rows = layOutPage({word(QStringLiteral("行政"), 60, 100),
                                      word(QStringLiteral("许可"), 82, 100), // a 1 pt gap
                                      word(QStringLiteral("Hello"), 120, 130, true),
                                      word(QStringLiteral("World"), 152, 130),
                                      word(QStringLiteral("388"), 300, 101)});
        QCOMPARE(rowsOf(rows),
                 QStringList({QStringLiteral("行政许可\t388"), QStringLiteral("Hello World")}));
    }

    void figuresSplitAtAnyVisibleGap()
    {
        // Narrow columns: 327 and 2306 only 3 points apart, less than any cell padding.
        const auto rows = layOutPage({word(QStringLiteral("其他"), 60, 100),
                                      word(QStringLiteral("327"), 200, 100),
                                      word(QStringLiteral("2306"), 200 + 3 * 0.55 * em + 3, 100)});
        QCOMPARE(rowsOf(rows), QStringList({QStringLiteral("其他\t327\t2306")}));
    }

    void labelOverTwoLinesJoinsItsFigures()
    {
        const auto rows = layOutPage(
            std::vector<PositionedWord>{word(QStringLiteral("(二)部分公开(区分"), 60, 100),
                                        word(QStringLiteral("处理的)"), 60, 116)} +
            figures(108, {38, 45}));
        QCOMPARE(rowsOf(rows), QStringList({QStringLiteral("(二)部分公开(区分处理的)\t38\t45")}));
    }

    void labelOverThreeLinesJoinsItsFigures()
    {
        // Rows above and below with labels in the same column: each wrapped line goes to the
        // row whose figures it keeps centred.
        const auto rows =
            layOutPage(std::vector<PositionedWord>{word(QStringLiteral("1.属于国家秘密"), 60, 60)} +
                       figures(60, {1, 2}) +
                       std::vector<PositionedWord>{word(QStringLiteral("2.其他法律"), 60, 86),
                                                   word(QStringLiteral("行政法规禁止"), 60, 102),
                                                   word(QStringLiteral("公开"), 60, 118)} +
                       figures(102, {3, 4}) +
                       std::vector<PositionedWord>{word(QStringLiteral("3.危及稳定"), 60, 144)} +
                       figures(144, {5, 6}));
        QCOMPARE(rowsOf(rows), QStringList({QStringLiteral("1.属于国家秘密\t1\t2"),
                                            QStringLiteral("2.其他法律行政法规禁止公开\t3\t4"),
                                            QStringLiteral("3.危及稳定\t5\t6")}));
    }

    void labelSetAtTheTopRunsDownwards()
    {
        const auto rows = layOutPage(
            std::vector<PositionedWord>{word(QStringLiteral("5.要求行政机关确认"), 60, 100),
                                        word(QStringLiteral("或重新出具"), 60, 116)} +
            figures(100, {7, 8}) +
            std::vector<PositionedWord>{word(QStringLiteral("(六)其他处理"), 60, 150)} +
            figures(150, {9, 10}));
        QCOMPARE(rowsOf(rows), QStringList({QStringLiteral("5.要求行政机关确认或重新出具\t7\t8"),
                                            QStringLiteral("(六)其他处理\t9\t10")}));
    }

    void headerRowsStayRowsOfTheirOwn()
    {
        const auto rows =
            layOutPage(std::vector<PositionedWord>{word(QStringLiteral("信息内容"), 60, 100),
                                                   word(QStringLiteral("制发"), 296, 100),
                                                   word(QStringLiteral("废止"), 346, 100),
                                                   word(QStringLiteral("规章"), 60, 118)} +
                       figures(118, {11, 12}));
        QCOMPARE(rowsOf(rows), QStringList({QStringLiteral("信息内容\t制发\t废止"),
                                            QStringLiteral("规章\t11\t12")}));
    }

    void groupLabelsInAColumnOfTheirOwnStay()
    {
        // (三)不予公开, down the side of its rows, continues none of their labels.
        const auto rows =
            layOutPage(std::vector<PositionedWord>{word(QStringLiteral("4.保护第三方"), 120, 100)} +
                       figures(100, {1, 2}) +
                       std::vector<PositionedWord>{word(QStringLiteral("(三)不予"), 20, 120)} +
                       std::vector<PositionedWord>{word(QStringLiteral("5.属于三类"), 120, 140)} +
                       figures(140, {3, 4}));
        QCOMPARE(rowsOf(rows),
                 QStringList({QStringLiteral("4.保护第三方\t1\t2"), QStringLiteral("(三)不予"),
                              QStringLiteral("5.属于三类\t3\t4")}));
    }

    void cellBoxesCoverTheirWords()
    {
        const auto rows = layOutPage(
            std::vector<PositionedWord>{word(QStringLiteral("(二)部分公开(区分"), 60, 100),
                                        word(QStringLiteral("处理的)"), 60, 116)} +
            figures(108, {38}));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][0].box, QRectF(60, 100, 10 * em, 30));
        QCOMPARE(rows[0][1].box, word(QStringLiteral("38"), 300, 108).box);
    }

    void chineseJoinsWithoutSpaces()
    {
        QCOMPARE(joinWords(QStringLiteral("第二十条"), QStringLiteral("第(一)项"), true),
                 QStringLiteral("第二十条第(一)项"));
        QCOMPARE(joinWords(QStringLiteral("2023"), QStringLiteral("年"), true),
                 QStringLiteral("2023年"));
        QCOMPARE(joinWords(QStringLiteral("PDF"), QStringLiteral("file"), true),
                 QStringLiteral("PDF file"));
        QCOMPARE(joinWords(QStringLiteral("10"), QStringLiteral("16.72"), false),
                 QStringLiteral("1016.72"));
    }

    void pagedTextKeepsEachCellsPageAndBox()
    {
        PagedTextWriter writer;
        const QString wide = QString::fromUcs4(U"𠀀号"); // a character outside the BMP
        writer.addPage(0,
                       {{{wide, QRectF(1, 2, 3, 4)}, {QStringLiteral("7"), QRectF(5, 6, 7, 8)}}});
        writer.addPage(1, {{{QStringLiteral("总计"), QRectF(9, 9, 9, 9)}}});
        QCOMPARE(writer.text(), wide + QStringLiteral("\t7\n总计\n"));
        const std::vector<PageBox>& boxes = writer.pageBoxes();
        QCOMPARE(boxes.size(), size_t(3));
        QCOMPARE(boxes[0].span, (Span{0, 2})); // two code points, three UTF-16 units
        QCOMPARE(boxes[1].page, 0);
        QCOMPARE(boxes[1].span, (Span{3, 4}));
        QCOMPARE(boxes[1].box, QRectF(5, 6, 7, 8));
        QCOMPARE(boxes[2].page, 1);
        QCOMPARE(boxes[2].span, (Span{5, 7}));
    }
};

QTEST_GUILESS_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
