#include "csvtestreader.h"
#include "export/csvtablewriter.h"
#include "export/exportoptions.h"
#include "export/jsontablewriter.h"
#include "export/numbertext.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace nianbao;
using namespace nianbao::exporting;

namespace {

const QList<ExportColumn> kColumns{{QStringLiteral("name"), 10},
                                   {QStringLiteral("count"), 10},
                                   {QStringLiteral("value"), 10},
                                   {QStringLiteral("corrected"), 10}};

/// Writes the rows through `writer` (over `buffer`) and returns the bytes.
QByteArray written(TableWriter& writer, QBuffer& buffer,
                   const std::vector<std::vector<ExportField>>& rows)
{
    if (!writer.writeHeader(kColumns)) {
        qFatal("header not written");
    }
    for (const std::vector<ExportField>& row : rows) {
        if (!writer.writeRow(row)) {
            qFatal("row not written");
        }
    }
    if (!writer.finish()) {
        qFatal("table not finished");
    }
    return buffer.data();
}

QByteArray csvOf(const std::vector<std::vector<ExportField>>& rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvTableWriter writer(buffer);
    return written(writer, buffer, rows);
}

QByteArray jsonOf(const std::vector<std::vector<ExportField>>& rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonTableWriter writer(buffer);
    return written(writer, buffer, rows);
}

QByteArray numberText(double value)
{
    QByteArray text;
    appendNumber(text, value);
    return text;
}

} // namespace

/// The writers every dataset goes through: CSV as Excel and WPS open it, JSON that any parser
/// reads, numbers as the report printed them.
class TestTableWriters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void numbersAreShortestDecimalsWithoutExponent_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("money") << 1016.72 << QByteArray("1016.72");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("negative count") << -3.0 << QByteArray("-3");
        QTest::newRow("four decimals") << 0.0001 << QByteArray("0.0001");
        QTest::newRow("large") << 1e20 << QByteArray("100000000000000000000");
        QTest::newRow("tenths") << 12345678.9 << QByteArray("12345678.9");
        QTest::newRow("sum with binary noise") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    }
    void numbersAreShortestDecimalsWithoutExponent()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(numberText(value), text);
        // What is written reads back as the very same double.
        QCOMPARE(text.toDouble(), value);
    }

    void integersAreWrittenInFull()
    {
        QByteArray text;
        appendInteger(text, std::numeric_limits<qint64>::min());
        QCOMPARE(text, QByteArray("-9223372036854775808"));
    }

    void csvStartsWithAByteOrderMarkAndEndsRecordsWithCrlf()
    {
        const QByteArray csv =
            csvOf({{textField(QStringLiteral("河北省")), ExportField{qint64(2022)},
                    ExportField{1016.72}, ExportField{true}},
                   {ExportField{}, ExportField{}, ExportField{}, ExportField{false}}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.sliced(3), QByteArray("name,count,value,corrected\r\n"
                                           "\xE6\xB2\xB3\xE5\x8C\x97\xE7\x9C\x81,2022,1016.72,"
                                           "true\r\n"
                                           ",,,false\r\n"));
    }

    void csvQuotesFieldsWithCommasQuotesAndLineBreaks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << QStringLiteral("plain") << QByteArray("plain");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line\nnext") << QByteArray("\"line\nnext\"");
        QTest::newRow("carriage return")
            << QStringLiteral("line\r\nnext") << QByteArray("\"line\r\nnext\"");
        QTest::newRow("full-width comma stays bare")
            << QStringLiteral("甲，乙") << QStringLiteral("甲，乙").toUtf8();
    }
    void csvQuotesFieldsWithCommasQuotesAndLineBreaks()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        const QByteArray csv = csvOf(
            {{textField(text), ExportField{qint64(1)}, ExportField{2.5}, ExportField{false}}});
        QVERIFY(csv.contains(QByteArray("\r\n" + field + ",1,2.5,false\r\n")));
        // And an RFC 4180 reader gets the text back.
        const test::CsvTable table = test::parseCsv(csv);
        QCOMPARE(table.rows.size(), std::size_t(1));
        QCOMPARE(table.field(0, QStringLiteral("name")), text);
        QCOMPARE(table.field(0, QStringLiteral("value")), QStringLiteral("2.5"));
    }

    void jsonIsAnArrayOfObjectsWithTypedValues()
    {
        const QString tricky = QStringLiteral("引号\"反斜杠\\换行\n制表\t控制\x01");
        const QByteArray json =
            jsonOf({{textField(tricky), ExportField{qint64(2022)}, ExportField{1016.72},
                     ExportField{true}},
                    {ExportField{}, ExportField{}, ExportField{}, ExportField{false}}});
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray rows = document.array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(u"name").toString(), tricky);
        QCOMPARE(first.value(u"count").toInteger(), 2022);
        QCOMPARE(first.value(u"value").toDouble(), 1016.72);
        QCOMPARE(first.value(u"corrected").toBool(), true);
        const QJsonObject second = rows.at(1).toObject();
        QVERIFY(second.value(u"name").isNull());
        QVERIFY(second.value(u"value").isNull());
        QCOMPARE(second.value(u"corrected").toBool(true), false);
        // Keys in column order, as the CSV has them.
        QVERIFY(json.indexOf("\"name\"") < json.indexOf("\"count\""));
        QVERIFY(json.indexOf("\"value\"") < json.indexOf("\"corrected\""));
    }

    void anEmptyJsonTableIsAnEmptyArray()
    {
        const QJsonDocument document = QJsonDocument::fromJson(jsonOf({}));
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 0);
    }

    void yearListsAcceptCommasSpacesAndFullWidthDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("years");
        QTest::newRow("empty") << QString() << QList<int>{};
        QTest::newRow("one") << QStringLiteral("2021") << QList<int>{2021};
        QTest::newRow("commas") << QStringLiteral("2021,2022") << QList<int>{2021, 2022};
        QTest::newRow("spaces") << QStringLiteral(" 2021, 2022 ") << QList<int>{2021, 2022};
        QTest::newRow("full width")
            << QStringLiteral("２０２１，２０２２") << QList<int>{2021, 2022};
        QTest::newRow("repeated") << QStringLiteral("2021,2021") << QList<int>{2021};
    }
    void yearListsAcceptCommasSpacesAndFullWidthDigits()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, years);
        const Result<QList<int>> parsed = parseYearList(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, years);
    }

    void aYearListWithSomethingElseIsRefusedNamingIt()
    {
        const Result<QList<int>> parsed = parseYearList(QStringLiteral("2021,twenty"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
        QVERIFY(parsed.error().message.contains(QStringLiteral("twenty")));
        QVERIFY(!parseYearList(QStringLiteral("202")));
    }

    void formatsAndLayoutsHaveStableCodes()
    {
        for (const ExportFormat format :
             {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json}) {
            QCOMPARE(exportFormatFromCode(exportFormatCode(format)), format);
        }
        QCOMPARE(exportFormatFromCode(u"XLSX"), ExportFormat::Xlsx);
        QVERIFY(!exportFormatFromCode(u"xls"));
        QCOMPARE(exportLayoutFromCode(u"long"), ExportLayout::Long);
        QVERIFY(!exportLayoutFromCode(u"tall"));
        QCOMPARE(withFormatSuffix(QStringLiteral("out/data.csv"), ExportFormat::Xlsx),
                 QStringLiteral("out/data.xlsx"));
        QCOMPARE(withFormatSuffix(QStringLiteral("out.v2/data"), ExportFormat::Json),
                 QStringLiteral("out.v2/data.json"));
    }
};

QTEST_GUILESS_MAIN(TestTableWriters)
#include "tst_tablewriters.moc"
