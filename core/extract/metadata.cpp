#include "extract/metadata.h"

#include <QRegularExpression>

namespace nianbao::extract {

namespace {

/// The text of a line without markdown heading marks and surrounding spaces.
std::pair<qsizetype, qsizetype> trimmedLine(const QString& text, qsizetype start, qsizetype end)
{
    while (start < end && (text.at(start).isSpace() || text.at(start) == QLatin1Char('#'))) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end};
}

/// A title names the annual report and is not a sentence ("根据《条例》…发布本年度报告。" is not).
bool isTitle(QStringView line)
{
    const bool names = (line.contains(u"年度报告") || line.contains(u"年报")) &&
                       (line.contains(u"信息公开") || line.contains(u"政务公开"));
    const bool sentence = line.contains(u",") || line.contains(u"。") || line.contains(u"《") ||
                          line.startsWith(u"根据") || line.startsWith(u"本报告");
    return names && !sentence;
}

} // namespace

MetaDraft readMetadata(const QString& text, qsizetype firstHeading)
{
    MetaDraft meta;
    const qsizetype limit =
        firstHeading > 0 ? firstHeading : std::min<qsizetype>(text.size(), 2000);
    static const QRegularExpression yearInTitle(QStringLiteral("((?:19|20)\\d\\d)\\s*年"));

    qsizetype previousStart = -1;
    qsizetype previousEnd = -1;
    int linesSeen = 0;
    for (qsizetype lineStart = 0; lineStart < limit && linesSeen < 12;) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0 || lineEnd > limit) {
            lineEnd = limit;
        }
        const auto [start, end] = trimmedLine(text, lineStart, lineEnd);
        lineStart = lineEnd + 1;
        if (start >= end) {
            continue;
        }
        ++linesSeen;
        const QStringView line = QStringView(text).mid(start, end - start);
        // Web text may run the whole report into one line: the title ends at "报告".
        const qsizetype reportWord = line.indexOf(u"年度报告");
        const qsizetype titleLength =
            reportWord >= 0
                ? reportWord + 4
                : (line.indexOf(u"报告") >= 0 ? line.indexOf(u"报告") + 2 : line.size());
        const QStringView title = line.left(titleLength);
        if (!isTitle(title) || title.size() > 80) {
            previousStart = start;
            previousEnd = end;
            continue;
        }
        meta.titleStart = start;
        meta.titleEnd = start + title.size();
        const QRegularExpressionMatch year = yearInTitle.match(title);
        qsizetype agencyEnd = -1;
        if (year.hasMatch()) {
            meta.year = year.captured(1).toInt();
            meta.yearStart = start + year.capturedStart(1);
            meta.yearEnd = start + year.capturedEnd(1);
            agencyEnd = start + year.capturedStart(0);
        } else {
            const qsizetype gov = title.indexOf(u"政府信息公开");
            agencyEnd = gov > 0 ? start + gov : -1;
        }
        if (agencyEnd > start) {
            auto [a, b] = trimmedLine(text, start, agencyEnd);
            // Saved web pages put a breadcrumb before the title ("当前位置: 首页>…年报 平潭…"):
            // the agency is the last piece before the year.
            for (qsizetype i = b - 1; i > a; --i) {
                const QChar c = text.at(i);
                if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('>') ||
                    c == QLatin1Char('|') || c == QChar(0x3011)) {
                    if (b - (i + 1) >= 2) {
                        a = i + 1;
                    }
                    break;
                }
            }
            meta.agencyStart = a;
            meta.agencyEnd = b;
            meta.titleStart = a;
        } else if (previousStart >= 0 && previousEnd - previousStart <= 30 &&
                   !QStringView(text)
                        .mid(previousStart, previousEnd - previousStart)
                        .contains(u"【")) {
            // "洪泽区人民政府\n2023 年政府信息公开工作年度报告": the agency is the line above.
            meta.agencyStart = previousStart;
            meta.agencyEnd = previousEnd;
            meta.titleStart = previousStart;
        }
        break;
    }
    if (meta.titleStart >= 0) {
        meta.title = text.mid(meta.titleStart, meta.titleEnd - meta.titleStart);
        meta.title.replace(QLatin1Char('\n'), QString());
    }
    if (meta.agencyStart >= 0) {
        meta.agency = text.mid(meta.agencyStart, meta.agencyEnd - meta.agencyStart).trimmed();
    }
    if (!meta.year) {
        static const QRegularExpression period(
            QStringLiteral("(?:统计期限|统计时限|统计期间|统计时间|统计期|期限)[^0-9]{0,8}((?:19|"
                           "20)\\d\\d)\\s*年\\s*1\\s*月\\s*1\\s*日"));
        const QRegularExpressionMatch match = period.match(QStringView(text).left(limit));
        if (match.hasMatch()) {
            meta.year = match.captured(1).toInt();
            meta.yearStart = match.capturedStart(1);
            meta.yearEnd = match.capturedEnd(1);
        }
    }
    return meta;
}

} // namespace nianbao::extract
