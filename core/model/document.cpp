#include "model/document.h"

#include <algorithm>

namespace nianbao {

void Document::buildOffsetTable() const
{
    if (m_offsetsBuilt) {
        return;
    }
    m_surrogateEnds.clear();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_surrogateEnds.push_back(i + 2);
            ++i;
        }
    }
    m_offsetsBuilt = true;
}

qsizetype Document::codePointAt(qsizetype utf16Offset) const
{
    buildOffsetTable();
    // Each surrogate pair that ends at or before the offset counts as one code point, not two.
    const auto pairsBefore =
        std::upper_bound(m_surrogateEnds.begin(), m_surrogateEnds.end(), utf16Offset) -
        m_surrogateEnds.begin();
    return utf16Offset - pairsBefore;
}

qsizetype Document::utf16At(qsizetype codePointOffset) const
{
    buildOffsetTable();
    qsizetype utf16 = codePointOffset;
    for (const qsizetype end : m_surrogateEnds) {
        if (end - 1 > utf16) { // the pair starts at end-2, which is code point (end-2)-pairs
            break;
        }
        ++utf16;
    }
    return utf16;
}

QString Document::textOf(Span span) const
{
    const qsizetype start = utf16At(span.start);
    const qsizetype end = utf16At(span.end);
    return text.mid(start, end - start);
}

std::optional<PageBox> Document::pageBoxAt(Span span) const
{
    for (const PageBox& box : pageBoxes) {
        if (box.span.contains(span.start)) {
            return box;
        }
    }
    return std::nullopt;
}

} // namespace nianbao
