// Markup and text that a careless or hostile producer makes: pages nested deeper than
// libxml2's default limit, pages with an internal DTD, Word rows that claim to skip or span
// two billion columns, and a text file cut inside its last character. Each is read for what
// it holds, and what could not be kept is said, never dropped in silence.

#include "documents/blocktextwriter.h"
#include "documents/docxbody.h"
#include "documents/htmldepth.h"
#include "documents/htmldocumentreader.h"
#include "documents/textdocumentreader.h"
#include "extract/extractor.h"
#include "testdata.h"

#include <QTest>

#include <algorithm>

using namespace nianbao;

namespace {

QByteArray nested(int depth, const QByteArray& inner)
{
    return QByteArray("<html><body>") + QByteArray("<div>").repeated(depth) + inner +
           QByteArray("</div>").repeated(depth) +
           QByteArray("<p>after the nesting</p></body></html>");
}

QByteArray wordBody(const QByteArray& rows)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                      "wordprocessingml/2006/main\"><w:body><w:tbl>") +
           rows + QByteArray("</w:tbl></w:body></w:document>");
}

QByteArray cell(const char* text)
{
    return QByteArray("<w:tc><w:p><w:r><w:t>") + text + QByteArray("</w:t></w:r></w:p></w:tc>");
}

} // namespace

class TestHostileDocuments : public QObject {
    Q_OBJECT

private slots:
    void deepHtmlKeepsItsText_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("300, past libxml2's default 256") << 300;
        QTest::newRow("600, past the walk's own 512") << 600;
        QTest::newRow("20000") << 20000;
    }

    void deepHtmlKeepsItsText()
    {
        QFETCH(int, depth);
        const QByteArray page = nested(depth, "<p>一、总体情况</p><p>deep text</p>");
        const Result<Document> document =
            readHtmlDocument(page, QStringLiteral("deep.html"), ReadLimits{});
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        QVERIFY2(document->text.contains(QStringLiteral("deep text")), qPrintable(document->text));
        QVERIFY(document->text.contains(QStringLiteral("一、总体情况")));
        QVERIFY(document->text.contains(QStringLiteral("after the nesting")));
        // The paragraphs stay lines of their own, even past the walk's depth.
        QVERIFY(!document->text.contains(QStringLiteral("总体情况deep")));
        // Past the kept depth the page says so; within it, nothing is said.
        const bool said = std::any_of(
            document->notices.begin(), document->notices.end(),
            [](const QString& notice) { return notice.contains(QStringLiteral("deep")); });
        QCOMPARE(said, depth > kMaxHtmlDepth);
    }

    void openElementsAndStrayClosingsStayBounded()
    {
        // Fifty thousand elements never closed, then stray closing tags: the parser searched
        // its whole stack at every stray one (40 s for a megabyte). The limiter keeps the
        // stack at kMaxHtmlDepth and the page's text is still read.
        const QByteArray page = QByteArray("<html><body>") + QByteArray("<div>").repeated(50000) +
                                "<p>本年新收政府信息公开申请数量 12</p>" +
                                QByteArray("</span>").repeated(20000) + "</body></html>";
        const HtmlWithinDepth bounded = withinDepth(page);
        // <html> and <body> are two of the kept levels.
        QCOMPARE(bounded.removed, qsizetype(50000 + 2 - kMaxHtmlDepth));
        QCOMPARE(bounded.html.count("<div>"), qsizetype(kMaxHtmlDepth - 2));
        const Result<Document> document =
            readHtmlDocument(page, QStringLiteral("open.html"), ReadLimits{});
        QVERIFY(document);
        QVERIFY(document->text.contains(QStringLiteral("本年新收政府信息公开申请数量 12")));
    }

    void theLimiterCountsOnlyElementsThatNest()
    {
        // Thousands of unclosed <p>, <li> and <td> close themselves: the page is not deep.
        const QByteArray paragraphs =
            "<html><body>" + QByteArray("<p>x<br><li>y<td>z<img src=a>").repeated(5000) + "</body>";
        QCOMPARE(withinDepth(paragraphs).removed, qsizetype(0));
        QCOMPARE(withinDepth(paragraphs).html, paragraphs);
        // Markup inside script, comments and quoted values is not markup.
        const QByteArray hidden = "<html><body><script>" + QByteArray("<div>").repeated(20) +
                                  "</script><!--" + QByteArray("<div>").repeated(20) +
                                  "--><span title=\"a>b<div>\">t</span></body></html>";
        QCOMPARE(withinDepth(hidden, 3).removed, qsizetype(0));
        // Past the depth, an element's opening and closing tags both go; its text stays.
        const HtmlWithinDepth cut =
            withinDepth("<div><div><div><b>deep</b></div></div></div><i>after</i>", 2);
        QCOMPARE(cut.removed, qsizetype(2));
        QCOMPARE(cut.html, QByteArray("<div><div>deep</div></div><i>after</i>"));
    }

    void anInternalDtdLeaksNothing()
    {
        const QByteArray page =
            "<!DOCTYPE html [\n<!ENTITY boom \"]> leaked\">\n<!-- a ] and a > -->\n"
            "<!ENTITY other 'x'>\n]>\n"
            "<html><body><p>政府信息公开 &boom;</p></body></html>";
        const Result<Document> document =
            readHtmlDocument(page, QStringLiteral("dtd.html"), ReadLimits{});
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        QVERIFY2(!document->text.contains(QStringLiteral("ENTITY")), qPrintable(document->text));
        QVERIFY2(!document->text.contains(QStringLiteral("leaked")), qPrintable(document->text));
        QVERIFY(!document->text.contains(QStringLiteral("]>")));
        QVERIFY(document->text.contains(QStringLiteral("政府信息公开")));
        QVERIFY(!document->notices.isEmpty());
        QVERIFY(document->notices.join(u' ').contains(QStringLiteral("DTD")));
    }

    void aPlainDoctypeIsNoNotice()
    {
        const Result<Document> document =
            readHtmlDocument("<!DOCTYPE html><html><body><p>政府信息公开</p></body></html>",
                             QStringLiteral("a.html"), ReadLimits{});
        QVERIFY(document);
        QVERIFY(document->notices.isEmpty());
    }

    void aHugeGridBeforeKeepsTheRowsCells_data()
    {
        QTest::addColumn<QByteArray>("skip");
        QTest::newRow("2^31 - 1") << QByteArray("2147483647");
        QTest::newRow("2^31 - 2") << QByteArray("2147483646");
        QTest::newRow("past the grid's columns") << QByteArray("600");
    }

    void aHugeGridBeforeKeepsTheRowsCells()
    {
        QFETCH(QByteArray, skip);
        // Two skips in a row: the second would overflow a running sum of the first.
        const QByteArray xml =
            wordBody("<w:tr>" + cell("收到申请数") + cell("12") +
                     "</w:tr>"
                     "<w:tr><w:trPr><w:gridBefore w:val=\"" +
                     skip + "\"/><w:gridBefore w:val=\"" + skip + "\"/></w:trPr>" +
                     cell("办理结果") + cell("34") + "</w:tr>");
        BlockTextWriter writer;
        QVERIFY(writeDocxBody(xml, writer));
        QVERIFY2(writer.text().contains(QStringLiteral("办理结果\t34")), qPrintable(writer.text()));
        QVERIFY2(!writer.notices().isEmpty(), "the row's odd skip went unsaid");
        QVERIFY(writer.notices().constFirst().contains(QString::fromLatin1(skip)));
    }

    void aHugeGridSpanDoesNotOverflow()
    {
        const QByteArray span = "<w:tcPr><w:gridSpan w:val=\"2147483647\"/></w:tcPr>";
        const QByteArray wide = "<w:tc>" + span + "<w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>";
        const QByteArray xml = wordBody("<w:tr>" + wide + wide + wide + cell("y") + "</w:tr>");
        BlockTextWriter writer;
        QVERIFY(writeDocxBody(xml, writer));
        QVERIFY(writer.text().contains(u'x'));
    }

    void tooManyColumnsAreSaid()
    {
        QByteArray row = "<w:tr>";
        for (int i = 0; i < 600; ++i) {
            row += cell("1");
        }
        BlockTextWriter writer;
        QVERIFY(writeDocxBody(wordBody(row + "</w:tr>"), writer));
        QVERIFY2(!writer.notices().isEmpty(), "cells were dropped in silence");
    }

    void aTextCutInsideItsLastCharacterIsANote()
    {
        const QByteArray whole = test::readData(QStringLiteral("seeds/000_76b7263738f18800.txt"));
        // "年" is three bytes in UTF-8: keep two of them.
        const QByteArray cut = whole + QByteArray("年").left(2);
        const Result<Document> document = readTextDocument(cut, QStringLiteral("cut.txt"));
        QVERIFY(document);
        QVERIFY(document->truncated);
        const Result<Report> report = extractReport(*document);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        const auto note = std::find_if(
            report->findings.begin(), report->findings.end(),
            [](const Finding& finding) { return finding.rule == u"extract.truncated_file"; });
        QVERIFY2(note != report->findings.end(), "the cut file was read without a word");
        QCOMPARE(note->severity, Severity::Note);

        const Result<Document> intact = readTextDocument(whole, QStringLiteral("whole.txt"));
        QVERIFY(intact);
        QVERIFY(!intact->truncated);
        const Result<Report> intactReport = extractReport(*intact);
        QVERIFY(intactReport);
        QVERIFY(std::none_of(
            intactReport->findings.begin(), intactReport->findings.end(),
            [](const Finding& finding) { return finding.rule == u"extract.truncated_file"; }));
    }
};

QTEST_GUILESS_MAIN(TestHostileDocuments)
#include "tst_hostiledocuments.moc"
