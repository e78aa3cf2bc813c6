#include "supervision/similarity/documentcomparison.h"

#include "supervision/similarity/passages.h"
#include "supervision/similarity/shingles.h"

#include <algorithm>

namespace nianbao::supervision {

namespace {

/// Code points in text[0, utf16Offset): spans count code points (the CLI's unit).
qsizetype codePointOffset(QStringView text, qsizetype utf16Offset)
{
    qsizetype lowSurrogates = 0;
    const qsizetype end = std::min(utf16Offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        lowSurrogates += text.at(i).isLowSurrogate() ? 1 : 0;
    }
    return utf16Offset - lowSurrogates;
}

/// The span, in the part's code points, of characters [start, end) of a prepared text.
Span spanOf(const PreparedDocument& prepared, qsizetype start, qsizetype end, int part)
{
    const QStringView text(prepared.document->parts[std::size_t(part)].text);
    return {codePointOffset(text, prepared.text.sourceStart(start)),
            codePointOffset(text, prepared.text.sourceEnd(end - 1))};
}

/// A side of a comparison: which characters of it are matched in the other.
struct Side {
    const PreparedDocument& prepared;
    const std::vector<quint8>& covered;
};

std::vector<UnitShare> shares(const Side& side, const Side& other,
                              const std::vector<Passage>& regions, bool isFirst, double listFrom)
{
    std::vector<UnitShare> result;
    const PreparedDocument& prepared = side.prepared;
    for (std::size_t u = 0; u < prepared.units.size(); ++u) {
        const auto [start, end] = prepared.unitRanges[u];
        UnitShare share;
        share.unit = prepared.units[u];
        for (qsizetype i = start; i < end; ++i) {
            const bool own = prepared.own[std::size_t(i)] != 0;
            share.ownCharacters += own ? 1 : 0;
            share.sharedCharacters += own && side.covered[std::size_t(i)] ? 1 : 0;
        }
        if (share.ownCharacters > 0 && share.sharedCharacters > 0 && share.share() >= listFrom) {
            for (const Passage& region : regions) {
                const qsizetype here = isFirst ? region.aStart : region.bStart;
                const qsizetype hereLength = isFirst ? region.length : region.bLength;
                const qsizetype there = isFirst ? region.bStart : region.aStart;
                const qsizetype thereLength = isFirst ? region.bLength : region.length;
                const qsizetype from = std::max(here, start);
                const qsizetype to = std::min(here + hereLength, end);
                if (from >= to) {
                    continue;
                }
                // A region cut by the unit's bounds: the other side cut alike (the two sides
                // differ only by light edits).
                const qsizetype otherFrom = there + std::min(from - here, thereLength - 1);
                const qsizetype otherTo =
                    std::max(otherFrom + 1, there + thereLength - (here + hereLength - to));
                const int part = prepared.partAt(from);
                const int otherPart = other.prepared.partAt(otherFrom);
                share.passages.push_back({part, spanOf(prepared, from, to, part), otherPart,
                                          spanOf(other.prepared, otherFrom, otherTo, otherPart)});
            }
        }
        result.push_back(std::move(share));
    }
    return result;
}

} // namespace

int PreparedDocument::partAt(qsizetype index) const
{
    const auto it = std::upper_bound(partStart.begin(), partStart.end(), index);
    return int(it - partStart.begin()) - 1;
}

PreparedDocument prepareDocument(const NarrativeDocument& document, const Boilerplate& boilerplate,
                                 char16_t separator)
{
    PreparedDocument prepared;
    prepared.document = &document;
    const ComparableTextBuilder builder(ComparableTextBuilder::ownNames(document.agency));
    std::vector<quint64> windows;
    std::vector<qsizetype> partEnd;
    for (const NarrativePart& part : document.parts) {
        const ComparableText text = builder.build(part.text);
        windowHashes(text.chars(), boilerplate.shingleLength(), windows);
        const std::vector<quint8> own = boilerplate.ownCharacters(windows, text.chars().size());
        if (!prepared.text.chars().empty() && !text.chars().empty()) {
            prepared.own.push_back(0); // the separator append() puts in front
        }
        const qsizetype start =
            prepared.text.size() + (prepared.text.chars().empty() || text.chars().empty() ? 0 : 1);
        if (!text.chars().empty()) {
            prepared.text.append(text, separator, 0);
        }
        prepared.own.insert(prepared.own.end(), own.begin(), own.end());
        prepared.partStart.push_back(start);
        partEnd.push_back(start + text.size());
    }
    prepared.units = narrativeUnits(document.parts);
    for (const NarrativeUnit& unit : prepared.units) {
        const auto part = std::size_t(unit.part);
        const qsizetype begin = prepared.partStart[part];
        const qsizetype end = partEnd[part];
        prepared.unitRanges.emplace_back(prepared.text.firstFrom(unit.start, begin, end),
                                         prepared.text.firstFrom(unit.end, begin, end));
    }
    return prepared;
}

DocumentComparison compareDocuments(const PreparedDocument& first, const PreparedDocument& second,
                                    const SimilarityThresholds& thresholds, double listFrom,
                                    ComparedSides sides)
{
    DocumentComparison comparison;
    if (sides != ComparedSides::Second) {
        const Alignment alignment = alignTexts(first.text.chars(), second.text.chars(),
                                               thresholds.minPassage, thresholds.editGap);
        comparison.first = shares(Side{first, alignment.matchedA}, Side{second, alignment.matchedB},
                                  alignment.regions, true, listFrom);
    }
    if (sides != ComparedSides::First) {
        const Alignment alignment = alignTexts(second.text.chars(), first.text.chars(),
                                               thresholds.minPassage, thresholds.editGap);
        comparison.second =
            shares(Side{second, alignment.matchedA}, Side{first, alignment.matchedB},
                   alignment.regions, true, listFrom);
    }
    return comparison;
}

DocumentComparison compareDocuments(const NarrativeDocument& first, const NarrativeDocument& second,
                                    const Boilerplate& boilerplate,
                                    const SimilarityThresholds& thresholds)
{
    const PreparedDocument a = prepareDocument(first, boilerplate, ComparableText::kSeparatorA);
    const PreparedDocument b = prepareDocument(second, boilerplate, ComparableText::kSeparatorB);
    return compareDocuments(a, b, thresholds);
}

} // namespace nianbao::supervision
