#include "pdf/pagefurniture.h"

#include <QTest>

using namespace nianbao;

namespace {

constexpr double pageHeight = 842.0;
constexpr double lineHeight = 17.0;
constexpr double em = 12.0; // width of one character in these tests

PositionedWord word(const QString& text, double x, double y)
{
    return PositionedWord{text, QRectF(x, y, static_cast<double>(text.size()) * em, lineHeight),
                          false};
}

/// The words of a page, joined in their order.
QStringList textsOf(const std::vector<PositionedWord>& words)
{
    QStringList texts;
    for (const PositionedWord& word : words) {
        texts.append(word.text);
    }
    return texts;
}

/// A page opening with `head` (none when empty) over a table row, closing with `foot`.
std::vector<PositionedWord> page(const QString& head, const QString& row, const QString& foot)
{
    std::vector<PositionedWord> words;
    if (!head.isEmpty()) {
        words.push_back(word(head, 190, 24));
    }
    words.push_back(word(row, 70, 120));
    words.push_back(word(QStringLiteral("12"), 400, 120));
    if (!foot.isEmpty()) {
        words.push_back(word(foot, 290, 790));
    }
    return words;
}

} // namespace

/// Page furniture leaves a PDF's words before its tables are looked for, and nothing else
/// does.
class TestPageFurniture : public QObject {
    Q_OBJECT

private slots:
    void runningHeadsAndPageNumbersLeaveThePages()
    {
        const QString head = QStringLiteral("某县交通运输局2021年政府信息公开工作年度报告");
        std::vector<std::vector<PositionedWord>> pages = {
            page(head, QStringLiteral("行政许可"), QStringLiteral("1")),
            page(head, QStringLiteral("行政处罚"), QStringLiteral("2")),
            page(head, QStringLiteral("行政强制"), QStringLiteral("3")),
        };
        dropFurnitureWords(pages, {pageHeight, pageHeight, pageHeight});
        // The first page's top line is its title; the heads over the tables of the others and
        // every page number go.
        QCOMPARE(textsOf(pages[0]),
                 (QStringList{head, QStringLiteral("行政许可"), QStringLiteral("12")}));
        QCOMPARE(textsOf(pages[1]),
                 (QStringList{QStringLiteral("行政处罚"), QStringLiteral("12")}));
        QCOMPARE(textsOf(pages[2]),
                 (QStringList{QStringLiteral("行政强制"), QStringLiteral("12")}));
    }

    void aTablesHeaderRepeatedOnItsPagesStays()
    {
        const auto header = [](double y) {
            return std::vector<PositionedWord>{word(QStringLiteral("信息内容"), 70, y),
                                               word(QStringLiteral("本年处理决定数量"), 300, y)};
        };
        std::vector<std::vector<PositionedWord>> pages;
        for (int index = 0; index < 3; ++index) {
            std::vector<PositionedWord> words = header(40);
            words.push_back(word(QStringLiteral("行政许可"), 70, 120));
            words.push_back(word(QStringLiteral("5"), 400, 120));
            pages.push_back(words);
        }
        dropFurnitureWords(pages, {pageHeight, pageHeight, pageHeight});
        for (const std::vector<PositionedWord>& words : pages) {
            QCOMPARE(words.size(), size_t(4));
        }
    }

    void aFiguresSecondLineAtAPagesFootIsNoPageNumber()
    {
        // "２７２" too wide for its column, wrapped about the total row at the foot of a page:
        // its "２" is the page's last line, in the margin, but it touches the row above.
        std::vector<std::vector<PositionedWord>> pages;
        for (int index = 0; index < 2; ++index) {
            pages.push_back({word(QStringLiteral("(七)总计"), 85, 747.25),
                             word(QStringLiteral("２７"), 483, 739.75),
                             word(QStringLiteral("２"), 489, 754.75)});
        }
        dropFurnitureWords(pages, {pageHeight, pageHeight});
        QCOMPARE(textsOf(pages[0]), (QStringList{QStringLiteral("(七)总计"), QStringLiteral("２７"),
                                                 QStringLiteral("２")}));
    }
};

QTEST_MAIN(TestPageFurniture)
#include "tst_pagefurniture.moc"
