#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace nianbao::supervision {

/// One stretch of a text diff. Offsets are UTF-16 positions in the two texts; a Same stretch
/// has equal text on both sides, an Inserted one is empty on the old side and a Deleted one
/// on the new side.
struct TextEdit {
    enum class Kind { Same, Inserted, Deleted };
    Kind kind = Kind::Same;
    qsizetype oldStart = 0;
    qsizetype oldEnd = 0;
    qsizetype newStart = 0;
    qsizetype newEnd = 0;

    friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

/// What changed from `before` to `after`, as a reader compares two years of a narrative: whole
/// sentences kept, dropped or added first (the longest common subsequence of sentences, compared
/// without spaces), then, inside each stretch of changed sentences, the characters kept, dropped
/// or added (the longest common subsequence of characters). Stretches too long to compare
/// character by character (more than `maxCells` pairs) are shown as dropped and added whole.
/// The edits cover both texts, in order, with no gaps.
std::vector<TextEdit> diffTexts(QStringView before, QStringView after,
                                qsizetype maxCells = 4'000'000);

/// The share of `after` kept from `before` (characters in Same stretches, spaces left out).
double keptShare(const std::vector<TextEdit>& edits, QStringView after);

} // namespace nianbao::supervision
