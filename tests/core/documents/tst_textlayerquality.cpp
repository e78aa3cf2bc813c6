#include "pdf/cjkradicals.h"
#include "pdf/textlayerquality.h"

#include <QTest>

using namespace nianbao;

/// Telling a usable text layer from a scan or from fonts without a character map, and
/// folding the radicals such fonts put in place of ideographs.
class TestTextLayerQuality : public QObject {
    Q_OBJECT

private slots:
    void layers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("usable");
        const QString report =
            QStringLiteral("三、收到和处理政府信息公开申请情况 一、本年新收 12 0 3");
        QTest::newRow("Chinese text") << report << true;
        QTest::newRow("a page number only") << QStringLiteral("- 3 -") << false;
        QTest::newRow("nothing") << QString() << false;
        QTest::newRow("replacement characters")
            << QString(30, QChar(0xFFFD)) + QStringLiteral("申请") << false;
        QTest::newRow("private-use code points") << QString(40, QChar(0xE012)) + report << false;
        QTest::newRow("(cid:) glyph ids")
            << QStringLiteral("(cid:1234)(cid:88)(cid:4521)(cid:77) 申请") << false;
        QTest::newRow("a little damage") << report + QChar(0xFFFD) << true;
    }

    void layers()
    {
        QFETCH(QString, text);
        QFETCH(bool, usable);
        QCOMPARE(assessTextLayer(text).isUsable(), usable);
    }

    void latinJunkInPlaceOfChineseIsMisencoded()
    {
        const QString junk = QStringLiteral("Ê¹ÓÃÕþ¸®ÐÅÏ¢¹«¿ªÉêÇë ").repeated(20);
        TextLayerQuality quality = assessTextLayer(junk);
        QVERIFY(quality.isUsable());     // nothing is damaged as such...
        QVERIFY(quality.isMisencoded()); // ...but a Chinese report has Han characters
        quality += assessTextLayer(QStringLiteral("申请"));
        QVERIFY(!quality.isMisencoded());
        QVERIFY(!assessTextLayer(QStringLiteral("short")).isMisencoded());
    }

    void radicalsFoldIntoIdeographs()
    {
        // ⼀ ⼈ ⾏ (Kangxi radicals) and ⺠ ⻓ ⻔ (radicals supplement), as PDF fonts map them.
        QCOMPARE(foldCjkRadicals(QStringLiteral("⼀、中华⼈⺠共和国⾏政⻔户⻓期")),
                 QStringLiteral("一、中华人民共和国行政门户长期"));
        QCOMPARE(foldCjkRadicals(QStringLiteral("政府信息 2023")), QStringLiteral("政府信息 2023"));
        // A radical with no ideograph of its own stays.
        QCOMPARE(foldCjkRadicals(QString(QChar(0x2E80))), QString(QChar(0x2E80)));
    }
};

QTEST_GUILESS_MAIN(TestTextLayerQuality)
#include "tst_textlayerquality.moc"
