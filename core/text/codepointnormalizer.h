#pragma once

#include <QString>
#include <QStringView>

namespace nianbao {

/// What one code point becomes in NormalizedText, whatever its neighbours: nothing for
/// zero-width and other default-ignorable characters (the BOM among them), ' ' for every
/// space separator (U+3000, NBSP...), '\n' for a carriage return, NEL and the line and
/// paragraph separators, and otherwise its NFKC form (１ → 1, （ → (, ① → 1, ⑴ → (1),
/// 﨑 → 崎). A CR followed by LF is the caller's business.
///
/// Answers for the Basic Multilingual Plane are worked out with ICU once per block of 256
/// code points and kept for the life of the process; the view stays valid as long.
QStringView normalizedBmpCharacter(char16_t character);

/// The same for any code point, asking ICU every time (characters past the BMP are rare in
/// reports).
QString normalizedCodePoint(char32_t codePoint);

} // namespace nianbao
