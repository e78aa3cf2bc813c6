#include "documents/documentreader.h"
#include "documents/htmlcharset.h"
#include "formatcheck.h"
#include "htmlpage.h"
#include "reportlayout.h"
#include "templates/templateregistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
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

Result<Document> readPage(const QByteArray& bytes,
                          const QString& name = QStringLiteral("年报.html"))
{
    return readDocument(bytes, name);
}

QString errorOf(const Result<Document>& document)
{
    return document ? QString() : document.error().message;
}

QByteArray utf8Page(const QString& body, const QString& head = QString())
{
    return (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">") + head +
            QStringLiteral("</head><body>") + body + QStringLiteral("</body></html>"))
        .toUtf8();
}

} // namespace

/// Web pages: charset, parsing, tables with merged cells, saved-page clutter, and reports
/// generated in the test read back through the extractor cell by cell.
class TestHtmlDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void reportsReadBackExactly_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<bool>("httpEquiv");
        QTest::addColumn<bool>("siteChrome");
        QTest::addColumn<bool>("heavyMarkup");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("2021 UTF-8 saved page")
            << QStringLiteral("2021") << QByteArray("UTF-8") << false << true << true << 1u;
        QTest::newRow("2021 GBK meta charset")
            << QStringLiteral("2021") << QByteArray("GBK") << false << true << true << 2u;
        QTest::newRow("2021 gb2312 http-equiv, plain markup")
            << QStringLiteral("2021") << QByteArray("gb2312") << true << false << false << 3u;
        QTest::newRow("2019 GB18030 saved page")
            << QStringLiteral("2019") << QByteArray("GB18030") << true << true << true << 4u;
        QTest::newRow("2019 UTF-8 bare")
            << QStringLiteral("2019") << QByteArray("UTF-8") << false << false << false << 5u;
    }

    void reportsReadBackExactly()
    {
        QFETCH(QString, templateId);
        QFETCH(QByteArray, charset);
        QFETCH(bool, httpEquiv);
        QFETCH(bool, siteChrome);
        QFETCH(bool, heavyMarkup);
        QFETCH(quint32, seed);
        const ReportTemplate& report = format(templateId);
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, seed));
        const QByteArray page =
            test::htmlPage(layout, {charset, httpEquiv, siteChrome, heavyMarkup});

        const Result<Document> document = readPage(page);
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->format, QStringLiteral("html"));
        QCOMPARE(document->encoding,
                 charset == "UTF-8" ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"));
        QVERIFY(document->notices.isEmpty());
        const QStringList missing = test::missingTables(layout, document->text);
        QVERIFY2(missing.isEmpty(), qUtf8Printable(missing.join(u'\n') + u'\n' + document->text));
        for (const test::LayoutBlock& block : layout.blocks) {
            if (!block.isTable()) {
                QVERIFY2(document->text.contains(u'\n' + block.paragraph + u'\n') ||
                             document->text.startsWith(block.paragraph + u'\n'),
                         qUtf8Printable(block.paragraph));
            }
        }
        const QStringList differences = test::cellDifferences(layout, *document);
        QVERIFY2(differences.isEmpty(), qUtf8Printable(differences.join(u'\n')));
        // The tables are kept as grids too, every cell at its slot and its text at its span.
        std::size_t tables = 0;
        for (const test::LayoutBlock& block : layout.blocks) {
            if (!block.isTable()) {
                continue;
            }
            QVERIFY(tables < document->tables.size());
            const SourceTable& table = document->tables.at(tables++);
            QCOMPARE(table.origin, QStringLiteral("html"));
            const test::PlacedTable placed = test::placeTable(block.rows);
            QCOMPARE(table.rowCount, placed.rowCount);
            QCOMPARE(table.columnCount, placed.columnCount);
            QCOMPARE(table.cells.size(), std::size_t(placed.cells.size()));
            for (std::size_t c = 0; c < table.cells.size(); ++c) {
                const SourceCell& cell = table.cells[c];
                const test::PlacedTable::Placed& expected = placed.cells.at(qsizetype(c));
                QCOMPARE(cell.row, expected.row);
                QCOMPARE(cell.column, expected.column);
                QCOMPARE(cell.columnSpan, expected.cell.columnSpan);
                QCOMPARE(document->textOf(cell.span),
                         QString(expected.cell.text).replace(u'\n', u' '));
            }
        }
        QCOMPARE(document->tables.size(), tables);
    }

    void savedPageClutterIsLeftOut()
    {
        const ReportTemplate& report = format(QStringLiteral("2021"));
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, 6));
        const Result<Document> document = readPage(test::htmlPage(layout));
        QVERIFY(document);
        for (const char* clutter :
             {"办事服务", "当前位置", "ICP备案号", "统计代码", "font-size", "_hmt"}) {
            QVERIFY2(!document->text.contains(QString::fromUtf8(clutter)), clutter);
        }
        // The page title stands where the article's heading was left out.
        QVERIFY(document->text.startsWith(layout.title + u'\n'));
    }

    void pagesWithoutAnObviousArticleKeepEverything()
    {
        // The menu holds as much text as the article: no element stands out, nothing is
        // dropped; a table outside the main text is kept too.
        QString menu;
        for (int i = 0; i < 40; ++i) {
            menu += QStringLiteral("<li>栏目%1政务公开专栏</li>").arg(i);
        }
        const QByteArray page =
            utf8Page(QStringLiteral("<ul>%1</ul><div id=\"content\"><p>%2</p></div>"
                                    "<table><tr><td>行政复议</td><td>3</td></tr></table>")
                         .arg(menu, QString(300, QChar(u'文'))));
        const Result<Document> document = readPage(page);
        QVERIFY(document);
        QVERIFY(document->text.contains(QStringLiteral("栏目39政务公开专栏")));
        QVERIFY(document->text.contains(QStringLiteral("行政复议\t3")));
    }

    void articleIsNeverTakenWithoutThePagesTables()
    {
        const QByteArray page = utf8Page(
            QStringLiteral("<div class=\"main\"><p>%1</p></div><table><tr><td>总计</td><td>7</td>"
                           "</tr></table>")
                .arg(QString(2000, QChar(u'报'))));
        const Result<Document> document = readPage(page);
        QVERIFY(document);
        QVERIFY(document->text.contains(QStringLiteral("总计\t7")));
    }

    void cellsWithMarkupEntitiesAndBreaks()
    {
        const QByteArray page = utf8Page(QStringLiteral(
            "<table>"
            "<tr><th rowspan=2>&nbsp;信息<br/>内容&nbsp;</th><th colspan=\"2\"><b>本年</b>"
            "<span>制发</span>件数</th><td>&#x4e00;&amp;&lt;</td></tr>"
            "<tr><td><p><span style='x'>1</span><span>016.72</span></p></td>"
            "<td>\n  &nbsp;  </td><td>3<script>document.write('9')</script></td></tr>"
            "</table>"));
        const Result<Document> document = readPage(page);
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->text, QStringLiteral("信息 内容\t本年制发件数\t\t一&<\n"
                                                "\t1016.72\t\t3\n"));
    }

    void layoutTablesAreReadAsFlow()
    {
        const QByteArray page = utf8Page(QStringLiteral(
            "<table><tr><td><p>一、总体情况</p><p>本年度工作有序开展。</p>"
            "<table><tr><td>规章</td><td>5</td></tr><tr><td>行政规范性文件</td><td>6</td></tr>"
            "</table></td></tr></table>"
            "<table><tr><td>独栏</td></tr><tr><td>第二段</td></tr></table>"));
        const Result<Document> document = readPage(page);
        QVERIFY(document);
        QCOMPARE(document->text, QStringLiteral("一、总体情况\n\n本年度工作有序开展。\n\n规章\t5\n"
                                                "行政规范性文件\t6\n\n独栏\n\n第二段\n"));
    }

    void breaksInParagraphsStartLines()
    {
        const QByteArray page =
            utf8Page(QStringLiteral("<p>第一行<br>第二行\n   续</p><div>甲<div>乙</div>丙</div>"));
        const Result<Document> document = readPage(page);
        QVERIFY(document);
        QCOMPARE(document->text, QStringLiteral("第一行\n第二行 续\n\n甲\n\n乙\n\n丙\n"));
    }

    void charsetIsFoundInTheHead_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("meta charset") << QByteArray("<meta charset=GBK>") << QByteArray("gbk");
        QTest::newRow("http-equiv")
            << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
                          "charset=GB2312\" />")
            << QByteArray("gb2312");
        QTest::newRow("quoted, spaced")
            << QByteArray("<meta name=x charset = 'utf-8' >") << QByteArray("utf-8");
        QTest::newRow("none") << QByteArray("<meta name=\"charset\" content=\"x\">")
                              << QByteArray();
        QTest::newRow("not in a meta") << QByteArray("<title>charset=gbk</title>") << QByteArray();
    }

    void charsetIsFoundInTheHead()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, charset);
        const QByteArray page = "<html><head>" + head + "</head><body>x</body></html>";
        QCOMPARE(declaredHtmlCharset(page), charset);
    }

    void aWrongDeclarationIsOverruledWithANotice()
    {
        // Declared GB2312, written in UTF-8: detection reads it, and says so.
        const QByteArray page = QStringLiteral("<html><head><meta charset=\"gb2312\"></head><body>"
                                               "<p>政府信息公开工作年度报告，本年度收到申请十二件。"
                                               "</p></body></html>")
                                    .toUtf8();
        const Result<Document> document = readPage(page);
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->encoding, QStringLiteral("UTF-8"));
        QVERIFY(document->text.contains(QStringLiteral("本年度收到申请十二件")));
        QCOMPARE(document->notices.size(), 1);
        QVERIFY(document->notices.constFirst().contains(QLatin1String("gb2312")));
    }

    void undeclaredLegacyPagesAreDetected()
    {
        QStringEncoder encoder("GB18030");
        const QByteArray page = encoder.encode(
            QStringLiteral("<html><body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td>"
                           "<td>0</td></tr></table></body></html>"));
        const Result<Document> document = readPage(page);
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->encoding, QStringLiteral("GB18030"));
        QCOMPARE(document->text, QStringLiteral("二、主动公开政府信息情况\n\n规章\t0\n"));
    }

    void utf16PagesReadByTheirByteOrderMark()
    {
        const QString html = QStringLiteral("<html><head><meta charset=\"gbk\"></head><body>"
                                            "<p>行政复议</p></body></html>");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char*>(html.utf16()), html.size() * 2);
        const Result<Document> document = readPage(bytes);
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(document->text, QStringLiteral("行政复议\n"));
    }

    void pagesWithoutTextAreEmpty()
    {
        const Result<Document> document =
            readPage(utf8Page(QStringLiteral("<script>var x = 1;</script><img src=a.png>")));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::Empty);
    }

    void brokenMarkupIsRecovered()
    {
        const QByteArray page =
            utf8Page(QStringLiteral("<table><tr><td>规章<td>7<tr><td>行政规范性文件<td>8</"
                                    "table><p>五、存在的主要问题<div"));
        const Result<Document> document = readPage(page);
        QVERIFY(document);
        QVERIFY2(document->text.startsWith(
                     QStringLiteral("规章\t7\n行政规范性文件\t8\n\n五、存在的主要问题")),
                 qUtf8Printable(document->text));
    }

    void deepNestingDoesNotCrash()
    {
        QByteArray page = "<html><body>";
        for (int i = 0; i < 200000; ++i) {
            page += "<div><span>";
        }
        page += "深处";
        const Result<Document> document = readPage(page);
        // libxml2 stops at its depth limit; whatever it kept reads, or the page is empty.
        QVERIFY(document || document.error().code == ErrorCode::Empty);
    }

    void fiftyMegabytePagesAreRefusedUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("<!DOCTYPE html><html><body>") > 0);
        QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: no disk, no time
        file.close();
        QElapsedTimer timer;
        timer.start();
        const Result<Document> document = readDocument(path);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::TooLarge);
        QVERIFY2(document.error().message.contains(QLatin1String("50.0 MiB")),
                 qUtf8Printable(document.error().message));
        QVERIFY(timer.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestHtmlDocumentReader)
#include "tst_htmldocumentreader.moc"
