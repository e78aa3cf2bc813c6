#include "text/codepointnormalizer.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include <array>
#include <mutex>
#include <string>

namespace nianbao {

namespace {

/// The longest NFKC form of a single code point is 18 units (U+FDFA); room to spare.
constexpr int32_t maximumExpansion = 32;

std::u16string computeNormalized(char32_t codePoint)
{
    if (U_IS_SURROGATE(codePoint)) { // unpaired: nothing to normalise, keep what was there
        return std::u16string(1, static_cast<char16_t>(codePoint));
    }
    if (codePoint == U'\r' || codePoint == 0x85 || codePoint == 0x2028 || codePoint == 0x2029) {
        return u"\n";
    }
    if (u_hasBinaryProperty(static_cast<UChar32>(codePoint), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
        return {};
    }
    if (u_charType(static_cast<UChar32>(codePoint)) == U_SPACE_SEPARATOR) {
        return u" ";
    }
    UChar source[2];
    int32_t sourceLength = 0;
    U16_APPEND_UNSAFE(source, sourceLength, codePoint);
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
    std::array<UChar, maximumExpansion> target{};
    const int32_t length = U_SUCCESS(status)
                               ? unorm2_normalize(nfkc, source, sourceLength, target.data(),
                                                  static_cast<int32_t>(target.size()), &status)
                               : 0;
    if (U_FAILURE(status)) {
        return std::u16string(source, source + sourceLength);
    }
    return std::u16string(target.data(), target.data() + length);
}

/// The answers for 256 consecutive BMP code points: character i of the block becomes
/// units[offsets[i], offsets[i + 1]).
struct BmpBlock {
    std::array<quint16, 257> offsets{};
    std::u16string units;
};

class BmpTable {
public:
    QStringView normalized(char16_t character)
    {
        const int index = character >> 8;
        std::call_once(m_built[index], [this, index] { build(index); });
        const BmpBlock& block = m_blocks[index];
        const int slot = character & 0xFF;
        return QStringView(block.units)
            .sliced(block.offsets[slot], block.offsets[slot + 1] - block.offsets[slot]);
    }

private:
    void build(int index)
    {
        BmpBlock& block = m_blocks[index];
        for (int slot = 0; slot < 256; ++slot) {
            block.offsets[slot] = static_cast<quint16>(block.units.size());
            block.units += computeNormalized(static_cast<char32_t>((index << 8) | slot));
        }
        block.offsets[256] = static_cast<quint16>(block.units.size());
    }

    std::array<std::once_flag, 256> m_built;
    std::array<BmpBlock, 256> m_blocks;
};

} // namespace

QStringView normalizedBmpCharacter(char16_t character)
{
    static BmpTable table;
    return table.normalized(character);
}

QString normalizedCodePoint(char32_t codePoint)
{
    if (!QChar::requiresSurrogates(codePoint)) {
        return normalizedBmpCharacter(static_cast<char16_t>(codePoint)).toString();
    }
    const std::u16string units = computeNormalized(codePoint);
    return QString(reinterpret_cast<const QChar*>(units.data()),
                   static_cast<qsizetype>(units.size()));
}

} // namespace nianbao
