#include "pdf/textlayerquality.h"

#include <QList>

namespace nianbao {

namespace {

/// A page of a report has hundreds of characters; fewer than this is a scan with perhaps a
/// stamp or a page number on it.
constexpr qsizetype minimumVisible = 10;
/// Damage beyond this share of the text makes the text layer unusable.
constexpr double maximumDamagedShare = 0.1;
/// A text layer this long with no Han character at all is not a Chinese report's text.
constexpr qsizetype misencodedLength = 200;

bool isDamaged(char32_t code)
{
    return code == 0xFFFD || (code >= 0xE000 && code <= 0xF8FF) || code >= 0xF0000 ||
           (code < 0x20 && code != u'\t' && code != u'\n' && code != u'\r') ||
           (code >= 0x7F && code < 0xA0);
}

} // namespace

bool TextLayerQuality::isUsable() const
{
    return visible >= minimumVisible &&
           static_cast<double>(damaged) <= maximumDamagedShare * static_cast<double>(visible);
}

bool TextLayerQuality::isMisencoded() const
{
    return visible >= misencodedLength && han == 0;
}

TextLayerQuality& TextLayerQuality::operator+=(const TextLayerQuality& other)
{
    visible += other.visible;
    damaged += other.damaged;
    han += other.han;
    return *this;
}

TextLayerQuality assessTextLayer(QStringView text)
{
    TextLayerQuality quality;
    for (const char32_t code : text.toUcs4()) {
        if (QChar::isSpace(code)) {
            continue;
        }
        ++quality.visible;
        if (isDamaged(code)) {
            ++quality.damaged;
        } else if (QChar::script(code) == QChar::Script_Han) {
            ++quality.han;
        }
    }
    // Text extracted without a font's Unicode map spells glyph ids out: "(cid:1234)".
    const QLatin1StringView marker("(cid:");
    for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        const qsizetype close = text.indexOf(u')', at);
        quality.damaged += (close < 0 ? text.size() : close + 1) - at;
    }
    return quality;
}

} // namespace nianbao
