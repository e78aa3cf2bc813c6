#pragma once

#include "common/error.h"
#include "supervision/coverage/coverage.h"
#include "supervision/registry/bodyregistry.h"
#include "supervision/similarity/boilerplate.h"
#include "supervision/similarity/copydetector.h"
#include "supervision/similarity/narrativedocument.h"
#include "supervision/thresholds.h"

#include <QHash>

#include <optional>
#include <vector>

namespace nianbao::supervision {

class DeskStore;

/// A year's coverage of the stored registry by the archive's reports, with what it was
/// computed from (the views and the CLI name bodies and reports through them).
struct CoverageAnalysis {
    BodyRegistry registry;
    std::vector<CoverageReport> reports;
    Coverage coverage;
};

/// The coverage of `year`: the registry, alias table and reports the store holds.
Result<CoverageAnalysis> analyseCoverage(DeskStore& store, int year,
                                         const CoverageRules& rules = {},
                                         RegionGrouping grouping = RegionGrouping::County);

/// Two reports whose narratives are largely the same: the parts of `document` found in
/// `other` (and, when the copying runs both ways, the parts of `other` found in `document`).
struct SimilarPair {
    int document = -1; ///< the later report (the same year: the one imported first)
    int other = -1;
    CopyRelation relation = CopyRelation::SameYear;
    double share = 0; ///< the highest share of any of their matches
    /// Characters of their own text the matches cover (share × own characters, summed): of
    /// two pairs as much the same, the one sharing more text comes first.
    double sharedCharacters = 0;
    std::vector<int> matches; ///< indexes into CopyDetection::matches, highest share first
};

/// Copied narrative across the archive's reports, each pair of reports once.
struct CopiesAnalysis {
    std::vector<NarrativeDocument> documents;
    CopyDetection detection;
    std::vector<SimilarPair> pairs; ///< most similar first
};

/// The pairs of reports of a detection, most similar first (by share in whole percent, then
/// by the text shared), each once whichever way the
/// copying ran; only pairs where one report is of `year` when given.
std::vector<SimilarPair> similarPairs(const CopyDetection& detection,
                                      std::span<const NarrativeDocument> documents,
                                      std::optional<int> year = {});

/// Copied text among the archive's reports: those of `year` (all when empty) against every
/// other report of their year and their bodies' earlier reports. Bodies are told apart by the
/// registry (with the reviewers' alias table) where one is stored, else by agency name.
Result<CopiesAnalysis> analyseCopies(DeskStore& store, std::optional<int> year,
                                     const SimilarityThresholds& thresholds = {});

} // namespace nianbao::supervision
