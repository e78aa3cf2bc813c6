// Cell keys are made and read in one place (model/cellkey.h): `table.row.column`, a grouped
// row naming its group first.

#include "model/cellkey.h"
#include "templates/templateregistry.h"

#include <QTest>

using namespace nianbao;

class TestCellKey : public QObject {
    Q_OBJECT

private slots:
    void made()
    {
        QCOMPARE(cellKey(u"t3", u"new", u"natural"), QStringLiteral("t3.new.natural"));
        QCOMPARE(cellKey(u"t3", u"denied.state_secret", u"total"),
                 QStringLiteral("t3.denied.state_secret.total"));
        QCOMPARE(rowKey(u"t2", u"item1"), QStringLiteral("t2.item1"));
        QCOMPARE(groupSubtotalKey(u"t3", u"denied", u"natural"),
                 QStringLiteral("t3.denied.subtotal.natural"));
    }

    void read()
    {
        const auto grouped = parseCellKey(u"t3.denied.state_secret.natural");
        QVERIFY(grouped);
        QCOMPARE(grouped->table, u"t3");
        QCOMPARE(grouped->row, u"denied.state_secret");
        QCOMPARE(grouped->column, u"natural");
        const auto plain = parseCellKey(u"t4.review.total");
        QVERIFY(plain);
        QCOMPARE(plain->row, u"review");
        for (const char16_t* bad :
             {u"", u"t3", u"t3.new", u".new.total", u"t3..total", u"t3.new.", u"t3.new.total."}) {
            QVERIFY2(!parseCellKey(bad), qPrintable(QString::fromUtf16(bad)));
        }
    }

    /// Every cell of every bundled format reads back into the parts it was made of.
    void everyTemplateCellRoundTrips()
    {
        for (const auto& format : TemplateRegistry::builtin().templates()) {
            for (const CellDef& cell : format->cells()) {
                const auto parts = parseCellKey(cell.key);
                QVERIFY2(parts, qPrintable(cell.key));
                QCOMPARE(parts->table, format->tables.at(cell.table).key);
                QCOMPARE(parts->row, format->row(cell).key);
                QCOMPARE(parts->column, format->column(cell).key);
                QCOMPARE(cellKey(parts->table, parts->row, parts->column), cell.key);
                QVERIFY(keyInTable(cell.key, parts->table));
            }
        }
        QVERIFY(!keyInTable(u"t31.new.total", u"t3"));
        QVERIFY(!keyInTable(u"t3", u"t3"));
    }
};

QTEST_GUILESS_MAIN(TestCellKey)
#include "tst_cellkey.moc"
