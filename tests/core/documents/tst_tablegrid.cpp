#include "documents/tablegrid.h"

#include <QTest>

using namespace nianbao;

/// The grid every reader fills: HTML placement (first free slot), Word placement (explicit
/// columns, vertical merges), the TabRows rendering, and the limits against hostile spans.
class TestTableGrid : public QObject {
    Q_OBJECT

private slots:
    void htmlPlacementSkipsSlotsTakenFromAbove()
    {
        // The corner of table 3: a label down three rows and across two columns, then a
        // column label over two rows.
        TableGrid grid;
        grid.beginRow();
        grid.addCell(QStringLiteral("说明"), 3, 2);
        grid.addCell(QStringLiteral("申请人情况"), 1, 3);
        grid.beginRow();
        grid.addCell(QStringLiteral("自然人"), 2, 1);
        grid.addCell(QStringLiteral("法人"), 1, 2);
        grid.beginRow();
        grid.addCell(QStringLiteral("商业"));
        grid.addCell(QStringLiteral("科研"));

        QCOMPARE(grid.rowCount(), 3);
        QCOMPARE(grid.columnCount(), 5);
        QCOMPARE(grid.text(0, 0), QStringLiteral("说明"));
        QCOMPARE(grid.rowSpanAt(0, 0), 3);
        QCOMPARE(grid.columnSpanAt(0, 0), 2);
        QVERIFY(grid.isCovered(2, 1));
        QCOMPARE(grid.text(1, 2), QStringLiteral("自然人"));
        QCOMPARE(grid.text(1, 3), QStringLiteral("法人"));
        QVERIFY(grid.isCovered(2, 2));
        QCOMPARE(grid.text(2, 3), QStringLiteral("商业"));
        QCOMPARE(grid.text(2, 4), QStringLiteral("科研"));
        QCOMPARE(grid.toTabRows(), QStringList({QStringLiteral("说明\t\t申请人情况\t\t"),
                                                QStringLiteral("\t\t自然人\t法人\t"),
                                                QStringLiteral("\t\t\t商业\t科研")}));
    }

    void shortRowsArePaddedToTheWidestRow()
    {
        TableGrid grid;
        grid.beginRow();
        grid.addCell(QStringLiteral("第二十条第(五)项"), 1, 4);
        grid.beginRow();
        grid.addCell(QStringLiteral("行政许可"));
        grid.addCell(QStringLiteral("12"));
        QCOMPARE(grid.toTabRows(), QStringList({QStringLiteral("第二十条第(五)项\t\t\t"),
                                                QStringLiteral("行政许可\t12\t\t")}));
    }

    void rowSpanPastTheLastRowEndsThere()
    {
        TableGrid grid;
        grid.beginRow();
        grid.addCell(QStringLiteral("a"), 5);
        grid.addCell(QStringLiteral("b"));
        grid.beginRow();
        grid.addCell(QStringLiteral("c"));
        QCOMPARE(grid.rowCount(), 2);
        QCOMPARE(grid.rowSpanAt(0, 0), 2);
        QCOMPARE(grid.toTabRows(), QStringList({QStringLiteral("a\tb"), QStringLiteral("\tc")}));
    }

    void wordPlacementWithVerticalMerges()
    {
        // w:gridBefore 1, then a cell restarting a vertical merge over two columns, continued
        // in the next row, where a cell follows it.
        TableGrid grid;
        grid.beginRow();
        grid.placeCell(0, QStringLiteral("三、本年度办理结果"));
        grid.placeCell(1, QStringLiteral("(三)不予公开"), 2);
        grid.placeCell(3, QStringLiteral("1"));
        grid.beginRow();
        grid.continueCellAbove(0);
        grid.continueCellAbove(1, 2);
        grid.placeCell(3, QStringLiteral("2"));
        grid.beginRow();
        grid.continueCellAbove(0);
        grid.placeCell(1, QStringLiteral("(四)无法提供"), 2);
        grid.placeCell(3, QStringLiteral("3"));

        QCOMPARE(grid.rowSpanAt(0, 0), 3);
        QCOMPARE(grid.rowSpanAt(0, 1), 2);
        QCOMPARE(grid.columnSpanAt(0, 1), 2);
        QVERIFY(grid.isCovered(1, 2));
        QVERIFY(!grid.isCovered(2, 1));
        QCOMPARE(grid.toTabRows(),
                 QStringList({QStringLiteral("三、本年度办理结果\t(三)不予公开\t\t1"),
                              QStringLiteral("\t\t\t2"), QStringLiteral("\t(四)无法提供\t\t3")}));
    }

    void continuationWithoutACellAboveIsAnEmptyCell()
    {
        TableGrid grid;
        grid.beginRow();
        grid.continueCellAbove(0);
        grid.placeCell(1, QStringLiteral("x"));
        QCOMPARE(grid.rowCount(), 1);
        QVERIFY(!grid.isCovered(0, 0));
        QCOMPARE(grid.toTabRows(), QStringList({QStringLiteral("\tx")}));
    }

    void overlappingCellsKeepTheirText()
    {
        TableGrid grid;
        grid.beginRow();
        grid.placeCell(0, QStringLiteral("a"), 2);
        grid.placeCell(1, QStringLiteral("b"));
        QCOMPARE(grid.columnCount(), 2);
        QCOMPARE(grid.text(0, 0), QStringLiteral("a b"));
    }

    void tabsAndLineBreaksInACellStayInItsField()
    {
        TableGrid grid;
        grid.beginRow();
        grid.addCell(QStringLiteral("结果\n维持"));
        grid.addCell(QStringLiteral("1\t2"));
        QCOMPARE(grid.toTabRows(), QStringList({QStringLiteral("结果 维持\t1 2")}));
    }

    void blankGridsAreBlank()
    {
        TableGrid grid;
        QVERIFY(grid.isBlank());
        grid.beginRow();
        grid.addCell(QStringLiteral(" "), 2, 2);
        QVERIFY(grid.isBlank());
        grid.addCell(QStringLiteral("0"));
        QVERIFY(!grid.isBlank());
    }

    void hostileSpansAreBounded()
    {
        TableGrid grid;
        for (int row = 0; row < 50; ++row) {
            grid.beginRow();
            grid.addCell(QStringLiteral("x"), 1000000, 1000000);
        }
        QVERIFY(grid.columnCount() <= TableGrid::maxColumns);
        QCOMPARE(grid.columnSpanAt(0, 0), TableGrid::maxSpan);
        // Whatever was placed stays within the slot budget, and the grid says it stopped.
        QVERIFY(grid.isTruncated());
        QVERIFY(static_cast<qsizetype>(grid.rowCount()) * grid.columnCount() <=
                2 * TableGrid::maxSlots);
    }

    void millionsOfRowsStopAtTheBudget()
    {
        TableGrid grid;
        for (int row = 0; row < 3 * TableGrid::maxSlots; ++row) {
            grid.beginRow();
        }
        QVERIFY(grid.isTruncated());
        QVERIFY(grid.rowCount() <= TableGrid::maxSlots);
    }
};

QTEST_GUILESS_MAIN(TestTableGrid)
#include "tst_tablegrid.moc"
