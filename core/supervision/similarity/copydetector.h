#pragma once

#include "supervision/similarity/boilerplate.h"
#include "supervision/similarity/documentcomparison.h"
#include "supervision/similarity/narrativedocument.h"
#include "supervision/thresholds.h"

#include <span>
#include <vector>

namespace nianbao::supervision {

/// Whom a report's part is the same as.
enum class CopyRelation {
    SameYear,       ///< another body's report of the same year
    OwnEarlierYear, ///< the same body's report of an earlier year
};

/// A part (or subsection) of one report that is, to `share`, the same as another report.
struct CopyMatch {
    int document = -1; ///< index into the batch of the report whose part this is
    NarrativeUnit unit;
    int other = -1; ///< index of the report it is the same as
    CopyRelation relation = CopyRelation::SameYear;
    double share = 0;      ///< of the part's own text found in passages shared with `other`
    int ownCharacters = 0; ///< how much text of its own the part has (comparable characters)
    std::vector<SharedPassage> passages; ///< `part`/`span` here, `otherPart`/`otherSpan` there
};

/// What a run did, for the benchmark and the status line.
struct CopyStatistics {
    std::size_t documents = 0;
    std::size_t characters = 0;     ///< of narrative text read
    std::size_t unitsIndexed = 0;   ///< parts and subsections with enough text of their own
    std::size_t candidatePairs = 0; ///< unit pairs the LSH bands proposed
    std::size_t documentPairs = 0;  ///< report pairs compared in full
    std::size_t matches = 0;
    /// Processor time of each stage, every thread counted (std::clock).
    qint64 indexMs = 0;
    qint64 candidatesMs = 0;
    qint64 compareMs = 0;
};

struct CopyDetection {
    /// Sorted by document, unit, then share (highest first).
    std::vector<CopyMatch> matches;
    CopyStatistics statistics;
};

/// Finds copied narrative (内容雷同) in a batch: each part and subsection of each report
/// against the same body's reports of earlier years and every other report of its year.
/// Candidates come from MinHash signatures of the parts' own shingles (boilerplate left out)
/// through LSH bands; each candidate pair of reports is then compared in full, and a part is a
/// match when `copiedShare` of its own text lies in passages shared with the other report.
/// Where a whole part matches a report, its subsections are not listed again for that report.
CopyDetection detectCopies(std::span<const NarrativeDocument> documents,
                           const Boilerplate& boilerplate, const SimilarityThresholds& thresholds);

} // namespace nianbao::supervision
