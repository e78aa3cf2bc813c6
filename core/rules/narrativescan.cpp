#include "rules/narrativescan.h"

#include <algorithm>

namespace nianbao::rules {

namespace {

constexpr qsizetype kQuoteLength = 40;
constexpr QStringView kNumberGroup = u"n";

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// Sentence ends, in the ASCII forms prepareNarrative leaves.
bool endsSentence(QChar c)
{
    return c == u'。' || c == u';' || c == u'!' || c == u'?';
}

/// Clause boundaries: a sentence end, or the punctuation that separates parts of one.
bool endsClause(QChar c)
{
    return endsSentence(c) || c == u',' || c == u'、' || c == u':' || c == u'(' || c == u')';
}

qsizetype startOf(const QString& text, qsizetype position, bool (*boundary)(QChar))
{
    while (position > 0 && !boundary(text.at(position - 1))) {
        --position;
    }
    return position;
}

qsizetype endOf(const QString& text, qsizetype position, bool (*boundary)(QChar))
{
    while (position < text.size() && !boundary(text.at(position))) {
        ++position;
    }
    return position;
}

bool hasScopeWord(const QStringList& words, QStringView region)
{
    return std::any_of(words.begin(), words.end(),
                       [&](const QString& word) { return region.contains(word); });
}

/// Whether every year the region names ("2023年") is the report's year, or one of the
/// offsets the rule allows (结转至2026年 in a 2025 report).
bool yearsFit(QStringView region, std::optional<int> reportYear, const std::vector<int>& offsets)
{
    if (!reportYear) {
        return true;
    }
    for (qsizetype i = 0; i + 4 < region.size(); ++i) {
        if (region.at(i + 4) != u'年' || (i > 0 && isDigit(region.at(i - 1)))) {
            continue;
        }
        const QStringView digits = region.mid(i, 4);
        if (!std::all_of(digits.begin(), digits.end(), isDigit)) {
            continue;
        }
        const int offset = digits.toInt() - *reportYear;
        if (std::find(offsets.begin(), offsets.end(), offset) == offsets.end()) {
            return false;
        }
    }
    return true;
}

QString quoteOf(const QString& text, qsizetype start, qsizetype end)
{
    if (end - start > kQuoteLength) {
        return QStringLiteral("…") + text.mid(end - kQuoteLength, kQuoteLength);
    }
    return text.mid(start, end - start);
}

} // namespace

std::vector<Mention> findMentions(const NarrativeScope& scope, const QString& text,
                                  std::optional<int> reportYear, bool withNumber)
{
    std::vector<Mention> mentions;
    for (const QRegularExpression& pattern : scope.patterns) {
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype clauseStart = startOf(text, start, endsClause);
            const qsizetype sentenceStart = startOf(text, start, endsSentence);
            qsizetype end = match.capturedEnd();
            qint64 number = 0;
            qsizetype scopeEnd = endOf(text, end, endsClause);
            if (withNumber) {
                const qsizetype numberStart = match.capturedStart(kNumberGroup);
                const qsizetype numberEnd = match.capturedEnd(kNumberGroup);
                if (numberStart < 0) {
                    continue;
                }
                // Part of a longer figure or a decimal: not a count of this rule.
                if ((numberStart > 0 &&
                     (isDigit(text.at(numberStart - 1)) || text.at(numberStart - 1) == u'.')) ||
                    (numberEnd < text.size() &&
                     (isDigit(text.at(numberEnd)) || text.at(numberEnd) == u'.'))) {
                    continue;
                }
                bool ok = false;
                number = match.capturedView(kNumberGroup).toLongLong(&ok);
                if (!ok) {
                    continue;
                }
                // What follows the figure does not change its scope ("75件, 涉及自然人72件").
                scopeEnd = numberStart;
                end = std::max(end, numberEnd);
            }
            const QStringView clause = QStringView(text).mid(clauseStart, scopeEnd - clauseStart);
            if (hasScopeWord(scope.scopeWords, clause) ||
                !yearsFit(QStringView(text).mid(sentenceStart, end - sentenceStart), reportYear,
                          scope.yearOffsets)) {
                continue;
            }
            const bool seen =
                std::any_of(mentions.begin(), mentions.end(), [&](const Mention& other) {
                    return other.position == start ||
                           (withNumber && other.number == number &&
                            std::abs(other.position - start) < kQuoteLength);
                });
            if (!seen) {
                mentions.push_back({start, number, quoteOf(text, clauseStart, end)});
            }
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.position < b.position; });
    return mentions;
}

} // namespace nianbao::rules
