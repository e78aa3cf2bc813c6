#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

namespace nianbao::supervision {

/// Where to look for pairs: the signatures of `count` items, `size` values each, one after
/// the other.
struct SignatureTable {
    const quint16* values = nullptr;
    std::size_t count = 0;
    int size = 0;
    [[nodiscard]] const quint16* of(std::size_t item) const
    {
        return values + item * std::size_t(size);
    }
};

/// The pairs of items (a < b, as a << 32 | b, sorted, each once) whose signatures agree on
/// all `rows` values of at least one band (locality-sensitive hashing by banding), among the
/// pairs `accept` allows. Buckets holding more than `maxBucket` items are skipped: they come
/// from phrases many texts share, and a true pair meets in many other bands.
std::vector<quint64> bandedPairs(const SignatureTable& signatures, int rows, int maxBucket,
                                 const std::function<bool(quint32, quint32)>& accept,
                                 unsigned workers);

} // namespace nianbao::supervision
