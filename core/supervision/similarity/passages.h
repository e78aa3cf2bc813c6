#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace nianbao::supervision {

/// A stretch of comparable text found in both texts: a[aStart, aStart + length) equals
/// b[bStart, bStart + length). In an Alignment's regions the stretches correspond but may
/// differ by light edits, and their lengths in `b` is `bLength`.
struct Passage {
    qsizetype aStart = 0;
    qsizetype bStart = 0;
    qsizetype length = 0;
    qsizetype bLength = 0;
};

/// The passages of at least `minLength` characters that `a` shares with `b`, found left to
/// right through `a` (seed and extend: every window of `minLength` characters of `b` is
/// indexed; at each position of `a` the longest agreement starting at a matching window is
/// taken, and the search goes on after it). The passages never overlap in `a`; in `b` they
/// may (a text can copy one sentence twice). Texts are compared as they are: characters that
/// must never match (part separators) must differ between `a` and `b`.
std::vector<Passage> sharedPassages(std::u16string_view a, std::u16string_view b, int minLength);

/// Two texts aligned where one copies the other with light edits: the shared passages, and
/// between two passages that follow each other in both texts with at most `maxGap`
/// characters between them on either side (a word swapped, a clause added or dropped), the
/// characters the two gaps still have in common (their longest common subsequence).
struct Alignment {
    /// Stretches of `a` and `b` that correspond: passages, merged across the gaps bridged.
    std::vector<Passage> regions;
    /// Per character of `a` and of `b`: 1 where it is matched in the other text.
    std::vector<quint8> matchedA;
    std::vector<quint8> matchedB;
};

Alignment alignTexts(std::u16string_view a, std::u16string_view b, int minLength, int maxGap);

} // namespace nianbao::supervision
