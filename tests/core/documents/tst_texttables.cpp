#include "documents/documentreader.h"
#include "documents/texttables.h"
#include "extract/extractor.h"
#include "model/document.h"
#include "testdata.h"

#include <QFileInfo>
#include <QTest>

using namespace nianbao;

namespace {

QString cellText(const QString& text, const SourceCell& cell)
{
    Document document;
    document.text = text;
    return document.textOf(cell.span);
}

const SourceCell* cellAt(const SourceTable& table, int row, int column)
{
    for (const SourceCell& cell : table.cells) {
        if (cell.row == row && cell.column == column) {
            return &cell;
        }
    }
    return nullptr;
}

} // namespace

/// The grids a plain text keeps: Markdown pipe tables and consistent tab-separated rows; and
/// what is not a grid (a cell per line after a tab, fields padded out, shifting tab counts).
class TestTextTables : public QObject {
    Q_OBJECT

private slots:
    void markdownPipeTables()
    {
        const QString text = QStringLiteral("## 二、主动公开政府信息情况\n\n"
                                            "| 数据1 | 数据2 | 数据3 | 数据4 |\n"
                                            "|---|:---:|---|---:|\n"
                                            "| 规章 |  | **3** | 1\\|2 |\n"
                                            "| 行政规范性文件 | - | -- | `8` |\n"
                                            "\n"
                                            "| 行政许可 | 2,418 |\n");
        const std::vector<SourceTable> tables = findTextTables(text);
        QCOMPARE(tables.size(), std::size_t(2));
        const SourceTable& first = tables.front();
        QCOMPARE(first.origin, QStringLiteral("markdown"));
        QCOMPARE(first.rowCount, 3); // the separator line is not a row
        QCOMPARE(first.columnCount, 4);
        QCOMPARE(cellText(text, *cellAt(first, 1, 0)), QStringLiteral("规章"));
        // An empty cell is a cell: an empty span at its position.
        QVERIFY(cellAt(first, 1, 1));
        QCOMPARE(cellAt(first, 1, 1)->span.length(), 0);
        // Emphasis and code marks are left out of the cell's span; an escaped pipe stays inside.
        QCOMPARE(cellText(text, *cellAt(first, 1, 2)), QStringLiteral("3"));
        QCOMPARE(cellText(text, *cellAt(first, 1, 3)), QStringLiteral("1\\|2"));
        QCOMPARE(cellText(text, *cellAt(first, 2, 3)), QStringLiteral("8"));
        // "-" and "--" are zero marks in cells, not separator lines.
        QCOMPARE(cellText(text, *cellAt(first, 2, 1)), QStringLiteral("-"));
        QCOMPARE(cellText(text, *cellAt(first, 2, 2)), QStringLiteral("--"));
        QCOMPARE(tables.back().rowCount, 1);
        QCOMPARE(cellText(text, *cellAt(tables.back(), 0, 1)), QStringLiteral("2,418"));
    }

    void aRowOfZeroMarksIsNotASeparator()
    {
        const QString text = QStringLiteral("| 行政处罚 |\n| - |\n| 数据1 |\n| --- |\n| 5 |\n");
        const std::vector<SourceTable> tables = findTextTables(text);
        QCOMPARE(tables.size(), std::size_t(1));
        QCOMPARE(tables.front().rowCount, 4);
    }

    void consistentTabRowsAreAGrid()
    {
        const QString text = QStringLiteral("表前\n"
                                            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                                            "规章\t\t3\t4\n"
                                            "行政规范性文件\t１\t\u3000２\u3000\t3\n"
                                            "表后\n");
        const std::vector<SourceTable> tables = findTextTables(text);
        QCOMPARE(tables.size(), std::size_t(1));
        const SourceTable& table = tables.front();
        QCOMPARE(table.origin, QStringLiteral("tabs"));
        QCOMPARE(table.rowCount, 3);
        QCOMPARE(table.columnCount, 4);
        QCOMPARE(cellAt(table, 1, 1)->span.length(), 0);
        QCOMPARE(cellText(text, *cellAt(table, 2, 2)),
                 QStringLiteral("２")); // ideographic spaces trimmed
    }

    void whatIsNotATabGrid()
    {
        // A cell per line after a tab (seed 000), fields padded out to a fixed count (OCR), and
        // tab counts that change from line to line (merged cells collapsed, seed 001).
        const QString cellPerLine = QStringLiteral("\t规章\n\t0\n\t0\n\t0\n");
        QVERIFY(findTextTables(cellPerLine).empty());
        const QString padded =
            QStringLiteral("规章\t0\t0\t0\t\t\t\n行政规范性文件\t0\t0\t\t\t\t\n");
        QVERIFY(findTextTables(padded).empty());
        const QString shifting =
            QStringLiteral("一、本年新收\t\t0\t0\n\t\t2.其他\t0\t0\n四、结转\t0\t0\n");
        QVERIFY(findTextTables(shifting).empty());
    }

    void spansCountCodePoints()
    {
        const QString text = QStringLiteral("𠀀前\n| 规章 | 3 |\n");
        const std::vector<SourceTable> tables = findTextTables(text);
        QCOMPARE(tables.size(), std::size_t(1));
        Document document;
        document.text = text;
        const SourceCell* figure = cellAt(tables.front(), 0, 1);
        QCOMPARE(document.textOf(figure->span), QStringLiteral("3"));
        QCOMPARE(figure->span.start, qsizetype(10));
    }

    void seedsKeepTheirTextPath()
    {
        // The tab shapes of the seeds: only the consistent parts are grids, and reading the
        // seeds is unchanged (tst_seedgolden checks every cell).
        for (const QString& path : test::seedFiles()) {
            const auto document = readDocument(path);
            QVERIFY(document);
            for (const SourceTable& table : document->tables) {
                QCOMPARE(table.origin, QStringLiteral("tabs"));
                QVERIFY(table.rowCount >= 2);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextTables)
#include "tst_texttables.moc"
