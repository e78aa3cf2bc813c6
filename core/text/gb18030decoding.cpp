#include "text/gb18030decoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

namespace nianbao {

namespace {

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterHandle = std::unique_ptr<UConverter, ConverterCloser>;

bool inRange(uchar byte, uchar low, uchar high)
{
    return byte >= low && byte <= high;
}

} // namespace

std::optional<TextDecoding> decodeGb18030(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const ConverterHandle converter(ucnv_open("GB18030", &status));
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    // Stop at the first undefined sequence instead of substituting: a substitution is
    // exactly the mojibake this decoder must never return.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    // Every GB18030 character takes at least as many bytes as UTF-16 units.
    QString text(bytes.size() + 1, Qt::Uninitialized);
    UChar* const targetStart = reinterpret_cast<UChar*>(text.data());
    UChar* target = targetStart;
    const char* source = bytes.data();
    ucnv_toUnicode(converter.get(), &target, targetStart + text.size(), &source,
                   bytes.data() + bytes.size(), nullptr, /*flush=*/true, &status);
    const bool truncated = status == U_TRUNCATED_CHAR_FOUND;
    if (U_FAILURE(status) && !truncated) {
        return std::nullopt;
    }
    text.resize(target - targetStart);
    return TextDecoding{std::move(text), truncated};
}

double gb2312Share(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype twoByte = 0;
    qsizetype inGb2312 = 0;
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x81 || i + 1 == size) {
            ++i;
            continue;
        }
        const uchar trail = data[i + 1];
        if (inRange(trail, 0x30, 0x39)) { // a four-byte character
            i += 4;
            continue;
        }
        ++twoByte;
        // Rows A1-A9 hold the symbols and full-width forms, B0-F7 the 6,763 hanzi.
        if ((inRange(lead, 0xA1, 0xA9) || inRange(lead, 0xB0, 0xF7)) &&
            inRange(trail, 0xA1, 0xFE)) {
            ++inGb2312;
        }
        i += 2;
    }
    return twoByte == 0 ? 1.0 : static_cast<double>(inGb2312) / static_cast<double>(twoByte);
}

} // namespace nianbao
