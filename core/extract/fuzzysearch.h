#pragma once

#include <QString>

#include <optional>

namespace nianbao::extract {

/// Where a pattern approximately occurs in a text.
struct FuzzyHit {
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0;
};

/// The best approximate occurrence of `pattern` in `text[from, to)`: the substring with the
/// smallest edit distance (Sellers' algorithm), if that distance is at most `maxDistance`.
/// Ties go to the earliest occurrence. OCR drops, adds and swaps characters inside labels;
/// this finds them anyway.
std::optional<FuzzyHit> fuzzyFind(QStringView text, qsizetype from, qsizetype to,
                                  QStringView pattern, int maxDistance);

/// The largest edit distance tolerated for a label of `length` Han characters: none for very
/// short labels (two characters match too much by accident), then about one in four.
int toleratedDistance(qsizetype length);

} // namespace nianbao::extract
