#include "extract/compacttext.h"

#include <algorithm>

namespace nianbao::extract {

bool CompactText::isHan(QChar c)
{
    const char16_t u = c.unicode();
    // CJK Unified Ideographs and Extension A, 〇, and surrogates (Extensions B+ are rare in
    // labels; keeping both halves keeps them comparable).
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || u == 0x3007 ||
           c.isSurrogate();
}

CompactText::CompactText(const QString& text, qsizetype start, qsizetype end)
{
    start = std::max<qsizetype>(0, start);
    end = std::min(end, text.size());
    m_chars.reserve(end - start);
    m_positions.reserve(static_cast<std::size_t>(end - start));
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = text.at(i);
        if (isHan(c)) {
            m_chars.append(c);
            m_positions.push_back(i);
        }
    }
}

qsizetype CompactText::indexAtOrAfter(qsizetype sourceOffset) const
{
    return std::lower_bound(m_positions.begin(), m_positions.end(), sourceOffset) -
           m_positions.begin();
}

QString CompactText::compact(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        // Labels in data files use full-width brackets and quotes; only the Han text counts.
        if (isHan(c)) {
            result.append(c);
        }
    }
    return result;
}

} // namespace nianbao::extract
