#include "htmlpage.h"

#include <QStringEncoder>

namespace nianbao::test {

namespace {

QString cellHtml(const LayoutCell& cell, bool heavyMarkup)
{
    QString attributes;
    if (cell.rowSpan > 1) {
        attributes += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan);
    }
    if (cell.columnSpan > 1) {
        attributes += QStringLiteral(" colspan='%1'").arg(cell.columnSpan);
    }
    const QString content = escapeHtml(cell.text);
    if (!heavyMarkup) {
        return QStringLiteral("<td%1>%2</td>").arg(attributes, content);
    }
    return QStringLiteral("<td%1 valign=\"middle\" style=\"border:1px solid #000\">\n"
                          "  <p class=\"MsoNormal\" align=center><span style='font-family:仿宋'>"
                          "&nbsp;%2&nbsp;</span></p></td>")
        .arg(attributes, content);
}

QString tableHtml(const QList<LayoutRow>& rows, bool heavyMarkup)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\">\n");
    html += QStringLiteral("<tbody>\n");
    for (const LayoutRow& row : rows) {
        html += QStringLiteral("<tr>");
        for (const LayoutCell& cell : row) {
            html += cellHtml(cell, heavyMarkup);
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString articleHtml(const ReportLayout& layout, bool heavyMarkup)
{
    QString html;
    for (const LayoutBlock& block : layout.blocks) {
        if (block.isTable()) {
            html += tableHtml(block.rows, heavyMarkup);
        } else if (heavyMarkup) {
            html += QStringLiteral("<p style=\"text-indent:2em\">&#12288;&#12288;<span>%1</span>"
                                   "</p>\n")
                        .arg(escapeHtml(block.paragraph));
        } else {
            html += QStringLiteral("<p>%1</p>\n").arg(escapeHtml(block.paragraph));
        }
    }
    return html;
}

QString siteMenu()
{
    return QStringLiteral(
        "<div class=\"header\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li>"
        "<li><a href=\"/zwgk\">政务公开</a></li><li><a href=\"/hdjl\">互动交流</a></li>"
        "<li><a href=\"/bsfw\">办事服务</a></li></ul></div>\n"
        "<div class=\"crumbs\">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n");
}

QString siteFooter()
{
    return QStringLiteral(
        "<div class=\"footer\"><p>主办单位：示例市人民政府办公室 &nbsp;&nbsp; 网站标识码："
        "1234000000</p><p>ICP备案号：示ICP备00000000号</p>"
        "<script>var _hmt = _hmt || []; document.write('<p>统计代码</p>');</script></div>\n");
}

} // namespace

QString escapeHtml(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QByteArray htmlPage(const ReportLayout& layout, const HtmlPageOptions& options)
{
    const QString charset = QString::fromLatin1(options.charset);
    const QString declaration =
        options.httpEquiv ? QStringLiteral("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                                           "charset=%1\">")
                                .arg(charset)
                          : QStringLiteral("<meta charset=\"%1\">").arg(charset);
    QString html =
        QStringLiteral("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n"
                       "<html><head>%1\n<title>%2</title>\n"
                       "<style>td { font-size: 12pt } .nav li { float: left }</style>\n"
                       "<script type=\"text/javascript\">if (a < b && c) { x(); }"
                       "</script>\n</head>\n<body>\n")
            .arg(declaration, escapeHtml(layout.title));
    QString article = articleHtml(layout, options.heavyMarkup);
    if (options.heavyMarkup) {
        // Older sites lay the article out in a table of its own.
        article = QStringLiteral("<table width=\"100%\" class=\"layout\"><tr><td width=\"5%\">"
                                 "</td><td>\n") +
                  article + QStringLiteral("</td></tr></table>\n");
    }
    if (options.siteChrome) {
        html += siteMenu();
        html += QStringLiteral("<div class=\"article\"><div class=\"TRS_Editor\">\n") + article +
                QStringLiteral("</div></div>\n");
        html += siteFooter();
    } else {
        html += article;
    }
    html += QStringLiteral("</body></html>\n");

    if (options.charset.compare("UTF-8", Qt::CaseInsensitive) == 0) {
        return html.toUtf8();
    }
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid()) {
        qFatal("no GB18030 encoder");
    }
    return encoder.encode(html);
}

} // namespace nianbao::test
