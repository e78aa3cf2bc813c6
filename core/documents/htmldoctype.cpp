#include "documents/htmldoctype.h"

namespace nianbao {

namespace {

/// Where the internal subset that starts at `open` (its '[') ends: just past the '>' after
/// its ']', skipping quoted literals and comments, in which ']' and '>' mean nothing. -1 when
/// the subset never ends.
qsizetype subsetEnd(const QString& html, qsizetype open)
{
    qsizetype at = open + 1;
    const qsizetype size = html.size();
    while (at < size) {
        const QChar character = html.at(at);
        if (character == u'"' || character == u'\'') {
            const qsizetype close = html.indexOf(character, at + 1);
            if (close < 0) {
                return -1;
            }
            at = close + 1;
        } else if (QStringView(html).sliced(at).startsWith(u"<!--")) {
            const qsizetype close = html.indexOf(QLatin1StringView("-->"), at + 4);
            if (close < 0) {
                return -1;
            }
            at = close + 3;
        } else if (character == u']') {
            const qsizetype close = html.indexOf(u'>', at + 1);
            return close < 0 ? -1 : close + 1;
        } else {
            ++at;
        }
    }
    return -1;
}

} // namespace

HtmlWithoutSubset withoutInternalSubset(const QString& html)
{
    const qsizetype declaration =
        html.indexOf(QLatin1StringView("<!doctype"), 0, Qt::CaseInsensitive);
    if (declaration < 0) {
        return {html, false};
    }
    const qsizetype end = html.indexOf(u'>', declaration);
    const qsizetype open = html.indexOf(u'[', declaration);
    if (open < 0 || (end >= 0 && end < open)) {
        return {html, false};
    }
    qsizetype close = subsetEnd(html, open);
    if (close < 0) {
        // A subset that never ends takes the rest of the page with it, as a parser of XML
        // would; cut at the declaration's first '>' instead, so the page still reads.
        close = end < 0 ? html.size() : end + 1;
    }
    QString stripped = html.left(open);
    // Whatever stood between the name and the '[' (an external identifier) is kept.
    while (stripped.endsWith(u' ') || stripped.endsWith(u'\n') || stripped.endsWith(u'\t') ||
           stripped.endsWith(u'\r')) {
        stripped.chop(1);
    }
    stripped += u'>';
    stripped += QStringView(html).sliced(close);
    return {std::move(stripped), true};
}

} // namespace nianbao
