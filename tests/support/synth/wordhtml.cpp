// A report as a web page pasted from Word (real 008.html is one): every cell a MsoNormal
// paragraph wrapped in spans with mso styles, <o:p> marks, header words split across spans or
// paragraphs, a vertical label one character a paragraph, empty cells holding &nbsp;, merged
// cells as rowspan/colspan.

#include "synth/filewriters.h"
#include "synth/randomtools.h"

namespace nianbao::synth {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/// How one page marks up its cells and paragraphs.
struct HtmlHabits {
    int cellStyle = 0;      ///< 0: Word spans and <o:p>; 1: <p style="text-indent:0em">; 2: bare
    int headerBreak = 0;    ///< lines of a header cell: 0 adjacent spans, 1 <p> each, 2 <br>
    bool sizingRow = false; ///< Word's row of empty cells that fixes column widths
    bool siteChrome = false;
    bool splitFigures = false; ///< a figure's digits in two spans, as Word leaves them
    bool nbspPadding = false;  ///< &nbsp; around a cell's text
};

HtmlHabits randomHabits(QRandomGenerator& random)
{
    HtmlHabits habits;
    habits.cellStyle = between(random, 0, 2);
    habits.headerBreak = between(random, 0, 2);
    habits.sizingRow = chance(random, 0.4);
    habits.siteChrome = chance(random, 0.5);
    habits.splitFigures = chance(random, 0.4);
    habits.nbspPadding = chance(random, 0.3);
    return habits;
}

QString span(const QString& content, QRandomGenerator& random)
{
    static const QStringList styles = {
        QStringLiteral(" style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'"),
        QStringLiteral(" lang=EN-US style='font-size:10.5pt;mso-fareast-font-family:仿宋_GB2312'"),
        QStringLiteral(" style='mso-spacerun:yes'"), QString()};
    return QStringLiteral("<span%1>%2</span>").arg(pick(random, styles), content);
}

/// A line of a cell as Word writes it: spans, a figure maybe split in two.
QString lineHtml(const QString& line, bool figure, const HtmlHabits& habits,
                 QRandomGenerator& random)
{
    if (habits.cellStyle == 2) {
        return escaped(line);
    }
    if (figure && habits.splitFigures && line.size() >= 2 && chance(random, 0.5)) {
        const qsizetype cut = between(random, 1, int(line.size()) - 1);
        return span(escaped(line.left(cut)), random) + span(escaped(line.mid(cut)), random);
    }
    return span(escaped(line), random);
}

QString paragraphHtml(const QString& inner, const HtmlHabits& habits)
{
    switch (habits.cellStyle) {
    case 0:
        return QStringLiteral("<p class=MsoNormal align=center style='text-align:center;"
                              "mso-pagination:widow-orphan'>%1<span lang=EN-US><o:p></o:p>"
                              "</span></p>")
            .arg(inner);
    case 1:
        return QStringLiteral("<p style=\"text-indent: 0em;\">%1</p>").arg(inner);
    default:
        return inner;
    }
}

QString cellHtml(const LaidCell& cell, const HtmlHabits& habits, QRandomGenerator& random)
{
    QString attributes;
    if (cell.rowSpan > 1) {
        attributes += QStringLiteral(" rowspan=%1").arg(cell.rowSpan);
    }
    if (cell.columnSpan > 1) {
        attributes += chance(random, 0.5) ? QStringLiteral(" colspan=%1").arg(cell.columnSpan)
                                          : QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan);
    }
    attributes +=
        QStringLiteral(" width=%1 valign=middle style='width:%2pt;border:solid windowtext "
                       "1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt'")
            .arg(between(random, 40, 120))
            .arg(between(random, 30, 90));
    const bool figure = cell.role == LaidRole::Figure;
    QString content;
    if (cell.isEmpty()) {
        content = habits.cellStyle == 2
                      ? QStringLiteral("&nbsp;")
                      : paragraphHtml(QStringLiteral("<span lang=EN-US><o:p>&nbsp;</o:p></span>"),
                                      habits);
    } else if (cell.lines.size() == 1) {
        QString line = lineHtml(cell.lines.first(), figure, habits, random);
        if (habits.nbspPadding) {
            line = QStringLiteral("&nbsp;") + line + QStringLiteral("&nbsp;");
        }
        content = paragraphHtml(line, habits);
    } else if (cell.role == LaidRole::Header && habits.headerBreak == 0) {
        // Word keeps a header in one paragraph, its words in spans of their own.
        QString inner;
        for (const QString& line : cell.lines) {
            inner += lineHtml(line, false, habits, random);
        }
        content = paragraphHtml(inner, habits);
    } else if (cell.role == LaidRole::Header && habits.headerBreak == 2) {
        QStringList lines;
        for (const QString& line : cell.lines) {
            lines.append(lineHtml(line, false, habits, random));
        }
        content = paragraphHtml(lines.join(QStringLiteral("<br>")), habits);
    } else {
        // A paragraph per line: a vertical label, a header broken over lines.
        for (const QString& line : cell.lines) {
            content += habits.cellStyle == 2
                           ? QStringLiteral("<p>%1</p>").arg(escaped(line))
                           : paragraphHtml(lineHtml(line, false, habits, random), habits);
        }
    }
    return QStringLiteral("<td%1>%2</td>").arg(attributes, content);
}

QString tableHtml(const LaidTable& table, const HtmlHabits& habits, QRandomGenerator& random)
{
    QString html = QStringLiteral("<table class=MsoNormalTable border=1 cellspacing=0 "
                                  "cellpadding=0 style='border-collapse:collapse;border:none;"
                                  "mso-border-alt:solid windowtext .5pt'>\n<tbody>");
    for (const LaidRow& row : table.rows) {
        html += QStringLiteral("<tr style='mso-yfti-irow:0;height:19.85pt'>");
        for (const LaidCell& cell : row) {
            html += cellHtml(cell, habits, random);
        }
        html += QStringLiteral("</tr>\n");
    }
    if (habits.sizingRow) {
        html += QStringLiteral("<![if !supportMisalignedColumns]><tr height=0>");
        for (int c = 0; c < table.columnCount(); ++c) {
            html += QStringLiteral("<td width=%1 style='border:none'></td>").arg(60 + c);
        }
        html += QStringLiteral("</tr><![endif]>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString blockHtml(const LaidBlock& block, const HtmlHabits& habits, QRandomGenerator& random)
{
    if (block.isTable()) {
        return tableHtml(block.table, habits, random);
    }
    const QString text = escaped(block.paragraph);
    if (block.headingLevel == 1) {
        return QStringLiteral("<p class=MsoNormal align=center style='text-align:center'><b>"
                              "<span style='font-size:22.0pt;font-family:方正小标宋简体'>%1</span>"
                              "</b></p>\n")
            .arg(text);
    }
    if (block.headingLevel > 1) {
        return chance(random, 0.5)
                   ? QStringLiteral("<p class=MsoNormal style='text-indent:32.0pt'><b><span "
                                    "style='font-family:黑体'>%1<span lang=EN-US><o:p></o:p>"
                                    "</span></span></b></p>\n")
                         .arg(text)
                   : QStringLiteral("<h3>%1</h3>\n").arg(text);
    }
    return QStringLiteral("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>"
                          "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>%1</span>"
                          "<span lang=EN-US><o:p></o:p></span></p>\n")
        .arg(text);
}

} // namespace

QByteArray wordHtmlPage(const QString& title, const QList<LaidBlock>& blocks,
                        QRandomGenerator& random)
{
    const HtmlHabits habits = randomHabits(random);
    QString html =
        QStringLiteral("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
                       "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                       "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
                       "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
                       "<meta name=Generator content=\"Microsoft Word 15\">\n<title>%1</title>\n"
                       "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View>"
                       "</w:WordDocument></xml><![endif]-->\n"
                       "<style>p.MsoNormal { margin:0cm; font-size:10.5pt } "
                       "span.SpellE { mso-style-name:\"\" }</style>\n</head>\n<body lang=ZH-CN>\n")
            .arg(escaped(title));
    QString article;
    for (const LaidBlock& block : blocks) {
        article += blockHtml(block, habits, random);
    }
    if (habits.siteChrome) {
        html += QStringLiteral("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a "
                               "href=\"/zwgk\">政务公开</a></li></ul></div>\n"
                               "<div class=\"crumbs\">当前位置：首页 &gt; 政府信息公开年报</div>\n"
                               "<div class=\"article\"><div class=\"TRS_Editor\"><div "
                               "class=WordSection1 style='layout-grid:15.6pt'>\n") +
                article +
                QStringLiteral("</div></div></div>\n<div class=\"footer\"><p>主办单位：示例市人民"
                               "政府办公室</p><script>var _hmt=[];</script></div>\n");
    } else {
        html += QStringLiteral("<div class=WordSection1 style='layout-grid:15.6pt'>\n") + article +
                QStringLiteral("</div>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace nianbao::synth
