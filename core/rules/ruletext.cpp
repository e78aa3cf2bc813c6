#include "rules/ruletext.h"

#include <algorithm>
#include <cmath>

namespace nianbao::rules {

namespace {

constexpr char16_t kFullWidthFirst = 0xFF01;
constexpr char16_t kFullWidthLast = 0xFF5E;
constexpr char16_t kFullWidthOffset = 0xFF01 - 0x21;
constexpr char16_t kIdeographicSpace = 0x3000;

QChar asciiForm(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= kFullWidthFirst && u <= kFullWidthLast) {
        return QChar(char16_t(u - kFullWidthOffset));
    }
    if (u == kIdeographicSpace) {
        return QLatin1Char(' ');
    }
    return c;
}

/// White space as PDF and web text put it between Chinese words: ASCII, no-break and
/// ideographic spaces, the Unicode spaces and zero-width marks (QChar::isSpace, without its
/// table look-up for every Han character).
bool isSpace(char16_t u)
{
    return u == u' ' || (u >= 0x09 && u <= 0x0D) || u == 0x85 || u == 0xA0 ||
           (u >= 0x2000 && u <= 0x200B) || u == 0x2028 || u == 0x2029 || u == 0x202F ||
           u == 0x205F || u == kIdeographicSpace || u == 0xFEFF;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

QString asciiForms(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        result.append(asciiForm(c));
    }
    return result;
}

QString prepareNarrative(QStringView text)
{
    // Written in place: the result is never longer than the text.
    QString result(text.size(), Qt::Uninitialized);
    QChar* out = result.data();
    QChar* const begin = out;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = asciiForm(text[i]);
        if (isSpace(c.unicode())) {
            continue;
        }
        // A comma between a digit and exactly three more digits groups thousands: "3,119".
        if (c == QLatin1Char(',') && out != begin && isAsciiDigit(out[-1])) {
            int digits = 0;
            qsizetype j = i + 1;
            while (j < size && isAsciiDigit(asciiForm(text[j]))) {
                ++digits;
                ++j;
            }
            if (digits == 3) {
                continue;
            }
        }
        *out++ = c;
    }
    result.truncate(out - begin);
    return result;
}

QString prepareMark(QStringView raw)
{
    return asciiForms(raw).trimmed();
}

QString formatNumber(double value)
{
    if (!std::isfinite(value)) {
        return QString::number(value);
    }
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 1e-9 && std::abs(rounded) < 1e15) {
        return QString::number(static_cast<qint64>(rounded));
    }
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text;
}

bool sameValue(double a, double b)
{
    // Absolute: figures are whole counts or 万元 with at most four decimals, so any real
    // difference is at least 1e-4; the relative term only absorbs rounding of huge sums.
    return std::abs(a - b) <= 1e-6 + 1e-12 * std::max(std::abs(a), std::abs(b));
}

LocalizedText cellName(const LocalizedText& row, const LocalizedText& column)
{
    return {row.zh + QStringLiteral("·") + column.zh, row.en + QStringLiteral(" / ") + column.en};
}

LocalizedText joinTerms(const QList<LocalizedText>& terms)
{
    QStringList zh;
    QStringList en;
    for (const LocalizedText& term : terms) {
        zh.append(term.zh.isEmpty() ? term.en : term.zh);
        en.append(term.en.isEmpty() ? term.zh : term.en);
    }
    return {zh.join(QStringLiteral("、")), en.join(QStringLiteral(", "))};
}

LocalizedText equationTerm(const LocalizedText& lhs, const LocalizedText& rhs)
{
    return {lhs.zh + QStringLiteral(" = ") + rhs.zh, lhs.en + QStringLiteral(" = ") + rhs.en};
}

} // namespace nianbao::rules
