#pragma once

#include "supervision/similarity/hashset.h"
#include "supervision/similarity/narrativedocument.h"
#include "supervision/thresholds.h"

#include <QStringList>

#include <span>
#include <vector>

namespace nianbao {
class TemplateRegistry;
}

namespace nianbao::supervision {

/// Text that does not count towards copying because every report may carry it: the format's
/// own words (part and table titles, row and column labels, the notes the official tables
/// print, the subsections the format asks part 一 to cover — all from the format data), and
/// what a large share of the batch writes alike (the opening sentence of part 一 that most
/// bodies take from their superiors' notice, "无其他需要报告的事项"), learnt from the batch by
/// how many reports hold each shingle.
class Boilerplate {
public:
    Boilerplate() = default;

    /// The format data of every format in `formats`, nothing learnt.
    static Boilerplate fromFormats(const TemplateRegistry& formats, int shingleLength);
    /// The format data plus what the batch shares: shingles that at least
    /// `templateShare` of the reports read, and `templateMinReports` of them, hold (a batch
    /// larger than `templateSample` is sampled evenly); and, in a batch too small for that,
    /// the common stock: shingles that `commonStockMinBodies` different bodies, and
    /// `commonStockShare` of the batch's bodies, write (a body's several years count once).
    static Boilerplate learn(std::span<const NarrativeDocument> documents,
                             const TemplateRegistry& formats,
                             const SimilarityThresholds& thresholds);

    [[nodiscard]] bool contains(quint64 shingle) const { return m_shingles.contains(shingle); }
    /// For a text of `size` characters whose shingles (windows of `shingleLength`) are
    /// `windows`: 1 for each character that is the body's own, 0 for boilerplate. A character
    /// is boilerplate when every shingle covering it is; a text shorter than a shingle is all
    /// its own.
    [[nodiscard]] std::vector<quint8> ownCharacters(std::span<const quint64> windows,
                                                    std::size_t size) const;

    [[nodiscard]] int shingleLength() const { return m_shingleLength; }
    [[nodiscard]] std::size_t shingleCount() const { return m_shingles.size(); }
    /// Shingles learnt from the batch (beyond the format data), and from how many reports.
    [[nodiscard]] std::size_t learntCount() const { return m_learnt; }
    [[nodiscard]] int reportsRead() const { return m_reportsRead; }

    /// The phrases the format data contributes (for tests and for the help text).
    static QStringList formatPhrases(const TemplateRegistry& formats);

private:
    HashSet m_shingles;
    int m_shingleLength = 4;
    std::size_t m_learnt = 0;
    int m_reportsRead = 0;
};

} // namespace nianbao::supervision
