#include "text/textcensus.h"

#include <algorithm>

namespace nianbao {

namespace {

bool isTextControl(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

bool inRange(char16_t c, char16_t low, char16_t high)
{
    return c >= low && c <= high;
}

bool isReportCharacter(char16_t c)
{
    return inRange(c, 0x20, 0x7E) || isTextControl(c) // ASCII
           || inRange(c, 0x4E00, 0x9FFF)              // CJK unified ideographs
           || inRange(c, 0x3000, 0x303F)              // CJK symbols and punctuation
           || inRange(c, 0xFF00, 0xFFEF)              // full-width and half-width forms
           || inRange(c, 0x2000, 0x206F)              // general punctuation: “” — …
           || inRange(c, 0x00A0, 0x00FF)              // Latin-1: · × °
           || inRange(c, 0x2160, 0x217F)              // Roman numerals
           || inRange(c, 0x2460, 0x24FF)              // ① ⑴ ⒈
           || inRange(c, 0x2500, 0x25FF)              // box drawing, ■ □ ●
           || inRange(c, 0x3200, 0x32FF);             // ㈠
}

} // namespace

ByteCensus takeCensus(QByteArrayView bytes)
{
    ByteCensus census;
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar byte = data[i];
        if (byte >= 0x20 && byte != 0x7F) {
            continue;
        }
        if (byte == 0) {
            ++(i % 2 == 0 ? census.nulsAtEvenOffsets : census.nulsAtOddOffsets);
        } else if (!isTextControl(byte)) {
            ++census.strayControls;
        }
    }
    return census;
}

qsizetype countStrayControls(const QString& text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if ((unit < 0x20 && !isTextControl(unit)) || inRange(unit, 0x7F, 0x9F)) {
            ++count;
        }
    }
    return count;
}

bool looksBinary(qsizetype strayControls, qsizetype total)
{
    return strayControls > 0 && strayControls * 100 > total;
}

double reportCharacterShare(const QString& text)
{
    if (text.isEmpty()) {
        return 0.0;
    }
    qsizetype count = 0;
    for (const QChar c : text) {
        count += isReportCharacter(c.unicode()) ? 1 : 0;
    }
    return static_cast<double>(count) / static_cast<double>(text.size());
}

bool isBlank(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t unit = c.unicode();
        return c.isSpace() || unit == 0xFEFF || inRange(unit, 0x200B, 0x200D) || unit == 0x2060;
    });
}

} // namespace nianbao
