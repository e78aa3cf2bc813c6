#include "rules/keywordindex.h"

namespace nianbao::rules {

std::optional<std::uint64_t> KeywordIndex::add(const QStringList& words)
{
    std::uint64_t bits = 0;
    for (const QString& word : words) {
        if (word.isEmpty()) {
            continue;
        }
        qsizetype index = m_words.indexOf(word);
        if (index < 0) {
            if (m_words.size() == kMaxWords) {
                return std::nullopt;
            }
            index = m_words.size();
            m_words.append(word);
            m_firstChars.set(word.front().unicode());
        }
        bits |= std::uint64_t(1) << index;
    }
    return bits;
}

std::uint64_t KeywordIndex::wordsAt(QStringView rest) const
{
    std::uint64_t bits = 0;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (rest.startsWith(m_words.at(i))) {
            bits |= std::uint64_t(1) << i;
        }
    }
    return bits;
}

} // namespace nianbao::rules
