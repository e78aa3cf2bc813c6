// The registry of bodies expected to report: CSV and XLSX files with Chinese or English
// headers, every bad row reported and nothing half imported; reports' agencies matched to
// bodies by name, alias and the reviewers' alias table.

#include "docxfile.h"
#include "export/exporttable.h"
#include "export/xlsxworkbook.h"
#include "supervision/registry/bodymatcher.h"
#include "supervision/registry/registryfile.h"
#include "supervision/registry/sheetrows.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::exporting;
using namespace nianbao::supervision;

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

BodyRegistry registryOf(const RegistryRead& read)
{
    if (!read) {
        QStringList problems;
        for (const RegistryProblem& problem : read.error()) {
            problems.append(problem.describe());
        }
        qFatal("%s", qPrintable(problems.join(u'\n')));
    }
    return *read;
}

QStringList problemsOf(const RegistryRead& read)
{
    QStringList problems;
    if (!read) {
        for (const RegistryProblem& problem : read.error()) {
            problems.append(problem.describe());
        }
    }
    return problems;
}

/// The registry CSV used throughout: a county government, its office and a bureau, a town.
const QString kCsv = QStringLiteral(
    "序号,机关名称,别名,行政区划代码,层级,上级机关,备注\n"
    "1,洪泽区人民政府,淮安市洪泽区人民政府；洪泽区政府,320813,县级,,\n"
    "2,洪泽区人民政府办公室,\"淮安市洪泽区人民政府办公室\",320813,区县,洪泽区人民政府,\n"
    "3,\"洪泽区交通运输局\",,320813,县级,洪泽区人民政府,\"备注，含逗号\n和换行\"\n"
    "\n"
    "4,高良涧街道办事处,洪泽区高良涧街道,320813001,街道,洪泽区人民政府,\n");

/// A minimal workbook written by hand: shared strings (one in two rich-text runs, one with a
/// phonetic run), an inline string, a number, a skipped cell and a skipped row.
QByteArray handMadeWorkbook()
{
    const QByteArray contentTypes =
        "<?xml version=\"1.0\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+"
        "xml\"/></Types>";
    const QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>";
    const QByteArray relations =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/bodies.xml\"/></Relationships>";
    const QByteArray strings =
        utf8(QStringLiteral("<?xml version=\"1.0\"?><sst "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            "<si><t>Name</t></si><si><t>Region code</t></si><si><t>Level</t></si>"
                            "<si><r><t>洪泽区</t></r><r><rPr><b/></rPr><t>人民政府</t></r></si>"
                            "<si><t>county</t><rPh sb=\"0\" eb=\"1\"><t>ケン</t></rPh></si>"
                            "<si><t>Parent</t></si></sst>"));
    const QByteArray sheet = utf8(QStringLiteral(
        "<?xml version=\"1.0\"?><worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>5</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\"><v>320813</v></c>"
        "<c r=\"C2\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>洪泽区财政局</t></is></c>"
        "<c r=\"C4\" t=\"inlineStr\"><is><t>County</t></is></c>"
        "<c r=\"D4\" t=\"inlineStr\"><is><t>洪泽区人民政府</t></is></c></row>"
        "</sheetData></worksheet>"));
    return test::zipArchive({{QStringLiteral("[Content_Types].xml"), contentTypes},
                             {QStringLiteral("xl/workbook.xml"), workbook},
                             {QStringLiteral("xl/_rels/workbook.xml.rels"), relations},
                             {QStringLiteral("xl/sharedStrings.xml"), strings},
                             {QStringLiteral("xl/worksheets/bodies.xml"), sheet}});
}

} // namespace

class TestBodyRegistry : public QObject {
    Q_OBJECT

private slots:
    void readsACsvWithChineseHeaders()
    {
        const BodyRegistry& registry = registryOf(readRegistry(utf8(kCsv)));
        QCOMPARE(registry.size(), 4);
        const Body& government = registry.bodies()[0];
        QCOMPARE(government.name, QStringLiteral("洪泽区人民政府"));
        QCOMPARE(government.aliases, QStringList({QStringLiteral("淮安市洪泽区人民政府"),
                                                  QStringLiteral("洪泽区政府")}));
        QCOMPARE(government.regionCode, QStringLiteral("320813"));
        QCOMPARE(government.level, BodyLevel::County);
        QCOMPARE(government.parent, -1);
        QCOMPARE(government.row, 2);
        QCOMPARE(registry.bodies()[1].parent, 0);
        QCOMPARE(registry.bodies()[2].name, QStringLiteral("洪泽区交通运输局"));
        // The blank line is skipped; rows keep their numbers in the sheet.
        QCOMPARE(registry.bodies()[3].row, 6);
        QCOMPARE(registry.bodies()[3].level, BodyLevel::Township);
        QCOMPARE(registry.bodies()[3].regionCode, QStringLiteral("320813001"));
        // Names and aliases find their body, full-width forms and spaces aside.
        QCOMPARE(registry.find(QStringLiteral("淮安市 洪泽区人民政府")), 0);
        QCOMPARE(registry.find(QStringLiteral("洪泽区人民政府办公室")), 1);
        QCOMPARE(registry.find(QStringLiteral("洪泽区水利局")), -1);
    }

    void readsEnglishHeadersTabsAndOtherEncodings()
    {
        const QString tsv =
            QStringLiteral("Name\tLevel\tRegion Code\tAliases\n"
                           "青禾县民政局\tcounty\t331122\t\"青禾县民政局（县老龄办）\"\n"
                           "临江市财政局\tCity\t331100\t\n");
        for (const char* encoding : {"UTF-8", "GB18030", "UTF-16LE"}) {
            QByteArray bytes = QByteArray(QStringEncoder(encoding).encode(tsv));
            if (QByteArrayView(encoding) == QByteArrayView("UTF-16LE")) {
                bytes.prepend("\xFF\xFE");
            }
            const BodyRegistry& registry = registryOf(readRegistry(bytes));
            QCOMPARE(registry.size(), 2);
            QCOMPARE(registry.bodies()[0].aliases.size(), 1);
            QCOMPARE(registry.bodies()[1].level, BodyLevel::Municipal);
        }
    }

    void readsAHandMadeWorkbook()
    {
        const Result<SheetRows> rows = readXlsxRows(handMadeWorkbook());
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->size(), std::size_t(4));
        QCOMPARE(rows->at(1), QStringList({QStringLiteral("洪泽区人民政府"),
                                           QStringLiteral("320813"), QStringLiteral("county")}));
        QVERIFY(rows->at(2).isEmpty()); // the skipped row
        QCOMPARE(rows->at(3),
                 QStringList({QStringLiteral("洪泽区财政局"), QString(), QStringLiteral("County"),
                              QStringLiteral("洪泽区人民政府")}));
        const BodyRegistry& registry = registryOf(readRegistry(handMadeWorkbook()));
        QCOMPARE(registry.size(), 2);
        QCOMPARE(registry.bodies()[1].parent, 0);
        QCOMPARE(registry.bodies()[1].row, 4);
    }

    void readsAWorkbookLibxlsxwriterWrote()
    {
        // libxlsxwriter in constant-memory mode writes inline strings; numbers as numbers.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("registry.xlsx"));
        Result<XlsxWorkbook> workbook = XlsxWorkbook::create(path);
        QVERIFY(workbook);
        auto sheet = workbook->addSheet(QStringLiteral("bodies"));
        QVERIFY(sheet);
        QVERIFY((*sheet)->writeHeader({{QStringLiteral("单位名称"), 20},
                                       {QStringLiteral("行政区划代码"), 10},
                                       {QStringLiteral("级别"), 6}}));
        const std::vector<ExportField> first = {textField(QStringLiteral("望川县教育局")),
                                                ExportField{qint64(331123)},
                                                textField(QStringLiteral("县级"))};
        const std::vector<ExportField> second = {textField(QStringLiteral("望川县卫生健康局")),
                                                 ExportField{331123.0},
                                                 textField(QStringLiteral("县级"))};
        QVERIFY((*sheet)->writeRow(first));
        QVERIFY((*sheet)->writeRow(second));
        QVERIFY((*sheet)->finish());
        QVERIFY(workbook->close());
        const RegistryRead read = readRegistryFile(path);
        const BodyRegistry& registry = registryOf(read);
        QCOMPARE(registry.size(), 2);
        QCOMPARE(registry.bodies()[0].regionCode, QStringLiteral("331123"));
        QCOMPARE(registry.bodies()[1].regionCode, QStringLiteral("331123"));
    }

    void everyBadRowIsReportedAndNothingImported()
    {
        const QString csv =
            QStringLiteral("名称,别名,行政区划代码,层级,上级机关\n"
                           "洪泽区人民政府,,320813,县级,\n"
                           ",,320813,县级,\n"                           // row 3: no name
                           "洪泽区财政局,,3208,县级,洪泽区人民政府\n"   // row 4: bad code
                           "洪泽区水利局,,320813,处级,洪泽区人民政府\n" // row 5: unknown level
                           "洪泽区民政局,洪泽区人民政府,320813,县级,\n" // row 6: alias taken
                           "洪泽区统计局,,320813,县级,淮安市人民政府\n" // row 7: parent unknown
                           "甲局,,320813,县级,乙局\n"                   // rows 8, 9: a cycle
                           "乙局,,320813,县级,甲局\n"
                           "丙局,,320813,县级,丙局\n"); // row 10: its own parent
        const RegistryRead read = readRegistry(utf8(csv));
        QVERIFY(!read);
        const QStringList problems = problemsOf(read);
        QStringList rows;
        for (const RegistryProblem& problem : read.error()) {
            rows.append(QString::number(problem.row));
        }
        QCOMPARE(rows, QStringList({QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                    QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                                    QStringLiteral("9"), QStringLiteral("10")}));
        QVERIFY2(problems.at(1).contains(QStringLiteral("3208")) &&
                     problems.at(1).contains(QStringLiteral("行政区划代码")),
                 qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(QStringLiteral("处级")), qPrintable(problems.at(2)));
        QVERIFY2(problems.at(3).contains(QStringLiteral("row 2")), qPrintable(problems.at(3)));
        QVERIFY2(problems.at(4).contains(QStringLiteral("淮安市人民政府")),
                 qPrintable(problems.at(4)));
    }

    void aFileThatIsNoRegistry_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("no name column")
            << utf8(QStringLiteral("代码,层级\n320813,县级\n")) << QStringLiteral("名称");
        QTest::newRow("header only") << utf8(QStringLiteral("名称\n")) << QStringLiteral("no body");
        QTest::newRow("open quote")
            << utf8(QStringLiteral("名称\n\"洪泽区人民政府\n")) << QStringLiteral("line 2");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03garbage\x00", 12) << QString();
        QTest::newRow("truncated zip") << handMadeWorkbook().left(200) << QStringLiteral("ZIP");
        QTest::newRow("zip without a workbook")
            << test::zipArchive({{QStringLiteral("word/document.xml"), QByteArray("<w/>")}})
            << QStringLiteral("xl/workbook.xml");
        QTest::newRow("damaged workbook part")
            << test::zipArchive(
                   {{QStringLiteral("xl/workbook.xml"),
                     QByteArray("<workbook><sheets><sheet r:id=\"x\"/></sheets></workbook>")}})
            << QStringLiteral("xl/workbook.xml is damaged");
        QTest::newRow("missing shared string")
            << test::zipArchive(
                   {{QStringLiteral("xl/workbook.xml"),
                     QByteArray("<workbook><sheets><sheet/></sheets></workbook>")},
                    {QStringLiteral("xl/worksheets/sheet1.xml"),
                     QByteArray("<worksheet><sheetData><row><c t=\"s\"><v>0</v></c>")}})
            << QStringLiteral("shared string");
        QTest::newRow("truncated sheet")
            << test::zipArchive(
                   {{QStringLiteral("xl/workbook.xml"),
                     QByteArray("<workbook><sheets><sheet/></sheets></workbook>")},
                    {QStringLiteral("xl/worksheets/sheet1.xml"),
                     QByteArray("<worksheet><sheetData><row><c t=\"n\"><v>1</v></c>")}})
            << QStringLiteral("xl/worksheets/sheet1.xml is damaged");
    }

    void aFileThatIsNoRegistry()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const RegistryRead read = readRegistry(bytes);
        QVERIFY(!read);
        QCOMPARE(read.error().size(), std::size_t(1));
        QVERIFY(!read.error().front().message.isEmpty());
        QVERIFY2(read.error().front().describe().contains(says),
                 qPrintable(read.error().front().describe()));
    }

    void aFileThatCannotBeRead()
    {
        const RegistryRead read = readRegistryFile(QStringLiteral("/nonexistent/registry.csv"));
        QVERIFY(!read);
        QCOMPARE(read.error().front().row, 0);
    }

    void agenciesMatchBodies()
    {
        const BodyRegistry& registry = registryOf(readRegistry(utf8(kCsv)));
        const QHash<QString, QString> aliasTable = {
            {QStringLiteral("洪泽区交通局"), QStringLiteral("洪泽区交通运输局")},
            {QStringLiteral("某个不存在的机关"), QStringLiteral("不在名单里")},
        };
        const BodyMatcher matcher(registry, aliasTable);
        BodyMatch match = matcher.match(QStringLiteral("洪泽区人民政府"));
        QCOMPARE(match.kind, BodyMatch::Kind::Name);
        QCOMPARE(match.body, 0);
        // The registry says 淮安市洪泽区人民政府 is the same body.
        match = matcher.match(QStringLiteral("淮安市洪泽区人民政府"));
        QCOMPARE(match.kind, BodyMatch::Kind::Alias);
        QCOMPARE(match.body, 0);
        // Full-width and spaced forms of a name.
        QCOMPARE(matcher.match(QStringLiteral("洪泽区 人民政府 办公室")).body, 1);
        // A reviewer's alias.
        match = matcher.match(QStringLiteral("洪泽区交通局"));
        QCOMPARE(match.kind, BodyMatch::Kind::AliasTable);
        QCOMPARE(match.body, 2);
        // Not said anywhere: no match, but a suggestion for a one-click match.
        match = matcher.match(QStringLiteral("淮安市洪泽区交通运输局"));
        QCOMPARE(match.kind, BodyMatch::Kind::None);
        QCOMPARE(match.body, -1);
        QCOMPARE(match.suggestions, std::vector<int>({2}));
        match = matcher.match(QStringLiteral("青禾县民政局"));
        QCOMPARE(match.kind, BodyMatch::Kind::None);
        QVERIFY(match.suggestions.empty());
        QCOMPARE(matcher.match(QString()).kind, BodyMatch::Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestBodyRegistry)
#include "tst_bodyregistry.moc"
