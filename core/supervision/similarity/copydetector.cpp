#include "supervision/similarity/copydetector.h"

#include "supervision/similarity/lshbands.h"
#include "supervision/similarity/minhash.h"
#include "supervision/similarity/parallel.h"
#include "supervision/similarity/shingles.h"

#include <QHash>

#include <algorithm>
#include <ctime>
#include <set>
#include <tuple>

namespace nianbao::supervision {

namespace {

/// A part or subsection with enough text of its own to be judged, and its signature's place.
struct IndexedUnit {
    quint32 document = 0;
    quint32 ownShingles = 0; ///< distinct own shingles: the set the signature stands for
    quint32 ownCharacters = 0;
};

struct Index {
    std::vector<IndexedUnit> units;
    std::vector<quint16> signatures;
    std::size_t characters = 0;
};

/// Signatures of every unit of documents [begin, end) with text enough of its own to be judged,
/// or to be the source of a part that is (a copier adds words of its own: half of what a judged
/// part has at least).
void indexDocuments(std::span<const NarrativeDocument> documents, std::size_t begin,
                    std::size_t end, const Boilerplate& boilerplate,
                    const SimilarityThresholds& thresholds, const MinHasher& hasher, Index& index)
{
    const int k = boilerplate.shingleLength();
    std::vector<quint64> windows;
    std::vector<quint64> own;
    std::vector<quint16> signature(std::size_t(hasher.size()));
    const auto leastOwn = qsizetype(thresholds.minOwnCharacters / 2);
    for (std::size_t d = begin; d < end; ++d) {
        const NarrativeDocument& document = documents[d];
        const ComparableTextBuilder builder(ComparableTextBuilder::ownNames(document.agency));
        const std::vector<NarrativeUnit> units = narrativeUnits(document.parts);
        for (std::size_t p = 0; p < document.parts.size(); ++p) {
            index.characters += std::size_t(document.parts[p].text.size());
            const ComparableText text = builder.build(document.parts[p].text);
            windowHashes(text.chars(), k, windows);
            const std::vector<quint8> ownMask =
                boilerplate.ownCharacters(windows, text.chars().size());
            for (const NarrativeUnit& unit : units) {
                if (unit.part != int(p)) {
                    continue;
                }
                const qsizetype from = text.firstFrom(unit.start, 0, text.size());
                const qsizetype to = text.firstFrom(unit.end, from, text.size());
                const auto ownCharacters =
                    std::count(ownMask.begin() + from, ownMask.begin() + to, quint8(1));
                if (ownCharacters < leastOwn) {
                    continue;
                }
                own.clear();
                for (qsizetype w = from; w + k <= to; ++w) {
                    const quint64 shingle = windows[std::size_t(w)];
                    if (!boilerplate.contains(shingle)) {
                        own.push_back(shingle);
                    }
                }
                std::sort(own.begin(), own.end());
                own.erase(std::unique(own.begin(), own.end()), own.end());
                if (!hasher.signature(own, signature.data())) {
                    continue;
                }
                index.units.push_back({quint32(d), quint32(own.size()), quint32(ownCharacters)});
                index.signatures.insert(index.signatures.end(), signature.begin(), signature.end());
            }
        }
    }
}

/// The containment of the smaller set in the larger one, estimated from the signatures'
/// agreement (an estimate of Jaccard similarity J) and the sets' sizes:
/// |A ∩ B| = J (|A| + |B|) / (1 + J).
double estimatedContainment(double jaccard, quint32 a, quint32 b)
{
    const double common = jaccard * double(a + b) / (1.0 + jaccard);
    return common / double(std::max<quint32>(1, std::min(a, b)));
}

/// The matches one full comparison yields for one side.
void collectMatches(const std::vector<UnitShare>& shares, int document, int other,
                    CopyRelation relation, const SimilarityThresholds& thresholds,
                    std::vector<CopyMatch>& out)
{
    for (const UnitShare& share : shares) {
        if (share.ownCharacters >= thresholds.minOwnCharacters &&
            share.share() >= thresholds.copiedShare) {
            out.push_back({document, share.unit, other, relation, share.share(),
                           share.ownCharacters, share.passages});
        }
    }
}

auto unitOrder(const CopyMatch& match)
{
    return std::tuple(match.document, match.unit.part, !match.unit.wholePart, match.unit.start,
                      match.unit.end);
}

/// Subsections whose whole part matches the same report go; at most `limit` reports per
/// unit, the most similar first.
std::vector<CopyMatch> tidy(std::vector<CopyMatch> matches, int limit)
{
    std::sort(matches.begin(), matches.end(), [](const CopyMatch& a, const CopyMatch& b) {
        return std::tuple(unitOrder(a), -a.share, a.other) <
               std::tuple(unitOrder(b), -b.share, b.other);
    });
    std::set<std::tuple<int, int, int>> wholeMatched; // document, part, other
    for (const CopyMatch& match : matches) {
        if (match.unit.wholePart) {
            wholeMatched.insert({match.document, match.unit.part, match.other});
        }
    }
    std::vector<CopyMatch> kept;
    for (CopyMatch& match : matches) {
        if (!match.unit.wholePart &&
            wholeMatched.contains({match.document, match.unit.part, match.other})) {
            continue;
        }
        int sameUnit = 0;
        for (auto it = kept.rbegin(); it != kept.rend() && unitOrder(*it) == unitOrder(match);
             ++it) {
            ++sameUnit;
        }
        if (sameUnit < limit) {
            kept.push_back(std::move(match));
        }
    }
    return kept;
}

} // namespace

CopyDetection detectCopies(std::span<const NarrativeDocument> documents,
                           const Boilerplate& boilerplate, const SimilarityThresholds& thresholds)
{
    CopyDetection detection;
    CopyStatistics& statistics = detection.statistics;
    statistics.documents = documents.size();
    const unsigned workers = workerCount();
    // Processor time, not wall time: on a shared machine the wall clock measures the others.
    std::clock_t clock = std::clock();
    const auto lap = [&clock] {
        const std::clock_t now = std::clock();
        const auto ms = qint64((now - clock) * 1000 / CLOCKS_PER_SEC);
        clock = now;
        return ms;
    };

    // 1. Signatures of every unit with text of its own, in document order.
    const MinHasher hasher(thresholds.signatureSize);
    std::vector<Index> indexes(workers);
    parallelSlices(
        documents.size(), workers, [&](std::size_t begin, std::size_t end, unsigned worker) {
            indexDocuments(documents, begin, end, boilerplate, thresholds, hasher, indexes[worker]);
        });
    Index index;
    for (Index& part : indexes) {
        index.units.insert(index.units.end(), part.units.begin(), part.units.end());
        index.signatures.insert(index.signatures.end(), part.signatures.begin(),
                                part.signatures.end());
        index.characters += part.characters;
        part = Index();
    }
    statistics.characters = index.characters;
    statistics.unitsIndexed = index.units.size();
    statistics.indexMs = lap();

    // 2. Candidate pairs: another body's report of the same year, or the same body's report
    //    of another year.
    QHash<QString, int> bodyIds;
    std::vector<int> bodyOf(documents.size());
    for (std::size_t d = 0; d < documents.size(); ++d) {
        auto it = bodyIds.constFind(documents[d].body);
        if (it == bodyIds.constEnd()) {
            it = bodyIds.insert(documents[d].body, int(bodyIds.size()));
        }
        bodyOf[d] = it.value();
    }
    const auto accept = [&](quint32 a, quint32 b) {
        const quint32 da = index.units[a].document;
        const quint32 db = index.units[b].document;
        if (da == db || std::max(index.units[a].ownCharacters, index.units[b].ownCharacters) <
                            quint32(thresholds.minOwnCharacters)) {
            return false;
        }
        return documents[da].year == documents[db].year || bodyOf[da] == bodyOf[db];
    };
    const SignatureTable table{index.signatures.data(), index.units.size(),
                               thresholds.signatureSize};
    const std::vector<quint64> unitPairs =
        bandedPairs(table, thresholds.bandRows, thresholds.maxBucket, accept, workers);
    statistics.candidatePairs = unitPairs.size();
    std::vector<quint64> documentPairs;
    for (const quint64 pair : unitPairs) {
        const auto a = quint32(pair >> 32);
        const auto b = quint32(pair);
        const double agreement =
            signatureAgreement(table.of(a), table.of(b), thresholds.signatureSize);
        if (estimatedContainment(agreement, index.units[a].ownShingles,
                                 index.units[b].ownShingles) >=
            thresholds.minEstimatedContainment) {
            const quint32 da = index.units[a].document;
            const quint32 db = index.units[b].document;
            documentPairs.push_back(quint64(std::min(da, db)) << 32 | std::max(da, db));
        }
    }
    std::sort(documentPairs.begin(), documentPairs.end());
    documentPairs.erase(std::unique(documentPairs.begin(), documentPairs.end()),
                        documentPairs.end());
    statistics.documentPairs = documentPairs.size();
    statistics.candidatesMs = lap();

    // 3. Each candidate pair of reports compared in full.
    std::vector<std::vector<CopyMatch>> found(workers);
    parallelSlices(
        documentPairs.size(), workers, [&](std::size_t begin, std::size_t end, unsigned worker) {
            PreparedDocument first;
            int firstIndex = -1;
            for (std::size_t i = begin; i < end; ++i) {
                const int a = int(documentPairs[i] >> 32);
                const int b = int(quint32(documentPairs[i]));
                if (a != firstIndex) {
                    first = prepareDocument(documents[std::size_t(a)], boilerplate,
                                            ComparableText::kSeparatorA);
                    firstIndex = a;
                }
                const PreparedDocument second = prepareDocument(
                    documents[std::size_t(b)], boilerplate, ComparableText::kSeparatorB);
                const int yearA = documents[std::size_t(a)].year;
                const int yearB = documents[std::size_t(b)].year;
                // Same year: both reports judged; the same body's two years: the
                // later one, against the earlier.
                const ComparedSides sides = yearA == yearB  ? ComparedSides::Both
                                            : yearA > yearB ? ComparedSides::First
                                                            : ComparedSides::Second;
                const CopyRelation relation =
                    yearA == yearB ? CopyRelation::SameYear : CopyRelation::OwnEarlierYear;
                const DocumentComparison comparison =
                    compareDocuments(first, second, thresholds, thresholds.copiedShare, sides);
                collectMatches(comparison.first, a, b, relation, thresholds, found[worker]);
                collectMatches(comparison.second, b, a, relation, thresholds, found[worker]);
            }
        });
    std::vector<CopyMatch> matches;
    for (std::vector<CopyMatch>& part : found) {
        std::move(part.begin(), part.end(), std::back_inserter(matches));
    }
    detection.matches = tidy(std::move(matches), std::max(1, thresholds.maxMatchesPerPart));
    statistics.matches = detection.matches.size();
    statistics.compareMs = lap();
    return detection;
}

} // namespace nianbao::supervision
