#include "rules/narrativescan.h"

#include "rules/ruletext.h"

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

/// Collects the mentions of one rule in one narrative part, sentence by sentence.
class MentionScanner {
public:
    MentionScanner(const NarrativeScope& scope, const QString& text, std::optional<int> reportYear,
                   bool withNumber)
        : m_scope(scope)
        , m_text(text)
        , m_reportYear(reportYear)
        , m_withNumber(withNumber)
    {}

    void scan(const QRegularExpression& pattern, qsizetype from, qsizetype to)
    {
        auto it = pattern.globalMatch(QStringView(m_text).mid(from, to - from));
        while (it.hasNext()) {
            take(it.next(), from);
        }
    }

    std::vector<Mention> mentions()
    {
        std::sort(m_mentions.begin(), m_mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.position < b.position; });
        return std::move(m_mentions);
    }

private:
    /// Keeps a match (positions relative to `offset`) unless it may speak of another scope.
    void take(const QRegularExpressionMatch& match, qsizetype offset)
    {
        const qsizetype start = offset + match.capturedStart();
        qsizetype end = offset + match.capturedEnd();
        const qsizetype clauseStart = startOf(m_text, start, endsClause);
        qsizetype scopeEnd = endOf(m_text, end, endsClause);
        qint64 number = 0;
        if (m_withNumber) {
            if (match.capturedStart(kNumberGroup) < 0) {
                return;
            }
            const qsizetype numberStart = offset + match.capturedStart(kNumberGroup);
            const qsizetype numberEnd = offset + match.capturedEnd(kNumberGroup);
            if (partOfLargerFigure(numberStart, numberEnd)) {
                return;
            }
            bool ok = false;
            number = match.capturedView(kNumberGroup).toLongLong(&ok);
            if (!ok) {
                return;
            }
            // What follows the figure does not change its scope ("75件, 涉及自然人72件").
            scopeEnd = numberStart;
            end = std::max(end, numberEnd);
        }
        const qsizetype sentenceStart = startOf(m_text, start, endsSentence);
        const QStringView text(m_text);
        if (hasScopeWord(m_scope.scopeWords, text.mid(clauseStart, scopeEnd - clauseStart)) ||
            !yearsFit(text.mid(sentenceStart, end - sentenceStart), m_reportYear,
                      m_scope.yearOffsets)) {
            return;
        }
        const bool seen =
            std::any_of(m_mentions.begin(), m_mentions.end(), [&](const Mention& other) {
                return other.position == start || (m_withNumber && other.number == number &&
                                                   std::abs(other.position - start) < kQuoteLength);
            });
        if (!seen) {
            m_mentions.push_back({start, number, quoteOf(m_text, clauseStart, end)});
        }
    }

    /// A figure glued to more digits or a decimal point is not a count of this rule.
    bool partOfLargerFigure(qsizetype start, qsizetype end) const
    {
        const auto figureChar = [](QChar c) { return isDigit(c) || c == u'.'; };
        return (start > 0 && figureChar(m_text.at(start - 1))) ||
               (end < m_text.size() && figureChar(m_text.at(end)));
    }

    const NarrativeScope& m_scope;
    const QString& m_text;
    std::optional<int> m_reportYear;
    bool m_withNumber;
    std::vector<Mention> m_mentions;
};

} // namespace

PreparedNarrative::PreparedNarrative(QStringView original, const KeywordIndex& keywords)
    : text(prepareNarrative(original))
{
    Sentence sentence;
    for (qsizetype i = 0; i < text.size(); ++i) {
        sentence.keywords |= keywords.at(text, i);
        if (endsSentence(text.at(i))) {
            sentence.end = i + 1;
            if (sentence.end - sentence.start > 1) {
                sentences.push_back(sentence);
            }
            sentence = Sentence{i + 1, i + 1, 0};
        }
    }
    if (sentence.start < text.size()) {
        sentence.end = text.size();
        sentences.push_back(sentence);
    }
}

std::vector<Mention> findMentions(const NarrativeScope& scope, const PreparedNarrative& narrative,
                                  std::optional<int> reportYear, bool withNumber)
{
    MentionScanner scanner(scope, narrative.text, reportYear, withNumber);
    for (const Sentence& sentence : narrative.sentences) {
        if (scope.keywords != 0 && (sentence.keywords & scope.keywords) == 0) {
            continue;
        }
        for (const QRegularExpression& pattern : scope.patterns) {
            scanner.scan(pattern, sentence.start, sentence.end);
        }
    }
    return scanner.mentions();
}

} // namespace nianbao::rules
