#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <cstdint>
#include <optional>

namespace nianbao::rules {

/// Every keyword of a rule set's narrative rules, so that one pass over a narrative part finds
/// which sentences hold which keywords (instead of a search per rule and sentence).
class KeywordIndex {
public:
    static constexpr int kMaxWords = 64;

    /// The bits of `words`, adding those not yet known; nothing when there are too many.
    std::optional<std::uint64_t> add(const QStringList& words);
    /// The bits of the keywords that occur at `position` of `text`. Called for every
    /// character of a narrative: most are no keyword's first character.
    [[nodiscard]] std::uint64_t at(QStringView text, qsizetype position) const
    {
        return m_firstChars.test(text[position].unicode()) ? wordsAt(text.mid(position)) : 0;
    }
    [[nodiscard]] bool empty() const { return m_words.isEmpty(); }

private:
    [[nodiscard]] std::uint64_t wordsAt(QStringView rest) const;

    QStringList m_words;
    std::bitset<0x10000> m_firstChars;
};

} // namespace nianbao::rules
