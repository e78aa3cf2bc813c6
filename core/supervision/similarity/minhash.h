#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace nianbao::supervision {

/// MinHash signatures of shingle sets, for finding similar parts among hundreds of thousands
/// without comparing every pair. One-permutation hashing (Li, Owen and Zhang 2012): each
/// shingle's hash goes to one of `size` bins by its top bits and each bin keeps its least
/// value, so a signature costs one step per shingle however long it is; bins left empty by a
/// small set borrow from a full bin chosen by hashing (optimal densification, Shrivastava
/// 2017), so that two sets agree in each position with the probability of their Jaccard
/// similarity, whatever their size.
/// Each value is kept in 16 bits (b-bit MinHash): two unrelated values agree once in 65,536.
class MinHasher {
public:
    /// `size` must be a power of two between 16 and 1024.
    explicit MinHasher(int size);

    [[nodiscard]] int size() const { return m_size; }
    /// The signature of a set of shingle hashes (repeats do no harm) into `out` (`size`
    /// values). False, and `out` untouched, when the set is empty.
    bool signature(std::span<const quint64> shingles, quint16* out) const;

private:
    int m_size = 0;
    int m_shift = 0;
};

/// The share of positions where two signatures agree: an estimate of their sets' Jaccard
/// similarity.
double signatureAgreement(const quint16* a, const quint16* b, int size);

} // namespace nianbao::supervision
