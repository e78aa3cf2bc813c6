#include "documents/documentreader.h"
#include "docxfile.h"
#include "extract/extractor.h"
#include "formatcheck.h"
#include "reportlayout.h"
#include "templates/templateregistry.h"

#include <QTest>

using namespace nianbao;

namespace {

const ReportTemplate& format(const QString& id)
{
    const ReportTemplate* found = TemplateRegistry::builtin().find(id);
    if (!found) {
        qFatal("no template %s", qUtf8Printable(id));
    }
    return *found;
}

Result<Document> readDocx(const QByteArray& bytes, const ReadLimits& limits = {})
{
    return readDocument(bytes, QStringLiteral("年报.docx"), limits);
}

QString errorOf(const Result<Document>& document)
{
    return document ? QString() : document.error().message;
}

/// A document.xml with this body.
QByteArray documentXml(const QString& body)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                           "wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats."
                           "org/markup-compatibility/2006\"><w:body>") +
            body + QStringLiteral("</w:body></w:document>"))
        .toUtf8();
}

/// Sets a 32-bit little-endian field of every ZIP header with `signature`.
void patchHeaders(QByteArray& zip, quint32 signature, int offset, quint32 value)
{
    const QByteArray marker(reinterpret_cast<const char*>(&signature), 4);
    for (qsizetype at = zip.indexOf(marker); at >= 0; at = zip.indexOf(marker, at + 4)) {
        for (int i = 0; i < 4; ++i) {
            zip[at + offset + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
        }
    }
}

constexpr quint32 localHeader = 0x04034b50;
constexpr quint32 centralHeader = 0x02014b50;

} // namespace

/// Word .docx files: packages built in the test from generated reports, the shapes Word
/// leaves (split runs, merged cells, fields, tracked changes), and bad packages.
class TestDocxDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void reportsReadBackExactly_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<bool>("splitRuns");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("2021, runs split mid-number") << QStringLiteral("2021") << true << 11u;
        QTest::newRow("2021, whole runs") << QStringLiteral("2021") << false << 12u;
        QTest::newRow("2019, runs split mid-number") << QStringLiteral("2019") << true << 13u;
    }

    void reportsReadBackExactly()
    {
        QFETCH(QString, templateId);
        QFETCH(bool, splitRuns);
        QFETCH(quint32, seed);
        const ReportTemplate& report = format(templateId);
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, seed));
        const Result<Document> document = readDocx(test::docxFile(layout, {splitRuns}));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->format, QStringLiteral("docx"));
        const QStringList missing = test::missingTables(layout, document->text);
        QVERIFY2(missing.isEmpty(), qUtf8Printable(missing.join(u'\n') + u'\n' + document->text));
        const QStringList differences = test::cellDifferences(layout, *document);
        QVERIFY2(differences.isEmpty(), qUtf8Printable(differences.join(u'\n')));
    }

    void runsAreJoinedAndWordMarkupRead()
    {
        const QByteArray xml = documentXml(QStringLiteral(
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
            "<w:r><w:t>收费</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r><w:proofErr/>"
            "<w:r><w:rPr><w:b/></w:rPr><w:t>016.72</w:t></w:r><w:r><w:br/><w:t>万元</w:t></w:r></"
            "w:p>"
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE "
            "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            "<w:r><w:t>第3页</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            "<w:p><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>新增"
            "</w:t></w:r></w:ins><w:hyperlink><w:r><w:t xml:space=\"preserve\"> 链接</w:t></w:r>"
            "</w:hyperlink></w:p>"
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
            "<w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            "<w:sdt><w:sdtContent><w:p><w:r><w:t>内容控件</w:t></w:r></w:p></w:sdtContent></"
            "w:sdt>"));
        const Result<Document> document = readDocx(test::docxWithDocumentXml(xml));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->text,
                 QStringLiteral("收费\t1016.72\n万元\n\n第3页\n\n新增 链接\n\n文本框\n\n"
                                "内容控件\n"));
    }

    void mergedCellsArePlacedOnWordsGrid()
    {
        // gridBefore skips a column; a vertical merge over two columns; a nested table in a
        // cell reads as the cell's text; tabs and breaks in a cell stay in its field.
        const auto cell = [](const QString& properties, const QString& text) {
            return QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr><w:p><w:r><w:t>%2</w:t></w:r></w:p>"
                                  "</w:tc>")
                .arg(properties, text);
        };
        const QString span2 = QStringLiteral("<w:gridSpan w:val=\"2\"/>");
        const QString restart = QStringLiteral("<w:vMerge w:val=\"restart\"/>");
        const QString merged = QStringLiteral("<w:vMerge/>");
        const QByteArray xml = documentXml(
            QStringLiteral("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/>"
                           "</w:tblGrid><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>") +
            cell(span2 + restart, QStringLiteral("(三)不予公开")) +
            cell(QString(), QStringLiteral("5")) + QStringLiteral("</w:tr><w:tr>") +
            cell(QString(), QStringLiteral("甲")) + cell(span2 + merged, QString()) +
            cell(QString(), QStringLiteral("6")) + QStringLiteral("</w:tr><w:tr>") +
            QStringLiteral("<w:tc><w:p><w:r><w:t>结果</w:t><w:br/><w:t>维持</w:t><w:tab/>"
                           "<w:t>x</w:t></w:r></w:p></w:tc>") +
            QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr><w:tbl><w:tr>").arg(span2) +
            cell(QString(), QStringLiteral("内")) + cell(QString(), QStringLiteral("表")) +
            QStringLiteral("</w:tr></w:tbl><w:p/></w:tc>") + cell(QString(), QStringLiteral("7")) +
            QStringLiteral("</w:tr></w:tbl>"));
        const Result<Document> document = readDocx(test::docxWithDocumentXml(xml));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->text, QStringLiteral("\t(三)不予公开\t\t5\n"
                                                "甲\t\t\t6\n"
                                                "结果 维持 x\t内 表\t\t7\n"));
    }

    void theTableIsKeptAsAGridOfCells()
    {
        // Every cell at its slot with its spans, its text at its span; a vertically merged
        // cell once, reaching down; an empty cell as an empty span where it sits.
        const auto cell = [](const QString& properties, const QString& text) {
            return QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr><w:p><w:r><w:t>%2</w:t></w:r></w:p>"
                                  "</w:tc>")
                .arg(properties, text);
        };
        const QByteArray xml = documentXml(
            QStringLiteral("<w:p><w:r><w:t>表𠀀前</w:t></w:r></w:p><w:tbl><w:tr>") +
            cell(QStringLiteral("<w:vMerge w:val=\"restart\"/>"),
                 QStringLiteral("三、本年度办理结果")) +
            cell(QString(), QStringLiteral("12")) + cell(QString(), QString()) +
            QStringLiteral("</w:tr><w:tr>") + cell(QStringLiteral("<w:vMerge/>"), QString()) +
            cell(QStringLiteral("<w:gridSpan w:val=\"2\"/>"), QStringLiteral("3（其中修订1件）")) +
            QStringLiteral("</w:tr></w:tbl>"));
        const Result<Document> document = readDocx(test::docxWithDocumentXml(xml));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->tables.size(), std::size_t(1));
        const SourceTable& table = document->tables.front();
        QCOMPARE(table.origin, QStringLiteral("docx"));
        QCOMPARE(table.rowCount, 2);
        QCOMPARE(table.columnCount, 3);
        QCOMPARE(table.cells.size(), std::size_t(4));
        const auto at = [&](int row, int column) -> const SourceCell& {
            for (const SourceCell& c : table.cells) {
                if (c.row == row && c.column == column) {
                    return c;
                }
            }
            qFatal("no cell at %d,%d", row, column);
        };
        QCOMPARE(at(0, 0).rowSpan, 2);
        QCOMPARE(document->textOf(at(0, 0).span), QStringLiteral("三、本年度办理结果"));
        QCOMPARE(document->textOf(at(0, 1).span), QStringLiteral("12"));
        QCOMPARE(at(0, 2).span.length(), 0);
        QCOMPARE(at(1, 1).columnSpan, 2);
        QCOMPARE(document->textOf(at(1, 1).span), QStringLiteral("3（其中修订1件）"));
        // Code points, not UTF-16 units: the character outside the BMP before the table
        // counts once.
        QCOMPARE(at(0, 0).span.start, qsizetype(5));
    }

    void documentsWithoutTablesReadTheirText()
    {
        const Result<Document> document = readDocx(test::docxWithParagraphs(
            {QStringLiteral("某县2023年政府信息公开工作年度报告"), QStringLiteral("一、总体情况"),
             QStringLiteral("本年度未收到政府信息公开申请。")}));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->text,
                 QStringLiteral("某县2023年政府信息公开工作年度报告\n\n一、总体情况\n\n"
                                "本年度未收到政府信息公开申请。\n"));
        const Result<Report> report = extractReport(*document);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::NoTables);
    }

    void badPackagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("messagePart");

        const ReportTemplate& report = format(QStringLiteral("2021"));
        const QByteArray docx =
            test::docxFile(test::officialLayout(report, test::sampleFigures(report, 14)));
        QTest::newRow("truncated") << docx.first(docx.size() / 2) << ErrorCode::Corrupt
                                   << QStringLiteral("not a complete ZIP archive");
        QTest::newRow("ZIP header, then noise")
            << QByteArray("PK\x03\x04") + QByteArray(5000, '\x7f') << ErrorCode::Corrupt
            << QStringLiteral("not a complete ZIP archive");

        QByteArray damaged = docx;
        const qsizetype middle = damaged.indexOf("word/document.xml") + 200;
        for (qsizetype i = middle; i < middle + 64; ++i) {
            damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
        }
        QTest::newRow("damaged content")
            << damaged << ErrorCode::Corrupt << QStringLiteral("damaged or incomplete");

        QTest::newRow("not a Word package")
            << test::zipArchive({{QStringLiteral("xl/workbook.xml"), QByteArray("<workbook/>")}})
            << ErrorCode::UnsupportedFormat << QStringLiteral("not a Word .docx");
        QTest::newRow("spreadsheet's main part")
            << test::zipArchive({{QStringLiteral("word/document.xml"), QByteArray("<workbook/>")}})
            << ErrorCode::UnsupportedFormat << QStringLiteral("not a Word document");
        QTest::newRow("broken XML")
            << test::docxWithDocumentXml(documentXml(QStringLiteral("<w:p><w:r><w:t>半截</w:r>")))
            << ErrorCode::Corrupt << QStringLiteral("damaged");
        QTest::newRow("no text") << test::docxWithParagraphs({QStringLiteral("  ")})
                                 << ErrorCode::Empty << QStringLiteral("no text");

        // 40 MB of XML white space packs a thousand times: refused before it is unpacked.
        QByteArray bomb = documentXml(QString());
        bomb.insert(bomb.indexOf("<w:body>") + 8, QByteArray(40 * 1024 * 1024, ' '));
        QTest::newRow("zip bomb") << test::docxWithDocumentXml(bomb) << ErrorCode::Corrupt
                                  << QStringLiteral("zip bomb");

        // The same, claiming to unpack to 4 kB: refused once more than that comes out.
        QByteArray lying = test::docxWithDocumentXml(bomb);
        patchHeaders(lying, centralHeader, 24, 4096);
        patchHeaders(lying, localHeader, 22, 4096);
        QTest::newRow("zip bomb with lying sizes")
            << lying << ErrorCode::Corrupt << QStringLiteral("damaged or incomplete");

        QByteArray encrypted = docx;
        patchHeaders(encrypted, centralHeader, 8, 0x00080009); // flags: encrypted; deflated
        patchHeaders(encrypted, localHeader, 6, 0x00080009);
        QTest::newRow("password") << encrypted << ErrorCode::Encrypted
                                  << QStringLiteral("password");
    }

    void badPackagesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messagePart);
        const Result<Document> document = readDocx(bytes);
        QVERIFY2(!document, qUtf8Printable(document ? document->text.left(80) : QString()));
        QCOMPARE(document.error().code, code);
        QVERIFY2(document.error().message.contains(messagePart),
                 qUtf8Printable(document.error().message));
    }

    void unpackedBytesAreCapped()
    {
        const ReportTemplate& report = format(QStringLiteral("2021"));
        const QByteArray docx =
            test::docxFile(test::officialLayout(report, test::sampleFigures(report, 15)));
        ReadLimits limits;
        limits.maxUnpackedBytes = 20 * 1024;
        const Result<Document> document = readDocx(docx, limits);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::TooLarge);
        QVERIFY2(document.error().message.contains(QLatin1String("20.0 KiB")),
                 qUtf8Printable(document.error().message));
        QVERIFY(readDocx(docx));
    }
};

QTEST_GUILESS_MAIN(TestDocxDocumentReader)
#include "tst_docxdocumentreader.moc"
