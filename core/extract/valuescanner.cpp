#include "extract/compacttext.h"
#include "extract/valuetoken.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace nianbao::extract {

namespace {

/// The value of a figure as printed: ASCII digits with an optional sign and decimal point.
/// Exactly QStringView::toDouble's value, without its cost (a copy to Latin-1 and a general
/// parser; a tenth of all extraction): up to 15 significant digits the digits make an exact
/// integer, and dividing it by an exact power of ten rounds correctly, as toDouble does.
/// Longer runs (glued figures) go to toDouble.
double decimalValue(QStringView printed)
{
    static constexpr double powersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    qsizetype i = 0;
    const bool negative = !printed.isEmpty() && printed.front() == QLatin1Char('-');
    if (!printed.isEmpty() &&
        (printed.front() == QLatin1Char('-') || printed.front() == QLatin1Char('+'))) {
        ++i;
    }
    std::int64_t mantissa = 0;
    bool anyDigit = false;
    int digits = 0;
    int decimals = -1; // digits after the point, once one is seen
    for (; i < printed.size(); ++i) {
        const char16_t c = printed[i].unicode();
        if (c == u'.' && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9') {
            return printed.toDouble();
        }
        anyDigit = true;
        if (mantissa != 0 || c != u'0') {
            ++digits;
        }
        if (digits > 15) {
            return printed.toDouble();
        }
        mantissa = mantissa * 10 + (c - u'0');
        decimals += decimals >= 0 ? 1 : 0;
    }
    if (!anyDigit || decimals > 22) {
        return printed.toDouble();
    }
    const double value = static_cast<double>(mantissa) / powersOfTen[decimals > 0 ? decimals : 0];
    return negative ? -value : value;
}

bool isFieldSeparator(QChar c)
{
    return c == QLatin1Char('\t') || c == QLatin1Char('|');
}

bool isZeroMarkText(QStringView s)
{
    if (s.isEmpty() || s.size() > 3) {
        return false;
    }
    return s == u"无" || s == u"-" || s == u"--" || s == u"—" || s == u"——" || s == u"–" ||
           s == u"/" || s == u"不适用" || s == u"\\";
}

bool isUnitStart(QStringView rest, QString* unit)
{
    static const std::array<QStringView, 8> units{u"万元", u"元", u"件", u"项",
                                                  u"个",   u"条", u"次", u"宗"};
    for (const QStringView u : units) {
        if (rest.startsWith(u)) {
            *unit = u.toString();
            return true;
        }
    }
    return false;
}

/// A page footer line of pdftotext output: "-3-", "- 3 -", "— 3 —", "第3页".
bool isPageFooter(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 12) {
        return false;
    }
    qsizetype digits = 0;
    qsizetype dashes = 0;
    for (const QChar c : t) {
        if (c.isDigit()) {
            ++digits;
        } else if (c == QLatin1Char('-') || c == QChar(0x2014) || c == QChar(0x2013)) {
            ++dashes;
        } else if (c != QLatin1Char(' ') && c != QChar(0x7B2C) && c != QChar(0x9875)) { // 第 页
            return false;
        }
    }
    return digits > 0 && (dashes >= 2 || t.startsWith(QChar(0x7B2C)));
}

/// Tokens of one field (text between tabs on one line).
class FieldScanner {
public:
    FieldScanner(const QString& text, std::vector<ValueToken>& out)
        : m_text(text)
        , m_out(out)
    {}

    void scan(qsizetype start, qsizetype end)
    {
        const QStringView field = QStringView(m_text).mid(start, end - start).trimmed();
        if (isZeroMarkText(field)) {
            const qsizetype at = m_text.indexOf(field.at(0), start);
            push(TokenKind::ZeroMark, at, at + field.size());
            return;
        }
        qsizetype i = start;
        while (i < end) {
            const QChar c = m_text.at(i);
            if (isAsciiDigit(c) || ((c == QLatin1Char('+') || c == QLatin1Char('-')) &&
                                    i + 1 < end && isAsciiDigit(m_text.at(i + 1)))) {
                i = scanNumber(i, end);
            } else if (CompactText::isHan(c)) {
                i = scanHan(i, end);
            } else if ((c == QLatin1Char('-') || c == QChar(0x2014) || c == QLatin1Char('/')) &&
                       isolated(i, end)) {
                push(TokenKind::ZeroMark, i, i + 1);
                ++i;
            } else {
                ++i;
            }
        }
    }

private:
    bool isolated(qsizetype i, qsizetype end) const
    {
        const bool before =
            i == 0 || m_text.at(i - 1).isSpace() || isFieldSeparator(m_text.at(i - 1));
        const bool after = i + 1 >= end || m_text.at(i + 1).isSpace();
        return before && after;
    }

    static bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

    qsizetype scanNumber(qsizetype i, qsizetype end)
    {
        const qsizetype start = i;
        bool sign = false;
        if (m_text.at(i) == QLatin1Char('+') || m_text.at(i) == QLatin1Char('-')) {
            sign = true;
            ++i;
        }
        const qsizetype digitsStart = i;
        bool grouped = false;
        while (i < end) {
            const QChar c = m_text.at(i);
            if (isAsciiDigit(c)) {
                ++i;
            } else if (c == QLatin1Char(',') && i > digitsStart && i + 3 <= end &&
                       isAsciiDigit(m_text.at(i + 1)) && isAsciiDigit(m_text.at(i + 2)) &&
                       isAsciiDigit(m_text.at(i + 3)) &&
                       (i + 4 >= end || !isAsciiDigit(m_text.at(i + 4)))) {
                grouped = true; // 1,234
                ++i;
            } else {
                break;
            }
        }
        bool fraction = false;
        if (i + 1 < end && m_text.at(i) == QLatin1Char('.') && isAsciiDigit(m_text.at(i + 1))) {
            fraction = true;
            ++i;
            while (i < end && isAsciiDigit(m_text.at(i))) {
                ++i;
            }
        }
        // "2.其他…", "3、补正…": the numbering of a label the template missed, not a figure.
        if (!fraction && !sign && i < end) {
            qsizetype j = i;
            const QChar p = m_text.at(j);
            if (p == QLatin1Char('.') || p == QChar(0x3001)) {
                ++j;
                while (j < end && m_text.at(j) == QLatin1Char(' ')) {
                    ++j;
                }
                if (j < end && CompactText::isHan(m_text.at(j))) {
                    return scanHan(j, end, start);
                }
            }
        }
        ValueToken token;
        token.kind = TokenKind::Number;
        token.start = start;
        token.end = i;
        const QStringView printed = QStringView(m_text).mid(start, i - start);
        token.value = grouped ? printed.toString().remove(QLatin1Char(',')).toDouble()
                              : decimalValue(printed);
        token.decimal = fraction;
        if (!grouped && !fraction) {
            token.digits = QStringView(m_text).mid(digitsStart, i - digitsStart).toString();
            token.explicitSign = sign;
        }
        // A unit straight after the figure belongs to it.
        QString unit;
        qsizetype j = i;
        if (j < end && m_text.at(j) == QLatin1Char(' ')) {
            ++j;
        }
        if (j < end && isUnitStart(QStringView(m_text).mid(j, end - j), &unit)) {
            token.unit = unit;
            i = j + unit.size();
            token.end = i;
        }
        // A note in brackets straight after a figure ("22（其中修订16件）") is part of the cell as
        // printed, not of its value.
        if (i < end && m_text.at(i) == QLatin1Char('(')) {
            const qsizetype close = m_text.indexOf(QLatin1Char(')'), i);
            // "(三)" after a figure is the numbering of the next group in glued text.
            qsizetype hanInside = 0;
            for (qsizetype at = i + 1; close > 0 && at < close; ++at) {
                hanInside += CompactText::isHan(m_text.at(at)) ? 1 : 0;
            }
            if (close > 0 && close < end && hanInside >= 2) {
                i = close + 1;
                token.end = i;
            }
        }
        push(token);
        return i;
    }

    qsizetype scanHan(qsizetype i, qsizetype end, qsizetype tokenStart = -1)
    {
        const qsizetype start = tokenStart >= 0 ? tokenStart : i;
        // A run of Han text, allowing the single spaces and punctuation labels carry inside
        // them; two spaces or more separate cells (pdftotext -layout).
        qsizetype last = i;
        while (i < end) {
            const QChar c = m_text.at(i);
            if (CompactText::isHan(c)) {
                last = i;
                ++i;
            } else if (isAsciiDigit(c) || isFieldSeparator(c) ||
                       (c == QLatin1Char(' ') && i + 1 < end &&
                        m_text.at(i + 1) == QLatin1Char(' '))) {
                break;
            } else {
                ++i;
            }
        }
        const QStringView run = QStringView(m_text).mid(start, last + 1 - start);
        // "无 无 无": zero marks separated by single spaces are cells, not a label.
        const auto words = run.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool allZeroMarks = std::all_of(words.begin(), words.end(),
                                              [](QStringView w) { return isZeroMarkText(w); });
        if (allZeroMarks && !words.isEmpty()) {
            qsizetype at = start;
            for (const QStringView word : words) {
                at = m_text.indexOf(word, at);
                push(TokenKind::ZeroMark, at, at + word.size());
                at += word.size();
            }
        } else {
            push(TokenKind::Text, start, last + 1);
        }
        return last + 1;
    }

    void push(TokenKind kind, qsizetype start, qsizetype end)
    {
        ValueToken token;
        token.kind = kind;
        token.start = start;
        token.end = end;
        push(token);
    }

    void push(ValueToken token)
    {
        token.attached = token.start > 0 && !m_text.at(token.start - 1).isSpace() &&
                         !isFieldSeparator(m_text.at(token.start - 1));
        m_out.push_back(std::move(token));
    }

    const QString& m_text;
    std::vector<ValueToken>& m_out;
};

} // namespace

std::vector<ValueToken> scanValues(const QString& text, qsizetype start, qsizetype end)
{
    struct Line {
        std::vector<ValueToken> tokens;
        qsizetype start = 0;
        bool empty = true;
        std::size_t values = 0;
    };
    std::vector<Line> lines;

    for (qsizetype lineStart = start; lineStart < end;) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0 || lineEnd > end) {
            lineEnd = end;
        }
        const QStringView lineText = QStringView(text).mid(lineStart, lineEnd - lineStart);
        if (!isPageFooter(lineText)) {
            Line line;
            line.start = lineStart;
            line.empty = lineText.trimmed().isEmpty();
            FieldScanner scanner(text, line.tokens);
            // Fields of the line: an empty field between two figures is a visible blank cell;
            // empty fields after the last figure are trailing tabs.
            bool afterValue = false;
            std::size_t confirmed = 0;
            qsizetype fieldStart = lineStart;
            for (qsizetype i = lineStart; i <= lineEnd; ++i) {
                if (i < lineEnd && !isFieldSeparator(text.at(i))) {
                    continue;
                }
                const std::size_t first = line.tokens.size();
                scanner.scan(fieldStart, i);
                bool hasValue = false;
                bool hasText = false;
                for (std::size_t t = first; t < line.tokens.size(); ++t) {
                    hasValue = hasValue || line.tokens[t].isValue();
                    hasText = hasText || line.tokens[t].kind == TokenKind::Text;
                }
                if (hasValue) {
                    confirmed = line.tokens.size();
                    afterValue = true;
                } else if (hasText) {
                    afterValue = false;
                    confirmed = line.tokens.size();
                } else if (afterValue && i > fieldStart - 1 &&
                           QStringView(text).mid(fieldStart, i - fieldStart).trimmed().isEmpty()) {
                    ValueToken blank;
                    blank.kind = TokenKind::Blank;
                    blank.start = fieldStart;
                    blank.end = i;
                    line.tokens.push_back(blank);
                }
                fieldStart = i + 1;
            }
            line.tokens.resize(confirmed);
            if (!line.tokens.empty()) {
                line.tokens.front().lineStart = true;
            }
            for (const ValueToken& token : line.tokens) {
                line.values += token.isValue() ? 1 : 0;
            }
            lines.push_back(std::move(line));
        }
        lineStart = lineEnd + 1;
    }

    // A label read one character a line (a merged cell's vertical label in plain pdftotext:
    // "(四)" / "无" / "法" / "提" / "供"): a "无" that begins such characters, not after a figure,
    // is the label's, not a zero mark.
    const auto singleHan = [&](const Line& line) {
        return line.tokens.size() == 1 &&
               line.tokens.front().end - line.tokens.front().start == 1 &&
               CompactText::isHan(text.at(line.tokens.front().start));
    };
    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (!singleHan(lines[l]) || lines[l].tokens.front().kind != TokenKind::ZeroMark) {
            continue;
        }
        const auto neighbour = [&](std::ptrdiff_t step) -> const Line* {
            for (std::ptrdiff_t at = std::ptrdiff_t(l) + step;
                 at >= 0 && at < std::ptrdiff_t(lines.size()); at += step) {
                if (!lines[at].empty) {
                    return &lines[at];
                }
            }
            return nullptr;
        };
        const Line* before = neighbour(-1);
        const Line* after = neighbour(1);
        const auto textChar = [&](const Line* line) {
            return line && singleHan(*line) && line->tokens.front().kind == TokenKind::Text;
        };
        const bool afterFigures = before && before->values > 0;
        if (textChar(after) && !afterFigures) {
            lines[l].tokens.front().kind = TokenKind::Text;
            lines[l].values = 0;
        }
    }

    // Figures printed one per line (seeds 000, 002): an empty line between two of them is a
    // blank cell.
    std::size_t singleValueLines = 0;
    bool multiValueLine = false;
    for (const Line& line : lines) {
        singleValueLines += line.values == 1 ? 1 : 0;
        multiValueLine = multiValueLine || line.values > 1;
    }
    const bool onePerLine = singleValueLines >= 2 && !multiValueLine;

    std::vector<ValueToken> tokens;
    std::vector<ValueToken> pendingBlanks;
    bool seenValue = false;
    for (Line& line : lines) {
        if (line.empty) {
            if (onePerLine && seenValue) {
                ValueToken blank;
                blank.kind = TokenKind::Blank;
                blank.start = line.start;
                blank.end = line.start;
                pendingBlanks.push_back(blank);
            }
            continue;
        }
        if (line.values > 0) {
            tokens.insert(tokens.end(), pendingBlanks.begin(), pendingBlanks.end());
            seenValue = true;
        }
        pendingBlanks.clear();
        tokens.insert(tokens.end(), line.tokens.begin(), line.tokens.end());
    }
    return tokens;
}

} // namespace nianbao::extract
