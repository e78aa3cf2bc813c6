#pragma once

#include <QString>

namespace nianbao {

/// The text with radical code points turned into the ideographs they draw. Many PDF fonts
/// share one glyph between a radical and its ideograph, and the PDF's character map then
/// names the radical: 一 comes out as ⼀ (U+2F00), 民 as ⺠ (U+2EA0). On the page they are
/// the same character; in text they would miss every label and keyword.
QString foldCjkRadicals(const QString& text);

} // namespace nianbao
