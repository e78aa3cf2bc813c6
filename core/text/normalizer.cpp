#include "text/normalizer.h"

#include "text/codepointnormalizer.h"

#include <algorithm>

namespace nianbao {

namespace {

/// ASCII (but CR) and CJK unified ideographs are their own NFKC form and need no rule: they
/// are nearly all of a report, so they skip the table.
bool passesUnchanged(char16_t unit)
{
    return (unit < 0x80 && unit != u'\r') || (unit >= 0x4E00 && unit <= 0x9FFF);
}

} // namespace

NormalizedText::NormalizedText(const QString& original)
{
    const qsizetype size = original.size();
    const auto* source = reinterpret_cast<const char16_t*>(original.constData());
    m_text.reserve(size);
    m_sourceStart.reserve(static_cast<std::size_t>(size) + 1);
    m_sourceEnd.reserve(static_cast<std::size_t>(size) + 1);

    // Every unit produced from one source character maps to all of that character.
    const auto emitFrom = [this](QStringView units, qsizetype start, qsizetype end) {
        m_text.append(units);
        m_sourceStart.insert(m_sourceStart.end(), static_cast<std::size_t>(units.size()), start);
        m_sourceEnd.insert(m_sourceEnd.end(), static_cast<std::size_t>(units.size()), end);
    };

    qsizetype i = 0;
    while (i < size) {
        qsizetype runEnd = i;
        while (runEnd < size && passesUnchanged(source[runEnd])) {
            ++runEnd;
        }
        if (runEnd > i) {
            m_text.append(QStringView(source + i, runEnd - i));
            for (; i < runEnd; ++i) {
                m_sourceStart.push_back(i);
                m_sourceEnd.push_back(i + 1);
            }
            continue;
        }
        const char16_t unit = source[i];
        if (unit == u'\r') {
            const qsizetype end = (i + 1 < size && source[i + 1] == u'\n') ? i + 2 : i + 1;
            emitFrom(u"\n", i, end);
            i = end;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size &&
                   QChar::isLowSurrogate(source[i + 1])) {
            emitFrom(normalizedCodePoint(QChar::surrogateToUcs4(unit, source[i + 1])), i, i + 2);
            i += 2;
        } else {
            emitFrom(normalizedBmpCharacter(unit), i, i + 1);
            ++i;
        }
    }
    m_sourceStart.push_back(size);
    m_sourceEnd.push_back(size);
}

qsizetype NormalizedText::sourceStart(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index <= size());
    if (m_sourceStart.empty()) {
        return 0;
    }
    return m_sourceStart[static_cast<std::size_t>(std::clamp<qsizetype>(index, 0, size()))];
}

qsizetype NormalizedText::sourceEnd(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index <= size());
    if (m_sourceEnd.empty()) {
        return 0;
    }
    return m_sourceEnd[static_cast<std::size_t>(std::clamp<qsizetype>(index, 0, size()))];
}

std::pair<qsizetype, qsizetype> NormalizedText::sourceRange(qsizetype start, qsizetype end) const
{
    if (end <= start) {
        return {sourceStart(start), sourceStart(start)};
    }
    return {sourceStart(start), sourceEnd(end - 1)};
}

} // namespace nianbao
