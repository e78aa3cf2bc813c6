#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace nianbao::supervision {

/// A well-mixed 64-bit value of a 64-bit one (the splitmix64 finaliser): shingle hashes must
/// spread evenly over MinHash bins and hash-set slots.
constexpr quint64 mix64(quint64 value)
{
    value ^= value >> 30;
    value *= 0xbf58476d1ce4e5b9ULL;
    value ^= value >> 27;
    value *= 0x94d049bb133111ebULL;
    value ^= value >> 31;
    return value;
}

/// The hashes of every window of `length` characters of `chars`, in order: chars.size() -
/// length + 1 of them, none when the text is shorter. Equal windows have equal hashes in
/// every text, so hashes compare texts.
void windowHashes(std::u16string_view chars, int length, std::vector<quint64>& hashes);

} // namespace nianbao::supervision
