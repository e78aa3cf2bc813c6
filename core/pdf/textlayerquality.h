#pragma once

#include <QString>
#include <QStringView>

namespace nianbao {

/// How much of a page's text layer can be trusted. Scanned pages have none; PDFs whose fonts
/// lack a Unicode map give U+FFFD, private-use code points or "(cid:123)" in place of
/// characters; fonts mapped to the wrong code points give Latin junk where a Chinese report
/// has Han characters.
struct TextLayerQuality {
    qsizetype visible = 0; ///< characters other than white space
    qsizetype damaged = 0; ///< replacement, private-use, control and (cid:…) characters
    qsizetype han = 0;     ///< Han characters

    /// Enough text, little of it damaged. Below this a page is read with OCR.
    [[nodiscard]] bool isUsable() const;
    /// A text layer of some length without a single Han character: not the Chinese the
    /// report is written in, whatever the fonts claim.
    [[nodiscard]] bool isMisencoded() const;

    TextLayerQuality& operator+=(const TextLayerQuality& other);
};

TextLayerQuality assessTextLayer(QStringView text);

} // namespace nianbao
