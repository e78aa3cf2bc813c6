#include "supervision/coverage/publicationdate.h"

#include "rules/ruletext.h"

#include <QRegularExpression>

#include <array>

namespace nianbao::supervision {

namespace {

/// A date in Arabic numerals (after asciiForms): 2024年1月31日, 2024-01-31, 2024/1/31,
/// 2024.01.31, spaced out or not.
const QRegularExpression& arabicDate()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(\\d{4})\\s*(?:年|[-/.])\\s*(\\d{1,2})\\s*(?:月|[-/"
                       ".])\\s*(\\d{1,2})(?!\\d)(?:\\s*日)?"));
    return pattern;
}

/// A date in Chinese numerals: 二〇二四年一月三十一日.
const QRegularExpression& chineseDate()
{
    static const QRegularExpression pattern(
        QStringLiteral("([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月"
                       "\\s*([一二三四五六七八九十]{1,3})\\s*日"));
    return pattern;
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == u'〇' || c == u'○') {
        return 0;
    }
    return int(digits.indexOf(c));
}

/// 十 = 10, 十一 = 11, 二十 = 20, 三十一 = 31; digits one by one for the year.
int chineseNumber(QStringView text)
{
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0) {
        int value = 0;
        for (const QChar c : text) {
            value = value * 10 + chineseDigit(c);
        }
        return value;
    }
    const int tens = ten == 0 ? 1 : chineseDigit(text.at(0));
    const int ones = ten + 1 < text.size() ? chineseDigit(text.at(ten + 1)) : 0;
    return tens * 10 + ones;
}

struct DateMatch {
    QDate date;
    qsizetype start = 0; ///< UTF-16 offsets in the text
    qsizetype end = 0;
};

/// The date starting at `at` (after spaces), if one does.
std::optional<DateMatch> dateAt(const QString& prepared, qsizetype at)
{
    const auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;
    QRegularExpressionMatch match =
        arabicDate().match(prepared, at, QRegularExpression::NormalMatch, anchored);
    if (match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt());
        return date.isValid()
                   ? std::optional<DateMatch>({date, match.capturedStart(), match.capturedEnd()})
                   : std::nullopt;
    }
    match = chineseDate().match(prepared, at, QRegularExpression::NormalMatch, anchored);
    if (match.hasMatch()) {
        const QDate date(chineseNumber(match.capturedView(1)), chineseNumber(match.capturedView(2)),
                         chineseNumber(match.capturedView(3)));
        return date.isValid()
                   ? std::optional<DateMatch>({date, match.capturedStart(), match.capturedEnd()})
                   : std::nullopt;
    }
    return std::nullopt;
}

/// A date that starts or ends a period (自…起至…止, …至…, …—…) is no publication date.
bool inPeriod(const QString& prepared, const DateMatch& match)
{
    static const QRegularExpression after(
        QStringLiteral("^\\s*(?:起)?\\s*(?:至|到|止|~|～|—|-\\s*\\d)"));
    static const QRegularExpression before(QStringLiteral("(?:至|到|~|～|—|自|从)\\s*$"));
    return after.match(QStringView(prepared).mid(match.end, 8)).hasMatch() ||
           before
               .match(QStringView(prepared).mid(std::max<qsizetype>(0, match.start - 4),
                                                std::min<qsizetype>(4, match.start)))
               .hasMatch();
}

bool plausible(const QDate& date, std::optional<int> reportYear)
{
    if (!reportYear) {
        return date.year() >= 2008 && date.year() <= 2100; // the 条例 took effect in 2008
    }
    // Published after the year it reports on has ended, within three years.
    return date > QDate(*reportYear, 12, 31) && date.year() <= *reportYear + 3;
}

qsizetype codePoints(QStringView text, qsizetype utf16)
{
    qsizetype low = 0;
    for (qsizetype i = 0; i < utf16 && i < text.size(); ++i) {
        low += text.at(i).isLowSurrogate() ? 1 : 0;
    }
    return utf16 - low;
}

struct Label {
    const char16_t* word;
    DateSource source;
    int rank; ///< lower is better
};

constexpr std::array<Label, 11> kLabels = {{
    {u"发布日期", DateSource::Label, 0},
    {u"发布时间", DateSource::Label, 0},
    {u"公开日期", DateSource::Label, 0},
    {u"发布于", DateSource::Label, 0},
    {u"更新时间", DateSource::Label, 1},
    {u"时间", DateSource::Label, 1},
    {u"日期", DateSource::Label, 1},
    {u"成文日期", DateSource::DocumentDate, 2},
    {u"印发日期", DateSource::DocumentDate, 2},
    {u"发文日期", DateSource::DocumentDate, 2},
    {u"落款日期", DateSource::DocumentDate, 2},
}};

/// The best labelled date: the best-ranked label, then the first.
std::optional<PublicationDate> labelledDate(QStringView text, const QString& prepared,
                                            std::optional<int> reportYear)
{
    std::optional<PublicationDate> best;
    int bestRank = 99;
    qsizetype bestAt = 0;
    for (const Label& label : kLabels) {
        const QString word = QString::fromUtf16(label.word);
        for (qsizetype at = prepared.indexOf(word); at >= 0;
             at = prepared.indexOf(word, at + word.size())) {
            // 成文日期 is not 日期, 发布时间 not 时间: the longest label at a place counts.
            if (label.rank == 1 && at >= 2 &&
                std::any_of(kLabels.begin(), kLabels.end(), [&](const Label& other) {
                    const QString longer = QString::fromUtf16(other.word);
                    return longer.size() > word.size() && longer.endsWith(word) &&
                           QStringView(prepared).mid(at - (longer.size() - word.size()),
                                                     longer.size()) == longer;
                })) {
                continue;
            }
            qsizetype from = at + word.size();
            while (from < prepared.size() &&
                   (prepared.at(from).isSpace() || prepared.at(from) == u':')) {
                ++from;
            }
            const auto match = dateAt(prepared, from);
            if (!match || inPeriod(prepared, *match) || !plausible(match->date, reportYear)) {
                continue;
            }
            if (label.rank < bestRank || (label.rank == bestRank && at < bestAt)) {
                best = PublicationDate{
                    match->date, label.source,
                    Span{codePoints(text, match->start), codePoints(text, match->end)}, word};
                bestRank = label.rank;
                bestAt = at;
            }
        }
    }
    return best;
}

struct Line {
    qsizetype start = 0;
    qsizetype end = 0;
};

/// A line that is a date and nothing else (a time after it, brackets around it allowed).
std::optional<DateMatch> dateLine(const QString& prepared, const Line& line)
{
    static const QRegularExpression rest(
        QStringLiteral("^\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[)）]?\\s*$"));
    qsizetype from = line.start;
    while (from < line.end && (prepared.at(from).isSpace() || prepared.at(from) == u'(' ||
                               prepared.at(from) == u'（')) {
        ++from;
    }
    const auto match = dateAt(prepared, from);
    if (!match || match->end > line.end) {
        return std::nullopt;
    }
    if (!rest.match(QStringView(prepared).mid(match->end, line.end - match->end)).hasMatch()) {
        return std::nullopt;
    }
    return match;
}

} // namespace

QString dateSourceCode(DateSource source)
{
    switch (source) {
    case DateSource::Reviewer:
        return QStringLiteral("reviewer");
    case DateSource::Label:
        return QStringLiteral("label");
    case DateSource::TitleLine:
        return QStringLiteral("title_line");
    case DateSource::ClosingLine:
        return QStringLiteral("closing_line");
    case DateSource::DocumentDate:
        return QStringLiteral("document_date");
    case DateSource::FileMetadata:
        return QStringLiteral("file_metadata");
    }
    return {};
}

std::optional<PublicationDate> publicationDateInText(QStringView text,
                                                     std::optional<int> reportYear)
{
    const QString prepared = rules::asciiForms(text); // one unit for one: offsets stay
    std::optional<PublicationDate> labelled = labelledDate(text, prepared, reportYear);
    if (labelled && labelled->source == DateSource::Label) {
        return labelled;
    }

    // Lines of their own: near the title (the first 5 lines with text) or at the end (the
    // last 10, page numbers among them).
    std::vector<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= prepared.size(); ++i) {
        if (i == prepared.size() || prepared.at(i) == u'\n') {
            if (!QStringView(prepared).mid(start, i - start).trimmed().isEmpty()) {
                lines.push_back({start, i});
            }
            start = i + 1;
        }
    }
    const auto found = [&](const DateMatch& match, DateSource source) {
        return PublicationDate{match.date,
                               source,
                               Span{codePoints(text, match.start), codePoints(text, match.end)},
                               {}};
    };
    // A short text's lines are near both ends: a line belongs to the end it is nearer.
    const std::size_t n = lines.size();
    const auto nearerStart = [n](std::size_t i) { return i < n - 1 - i; };
    for (std::size_t i = 0; i < n && i < 5 && nearerStart(i); ++i) {
        if (const auto match = dateLine(prepared, lines[i]);
            match && plausible(match->date, reportYear)) {
            return found(*match, DateSource::TitleLine);
        }
    }
    for (std::size_t i = n; i > 0 && n - i < 10 && !nearerStart(i - 1); --i) {
        if (const auto match = dateLine(prepared, lines[i - 1]);
            match && plausible(match->date, reportYear)) {
            return found(*match, DateSource::ClosingLine);
        }
    }
    return labelled; // the document's own date, if any
}

std::optional<PublicationDate> bestPublicationDate(std::optional<PublicationDate> first,
                                                   std::optional<PublicationDate> second)
{
    if (!first) {
        return second;
    }
    if (!second) {
        return first;
    }
    return int(second->source) < int(first->source) ? second : first;
}

} // namespace nianbao::supervision
