#pragma once

#include "model/span.h"
#include "supervision/similarity/boilerplate.h"
#include "supervision/similarity/comparabletext.h"
#include "supervision/similarity/narrativedocument.h"
#include "supervision/similarity/narrativeunits.h"
#include "supervision/thresholds.h"

#include <vector>

namespace nianbao::supervision {

/// A passage two reports share, where the reader sees it: a part of each report and the
/// stretch of its text (code points from the start of the part's text, as NarrativePart::text
/// holds it; NarrativePart::span places the part in the document).
struct SharedPassage {
    int part = -1;
    Span span;
    int otherPart = -1;
    Span otherSpan;

    friend bool operator==(const SharedPassage&, const SharedPassage&) = default;
};

/// How much of one unit of a report lies in passages shared with the other report.
struct UnitShare {
    NarrativeUnit unit;
    int ownCharacters = 0; ///< comparable characters that are not boilerplate
    int sharedCharacters = 0;
    /// The shared passages in the unit (clipped to it), `part`/`span` on this report's side.
    std::vector<SharedPassage> passages;
    /// sharedCharacters / ownCharacters; 0 for a unit without text of its own.
    [[nodiscard]] double share() const
    {
        return ownCharacters > 0 ? double(sharedCharacters) / double(ownCharacters) : 0.0;
    }
};

/// Which reports of a comparison are judged: each side's shares come from an alignment driven
/// from that side (the greedy alignment covers the text it walks through best).
enum class ComparedSides { Both, First, Second };

/// Two reports' narratives compared in full: every unit's share on the sides judged (empty
/// for a side not judged).
struct DocumentComparison {
    std::vector<UnitShare> first;
    std::vector<UnitShare> second;
};

/// One report made ready for comparisons: its parts' comparable texts end to end (a
/// separator between parts), which characters are its own, and where its units lie.
struct PreparedDocument {
    ComparableText text;
    std::vector<qsizetype> partStart; ///< index in `text` of each part's first character
    std::vector<quint8> own;
    std::vector<NarrativeUnit> units;
    std::vector<std::pair<qsizetype, qsizetype>> unitRanges; ///< [start, end) in `text`
    const NarrativeDocument* document = nullptr;

    /// The part a character of `text` belongs to.
    [[nodiscard]] int partAt(qsizetype index) const;
};

PreparedDocument prepareDocument(const NarrativeDocument& document, const Boilerplate& boilerplate,
                                 char16_t separator);

/// Compares two prepared reports (the first prepared with ComparableText::kSeparatorA, the
/// second with kSeparatorB, so no passage runs across parts), aligning them with alignTexts.
/// Passages are listed for the units whose share is at least `listFrom` (all by default).
DocumentComparison compareDocuments(const PreparedDocument& first, const PreparedDocument& second,
                                    const SimilarityThresholds& thresholds, double listFrom = 0.0,
                                    ComparedSides sides = ComparedSides::Both);

/// Both steps, for two reports a reviewer opens side by side.
DocumentComparison compareDocuments(const NarrativeDocument& first, const NarrativeDocument& second,
                                    const Boilerplate& boilerplate,
                                    const SimilarityThresholds& thresholds);

} // namespace nianbao::supervision
