#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace nianbao::supervision {

/// A set of 64-bit hashes with open addressing: the template test runs once per shingle of
/// every report (hundreds of millions of look-ups in a national batch), where a node-based
/// set would chase a pointer each time. Hash 0 is stored as 1 (a shingle hash of 0 is as
/// good as any other).
class HashSet {
public:
    HashSet() = default;
    explicit HashSet(const std::vector<quint64>& hashes)
    {
        const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, hashes.size() * 2));
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
        for (const quint64 hash : hashes) {
            insert(hash);
        }
    }

    [[nodiscard]] bool contains(quint64 hash) const
    {
        if (m_slots.empty()) {
            return false;
        }
        hash = hash ? hash : 1;
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_slots[slot] == hash) {
                return true;
            }
            if (m_slots[slot] == 0) {
                return false;
            }
        }
    }
    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    void insert(quint64 hash)
    {
        hash = hash ? hash : 1;
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_slots[slot] == hash) {
                return;
            }
            if (m_slots[slot] == 0) {
                m_slots[slot] = hash;
                ++m_size;
                return;
            }
        }
    }

    std::vector<quint64> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace nianbao::supervision
