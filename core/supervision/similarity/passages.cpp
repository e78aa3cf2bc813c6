#include "supervision/similarity/passages.h"

#include "supervision/similarity/shingles.h"

#include <algorithm>

namespace nianbao::supervision {

namespace {

/// How many places of `b` a window of `a` is tried at: a window found more often than this
/// is a phrase the text repeats, and the longest agreement is almost always among the first.
constexpr std::size_t kMaxSeedPlaces = 32;

struct Seed {
    quint64 hash = 0;
    qsizetype at = 0;
    friend bool operator<(const Seed& x, const Seed& y)
    {
        return x.hash < y.hash || (x.hash == y.hash && x.at < y.at);
    }
};

} // namespace

std::vector<Passage> sharedPassages(std::u16string_view a, std::u16string_view b, int minLength)
{
    std::vector<Passage> passages;
    if (minLength <= 0 || a.size() < std::size_t(minLength) || b.size() < std::size_t(minLength)) {
        return passages;
    }
    std::vector<quint64> hashes;
    windowHashes(b, minLength, hashes);
    std::vector<Seed> seeds(hashes.size());
    for (std::size_t j = 0; j < hashes.size(); ++j) {
        seeds[j] = {hashes[j], qsizetype(j)};
    }
    std::sort(seeds.begin(), seeds.end());
    windowHashes(a, minLength, hashes);

    const auto aSize = qsizetype(a.size());
    const auto bSize = qsizetype(b.size());
    for (qsizetype i = 0; i < qsizetype(hashes.size());) {
        auto it = std::lower_bound(seeds.begin(), seeds.end(), Seed{hashes[std::size_t(i)], 0});
        qsizetype bestLength = 0;
        qsizetype bestAt = 0;
        for (std::size_t tried = 0;
             it != seeds.end() && it->hash == hashes[std::size_t(i)] && tried < kMaxSeedPlaces;
             ++it, ++tried) {
            qsizetype length = 0;
            while (i + length < aSize && it->at + length < bSize &&
                   a[std::size_t(i + length)] == b[std::size_t(it->at + length)]) {
                ++length;
            }
            if (length > bestLength) {
                bestLength = length;
                bestAt = it->at;
            }
        }
        if (bestLength >= minLength) {
            passages.push_back({i, bestAt, bestLength, bestLength});
            i += bestLength;
        } else {
            ++i;
        }
    }
    return passages;
}

namespace {

/// Marks the characters of two short gaps that their longest common subsequence matches.
void matchGap(std::u16string_view a, std::u16string_view b, quint8* matchedA, quint8* matchedB)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if (n == 0 || m == 0) {
        return;
    }
    std::vector<quint16> table((n + 1) * (m + 1), 0);
    const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            table[at(i, j)] = a[i] == b[j] ? quint16(table[at(i + 1, j + 1)] + 1)
                                           : std::max(table[at(i + 1, j)], table[at(i, j + 1)]);
        }
    }
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            matchedA[i++] = 1;
            matchedB[j++] = 1;
        } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
}

bool holdsSeparator(std::u16string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char16_t c) { return c >= 0xFFFE; });
}

} // namespace

Alignment alignTexts(std::u16string_view a, std::u16string_view b, int minLength, int maxGap)
{
    Alignment alignment;
    alignment.matchedA.assign(a.size(), 0);
    alignment.matchedB.assign(b.size(), 0);
    const std::vector<Passage> passages = sharedPassages(a, b, minLength);
    for (std::size_t i = 0; i < passages.size(); ++i) {
        const Passage& passage = passages[i];
        std::fill_n(alignment.matchedA.begin() + passage.aStart, passage.length, quint8(1));
        std::fill_n(alignment.matchedB.begin() + passage.bStart, passage.length, quint8(1));
        if (!alignment.regions.empty()) {
            Passage& region = alignment.regions.back();
            const qsizetype aEnd = region.aStart + region.length;
            const qsizetype bEnd = region.bStart + region.bLength;
            const qsizetype aGap = passage.aStart - aEnd;
            const qsizetype bGap = passage.bStart - bEnd;
            if (bGap >= 0 && aGap <= maxGap && bGap <= maxGap &&
                !holdsSeparator(a.substr(std::size_t(aEnd), std::size_t(aGap))) &&
                !holdsSeparator(b.substr(std::size_t(bEnd), std::size_t(bGap)))) {
                matchGap(a.substr(std::size_t(aEnd), std::size_t(aGap)),
                         b.substr(std::size_t(bEnd), std::size_t(bGap)),
                         alignment.matchedA.data() + aEnd, alignment.matchedB.data() + bEnd);
                region.length = passage.aStart + passage.length - region.aStart;
                region.bLength = passage.bStart + passage.length - region.bStart;
                continue;
            }
        }
        alignment.regions.push_back(passage);
    }
    return alignment;
}

} // namespace nianbao::supervision
