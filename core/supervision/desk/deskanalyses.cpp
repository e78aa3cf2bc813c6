#include "supervision/desk/deskanalyses.h"

#include "supervision/desk/deskstore.h"
#include "supervision/registry/bodymatcher.h"
#include "templates/templateregistry.h"

#include <algorithm>
#include <map>

namespace nianbao::supervision {

Result<CoverageAnalysis> analyseCoverage(DeskStore& store, int year, const CoverageRules& rules,
                                         RegionGrouping grouping)
{
    CoverageAnalysis analysis;
    Result<BodyRegistry> registry = store.registry();
    if (!registry) {
        return std::unexpected(registry.error());
    }
    analysis.registry = std::move(*registry);
    Result<QHash<QString, QString>> aliases = store.aliasTable();
    if (!aliases) {
        return std::unexpected(aliases.error());
    }
    Result<std::vector<CoverageReport>> reports = store.coverageReports(year);
    if (!reports) {
        return std::unexpected(reports.error());
    }
    analysis.reports = std::move(*reports);
    const BodyMatcher matcher(analysis.registry, *aliases);
    analysis.coverage =
        computeCoverage(analysis.registry, matcher, analysis.reports, year, rules, grouping);
    return analysis;
}

std::vector<SimilarPair> similarPairs(const CopyDetection& detection,
                                      std::span<const NarrativeDocument> documents,
                                      std::optional<int> year)
{
    std::map<std::pair<int, int>, SimilarPair> byPair;
    for (std::size_t i = 0; i < detection.matches.size(); ++i) {
        const CopyMatch& match = detection.matches[i];
        const int a = std::min(match.document, match.other);
        const int b = std::max(match.document, match.other);
        if (year && documents[std::size_t(a)].year != *year &&
            documents[std::size_t(b)].year != *year) {
            continue;
        }
        SimilarPair& pair = byPair[{a, b}];
        if (pair.document < 0 || match.share > pair.share) {
            pair.document = match.document;
            pair.other = match.other;
            pair.relation = match.relation;
            pair.share = match.share;
        }
        pair.matches.push_back(int(i));
        pair.sharedCharacters += match.share * match.ownCharacters;
    }
    std::vector<SimilarPair> pairs;
    pairs.reserve(byPair.size());
    for (auto& [key, pair] : byPair) {
        std::ranges::stable_sort(pair.matches, [&](int x, int y) {
            return detection.matches[std::size_t(x)].share >
                   detection.matches[std::size_t(y)].share;
        });
        pairs.push_back(std::move(pair));
    }
    std::ranges::stable_sort(pairs, [](const SimilarPair& x, const SimilarPair& y) {
        const int xPercent = qRound(x.share * 100);
        const int yPercent = qRound(y.share * 100);
        return xPercent != yPercent ? xPercent > yPercent : x.sharedCharacters > y.sharedCharacters;
    });
    return pairs;
}

Result<CopiesAnalysis> analyseCopies(DeskStore& store, std::optional<int> year,
                                     const SimilarityThresholds& thresholds)
{
    Result<BodyRegistry> registry = store.registry();
    if (!registry) {
        return std::unexpected(registry.error());
    }
    Result<QHash<QString, QString>> aliases = store.aliasTable();
    if (!aliases) {
        return std::unexpected(aliases.error());
    }
    const BodyMatcher matcher(*registry, *aliases);
    // A year's reports are compared with each other and with their bodies' earlier years.
    Result<std::vector<NarrativeDocument>> documents =
        store.narratives(std::nullopt, year, registry->size() > 0 ? &matcher : nullptr);
    if (!documents) {
        return std::unexpected(documents.error());
    }
    CopiesAnalysis analysis;
    analysis.documents = std::move(*documents);
    const Boilerplate boilerplate =
        Boilerplate::learn(analysis.documents, TemplateRegistry::builtin(), thresholds);
    analysis.detection = detectCopies(analysis.documents, boilerplate, thresholds);
    analysis.pairs = similarPairs(analysis.detection, analysis.documents, year);
    return analysis;
}

} // namespace nianbao::supervision
