#include "supervision/similarity/minhash.h"

#include "supervision/similarity/shingles.h"

#include <bit>
#include <limits>

namespace nianbao::supervision {

MinHasher::MinHasher(int size)
    : m_size(size)
    , m_shift(64 - std::countr_zero(unsigned(size)))
{
    Q_ASSERT(size >= 16 && size <= 1024 && std::has_single_bit(unsigned(size)));
}

bool MinHasher::signature(std::span<const quint64> shingles, quint16* out) const
{
    if (shingles.empty()) {
        return false;
    }
    constexpr quint32 kEmpty = std::numeric_limits<quint32>::max();
    quint32 bins[1024];
    std::fill(bins, bins + m_size, kEmpty);
    for (const quint64 hash : shingles) {
        quint32& bin = bins[hash >> m_shift];
        bin = std::min(bin, quint32(hash));
    }
    for (int i = 0; i < m_size; ++i) {
        if (bins[i] != kEmpty) {
            out[i] = quint16(bins[i]);
            continue;
        }
        // Optimal densification: an empty bin takes the value of a full bin chosen by a hash
        // of its position and the attempt, the same sequence in every signature, so two sets
        // agree in a borrowed value with the probability of their Jaccard similarity (borrowing
        // from the neighbour instead lets one differing bin spoil the run of empty bins after
        // it, and a band then agrees far less often than it should).
        for (quint64 attempt = 1;; ++attempt) {
            const auto lender = std::size_t(mix64(quint64(i) << 32 | attempt) >> m_shift);
            if (bins[lender] != kEmpty) {
                out[i] = quint16(bins[lender]);
                break;
            }
        }
    }
    return true;
}

double signatureAgreement(const quint16* a, const quint16* b, int size)
{
    int agree = 0;
    for (int i = 0; i < size; ++i) {
        agree += a[i] == b[i] ? 1 : 0;
    }
    return double(agree) / double(size);
}

} // namespace nianbao::supervision
