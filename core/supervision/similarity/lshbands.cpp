#include "supervision/similarity/lshbands.h"

#include "supervision/similarity/parallel.h"
#include "supervision/similarity/shingles.h"

#include <algorithm>

namespace nianbao::supervision {

namespace {

struct BandEntry {
    quint64 key = 0;
    quint32 item = 0;
    friend bool operator<(const BandEntry& a, const BandEntry& b)
    {
        return a.key < b.key || (a.key == b.key && a.item < b.item);
    }
};

/// The key of band `band`: its rows are the values at band, band + bands, band + 2 bands …
/// Values far apart in the signature come from different bins even for a small set, whose
/// empty bins borrow from their neighbours (densification): neighbouring values would agree
/// together and make the band as likely to match as one value.
quint64 bandKey(const quint16* values, std::size_t band, std::size_t bands, int rows)
{
    quint64 key = 0;
    for (int r = 0; r < rows; ++r) {
        key = mix64(key ^ (quint64(values[band + std::size_t(r) * bands]) << (16 * (r % 4))) ^
                    quint64(r));
    }
    return key;
}

} // namespace

std::vector<quint64> bandedPairs(const SignatureTable& signatures, int rows, int maxBucket,
                                 const std::function<bool(quint32, quint32)>& accept,
                                 unsigned workers)
{
    const int bands = signatures.size / std::max(1, rows);
    std::vector<std::vector<quint64>> found(workers);
    parallelSlices(std::size_t(bands), workers,
                   [&](std::size_t firstBand, std::size_t endBand, unsigned worker) {
                       std::vector<BandEntry> entries(signatures.count);
                       std::vector<quint64>& pairs = found[worker];
                       for (std::size_t band = firstBand; band < endBand; ++band) {
                           for (std::size_t item = 0; item < signatures.count; ++item) {
                               entries[item] = {
                                   bandKey(signatures.of(item), band, std::size_t(bands), rows),
                                   quint32(item)};
                           }
                           std::sort(entries.begin(), entries.end());
                           for (std::size_t i = 0; i < entries.size();) {
                               std::size_t j = i + 1;
                               while (j < entries.size() && entries[j].key == entries[i].key) {
                                   ++j;
                               }
                               if (j - i >= 2 && j - i <= std::size_t(maxBucket)) {
                                   for (std::size_t a = i; a < j; ++a) {
                                       for (std::size_t b = a + 1; b < j; ++b) {
                                           if (accept(entries[a].item, entries[b].item)) {
                                               pairs.push_back(quint64(entries[a].item) << 32 |
                                                               entries[b].item);
                                           }
                                       }
                                   }
                               }
                               i = j;
                           }
                           // Each worker's pairs stay manageable: duplicates from its bands go.
                           std::sort(pairs.begin(), pairs.end());
                           pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
                       }
                   });
    std::vector<quint64> all;
    for (std::vector<quint64>& pairs : found) {
        const auto middle = qsizetype(all.size());
        all.insert(all.end(), pairs.begin(), pairs.end());
        std::vector<quint64>().swap(pairs);
        std::inplace_merge(all.begin(), all.begin() + middle, all.end());
    }
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace nianbao::supervision
