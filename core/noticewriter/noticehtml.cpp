#include "noticewriter/noticehtml.h"

#include "supervision/notice/noticebuilder.h"

#include <QLocale>

namespace nianbao::supervision {

QColor severityPaint(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xf4, 0xb6, 0xb6);
    case Severity::Warning:
        return QColor(0xfb, 0xe3, 0xa1);
    case Severity::Note:
        return QColor(0xcf, 0xe2, 0xf3);
    }
    return QColor(Qt::white);
}

QString noticeSeverityName(Severity severity, bool chinese)
{
    switch (severity) {
    case Severity::Error:
        return noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Error"), chinese);
    case Severity::Warning:
        return noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Warning"), chinese);
    case Severity::Note:
        return noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Note"), chinese);
    }
    return {};
}

QString noticeKindName(NoticeItemKind kind, bool chinese)
{
    switch (kind) {
    case NoticeItemKind::Finding:
        return noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Broken rule"), chinese);
    case NoticeItemKind::Change:
        return noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Implausible change"), chinese);
    case NoticeItemKind::Copy:
        return noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Copied text"), chinese);
    }
    return {};
}

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString tableHtml(const NoticeTable& table)
{
    QString html = QStringLiteral("<p><b>%1</b></p><table border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"2\" width=\"100%\" style=\"font-size:7pt\">")
                       .arg(escaped(table.title));
    for (const std::vector<NoticeCell>& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const NoticeCell& cell : row) {
            const QString paint = cell.severity ? severityPaint(*cell.severity).name()
                                  : cell.header ? QStringLiteral("#eeeeee")
                                                : QStringLiteral("#ffffff");
            html += QStringLiteral("<td bgcolor=\"%1\"%2>%3</td>")
                        .arg(paint, cell.header ? QString() : QStringLiteral(" align=\"right\""),
                             escaped(cell.text));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString noticeHtml(const Notice& notice)
{
    const bool zh = notice.chinese;
    QString html = QStringLiteral("<html><body><h2 align=\"center\">%1</h2><p>%2</p>")
                       .arg(escaped(notice.title), escaped(notice.introduction));
    for (const NoticeSection& section : notice.sections) {
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(escaped(
                    noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "%1, annual report for %2"), zh)
                        .arg(section.agency,
                             section.year ? QString::number(*section.year) : QStringLiteral("?"))));
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(
                        noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "File: %1 (report %2)"), zh)
                            .arg(section.file, section.reportId)));
        if (section.items.empty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(noticeText(
                            QT_TRANSLATE_NOOP("nianbao::Notice", "Nothing to correct was found."),
                            zh)));
            continue;
        }
        html += QStringLiteral("<ol>");
        for (const NoticeItem& item : section.items) {
            html += QStringLiteral("<li><span style=\"background-color:%1\">[%2 · %3]</span> %4")
                        .arg(severityPaint(item.severity).name(),
                             escaped(noticeSeverityName(item.severity, zh)),
                             escaped(noticeKindName(item.kind, zh)), escaped(item.message));
            if (!item.cellNames.isEmpty()) {
                html += QStringLiteral("<br/><i>%1</i>")
                            .arg(escaped(
                                noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Cells: %1"), zh)
                                    .arg(item.cellNames.join(zh ? QStringLiteral("；")
                                                                : QStringLiteral("; ")))));
            }
            if (!item.passage.isEmpty()) {
                html +=
                    QStringLiteral("<br/>%1<br/><span style=\"background-color:#fbe3a1\">"
                                   "%2</span><br/>%3<br/><span style=\"background-color:"
                                   "#fbe3a1\">%4</span>")
                        .arg(escaped(noticeText(
                                 QT_TRANSLATE_NOOP("nianbao::Notice", "Your report:"), zh)),
                             escaped(item.passage),
                             escaped(noticeText(
                                 QT_TRANSLATE_NOOP("nianbao::Notice", "The other report:"), zh)),
                             escaped(item.otherPassage));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
        for (const NoticeTable& table : section.tables) {
            html += tableHtml(table);
        }
    }
    html += QStringLiteral("<p align=\"right\">%1</p></body></html>")
                .arg(QLocale(zh ? QLocale::Chinese : QLocale::English)
                         .toString(notice.date, QLocale::LongFormat));
    return html;
}

} // namespace nianbao::supervision
