#pragma once

#include "text/utfdecoding.h"

#include <QByteArrayView>

#include <optional>

namespace nianbao {

/// The bytes as GB18030, which also reads GBK and GB2312, converted strictly with ICU: a
/// byte sequence that GB18030 does not define gives std::nullopt, never a replacement
/// character. An incomplete last character is dropped and reported as truncation.
std::optional<TextDecoding> decodeGb18030(QByteArrayView bytes);

/// The share of the two-byte characters of GB18030 bytes that lie in GB2312's symbol and
/// hanzi rows, where nearly every character of simplified Chinese prose lies. Shift_JIS and
/// Big5 bytes read as GB18030 fall mostly outside. 1 when there is no two-byte character.
double gb2312Share(QByteArrayView bytes);

} // namespace nianbao
