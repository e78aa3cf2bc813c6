#include "supervision/similarity/narrativeunits.h"

#include <array>
#include <optional>

namespace nianbao::supervision {

namespace {

constexpr std::array<char16_t, 10> kNumerals = {u'一', u'二', u'三', u'四', u'五',
                                                u'六', u'七', u'八', u'九', u'十'};

/// The number of a Chinese numeral of one or two characters (一 … 十九), or nothing.
std::optional<int> numeralValue(QStringView text)
{
    const auto digit = [](QChar c) -> int {
        const auto it = std::find(kNumerals.begin(), kNumerals.end(), c.unicode());
        return it == kNumerals.end() ? 0 : int(it - kNumerals.begin()) + 1;
    };
    if (text.size() == 1) {
        const int value = digit(text.at(0));
        return value > 0 ? std::optional<int>(value) : std::nullopt;
    }
    if (text.size() == 2 && text.at(0) == u'十') {
        const int ones = digit(text.at(1));
        return ones > 0 && ones < 10 ? std::optional<int>(10 + ones) : std::nullopt;
    }
    return std::nullopt;
}

struct Marker {
    qsizetype start = 0;
    qsizetype end = 0; ///< just after the closing bracket
    int number = 0;
};

/// A "（二）" or "(二)" at `at`, if there is one.
std::optional<Marker> markerAt(QStringView text, qsizetype at)
{
    if (at >= text.size() || (text.at(at) != u'（' && text.at(at) != u'(')) {
        return std::nullopt;
    }
    for (qsizetype length = 1; length <= 2 && at + 1 + length < text.size(); ++length) {
        const QChar close = text.at(at + 1 + length);
        if (close == u'）' || close == u')') {
            if (const auto value = numeralValue(text.mid(at + 1, length))) {
                return Marker{at, at + 2 + length, *value};
            }
        }
    }
    return std::nullopt;
}

/// Whether a subsection may start at `at`: at a line's start (after spaces) or after the
/// full stop or colon that ends a sentence (PDF text runs paragraphs together).
bool atSentenceStart(QStringView text, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && (text.at(i) == u' ' || text.at(i) == u'\t' || text.at(i) == u'\u3000')) {
        --i;
    }
    return i < 0 || text.at(i) == u'\n' || text.at(i) == u'。' || text.at(i) == u'：' ||
           text.at(i) == u':';
}

/// The numbered subsections in order: （一） first, each next one numbered one higher.
std::vector<Marker> subsectionMarkers(QStringView text)
{
    std::vector<Marker> markers;
    int expected = 1;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (const auto marker = markerAt(text, at);
            marker && marker->number == expected && atSentenceStart(text, at)) {
            markers.push_back(*marker);
            ++expected;
            at = marker->end - 1;
        }
    }
    return markers;
}

/// The heading printed after a marker: the rest of its line, up to the first full stop, at
/// most 40 characters.
QString headingAt(QStringView text, const Marker& marker)
{
    qsizetype end = marker.end;
    while (end < text.size() && end - marker.start < 40 && text.at(end) != u'\n' &&
           text.at(end) != u'。') {
        ++end;
    }
    return text.mid(marker.start, end - marker.start).trimmed().toString();
}

} // namespace

std::vector<NarrativeUnit> narrativeUnits(const std::vector<NarrativePart>& parts)
{
    std::vector<NarrativeUnit> units;
    for (std::size_t index = 0; index < parts.size(); ++index) {
        const NarrativePart& part = parts[index];
        const QStringView text(part.text);
        units.push_back({int(index), part.key, QString(), 0, text.size(), true});
        const std::vector<Marker> markers = subsectionMarkers(text);
        if (markers.size() < 2) {
            continue;
        }
        const qsizetype lead = markers.front().start;
        if (text.left(lead).trimmed().size() > 0 && text.left(lead).contains(u'。')) {
            units.push_back(
                {int(index), part.key + QStringLiteral(".0"), QString(), 0, lead, false});
        }
        for (std::size_t m = 0; m < markers.size(); ++m) {
            const qsizetype end = m + 1 < markers.size() ? markers[m + 1].start : text.size();
            units.push_back({int(index), part.key + QLatin1Char('.') + QString::number(m + 1),
                             headingAt(text, markers[m]), markers[m].start, end, false});
        }
    }
    return units;
}

} // namespace nianbao::supervision
