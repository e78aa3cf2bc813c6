#include "supervision/similarity/shingles.h"

namespace nianbao::supervision {

namespace {
/// An odd multiplier for the polynomial rolling hash (arithmetic modulo 2^64).
constexpr quint64 kBase = 0x9E3779B97F4A7C15ULL;
} // namespace

void windowHashes(std::u16string_view chars, int length, std::vector<quint64>& hashes)
{
    hashes.clear();
    const auto size = chars.size();
    const auto window = std::size_t(length);
    if (length <= 0 || size < window) {
        return;
    }
    hashes.reserve(size - window + 1);
    quint64 power = 1; // kBase^(length - 1): the weight of the character leaving the window
    for (int i = 1; i < length; ++i) {
        power *= kBase;
    }
    quint64 rolling = 0;
    for (std::size_t i = 0; i < window; ++i) {
        rolling = rolling * kBase + quint64(chars[i]) + 1;
    }
    hashes.push_back(mix64(rolling));
    for (std::size_t i = window; i < size; ++i) {
        rolling =
            (rolling - (quint64(chars[i - window]) + 1) * power) * kBase + quint64(chars[i]) + 1;
        hashes.push_back(mix64(rolling));
    }
}

} // namespace nianbao::supervision
