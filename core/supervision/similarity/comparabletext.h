#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <vector>

namespace nianbao::supervision {

/// A narrative text reduced to what survives copying: NFKC forms, no spaces or punctuation,
/// Latin letters in lower case, every run of digits one '#' (a copier changes the figures),
/// and the body's own names and self-references one '@' (a copier changes those first).
/// Each character remembers the stretch of the original it came from, so that passages found
/// here point at what the reader sees.
class ComparableText {
public:
    ComparableText() = default;

    [[nodiscard]] const std::u16string& chars() const { return m_chars; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_chars.size()); }
    /// UTF-16 offset in the original of where character `index` starts (or, for `index ==
    /// size()`, of the original's end).
    [[nodiscard]] qsizetype sourceStart(qsizetype index) const;
    /// UTF-16 offset in the original just after the source of character `index`.
    [[nodiscard]] qsizetype sourceEnd(qsizetype index) const;

    /// The first character in [begin, end) whose source starts at or after UTF-16 offset
    /// `offset` of the original (`end` when none does): where a stretch of the original begins
    /// in the comparable text.
    [[nodiscard]] qsizetype firstFrom(qsizetype offset, qsizetype begin, qsizetype end) const;

    /// Appends another text's characters after a separator that matches nothing (no passage
    /// runs across it); offsets of the appended part are shifted by `sourceOffset`.
    void append(const ComparableText& other, char16_t separator, qsizetype sourceOffset);

    /// The characters that stand for a masked name and for a run of digits.
    static constexpr char16_t kNameMark = u'@';
    static constexpr char16_t kFigureMark = u'#';
    /// Separators between parts of one report and of the other in a comparison.
    static constexpr char16_t kSeparatorA = 0xFFFE;
    static constexpr char16_t kSeparatorB = 0xFFFF;

private:
    friend class ComparableTextBuilder;
    std::u16string m_chars;
    std::vector<qint32> m_sourceStart;
    std::vector<qint32> m_sourceEnd;
};

/// Builds comparable texts for one body: its names (the agency as printed, and the same
/// without the leading place names: "淮安市洪泽区人民政府" masks "洪泽区人民政府" too) are masked,
/// as are self-references such as 我局, 本委, 我县, 本机关.
class ComparableTextBuilder {
public:
    explicit ComparableTextBuilder(const QStringList& ownNames = {});

    /// With `keepSources` false the source offsets are not recorded (indexing needs only the
    /// characters).
    [[nodiscard]] ComparableText build(QStringView text, bool keepSources = true) const;

    /// The names a body's text masks: `agency` normalised, and its tails after each place
    /// level (省, 市, 州, 盟, 县, 区, 旗) that still name a place ("洪泽区人民政府", never a
    /// bare "人民政府").
    static QStringList ownNames(const QString& agency);

private:
    std::vector<std::u16string> m_names; ///< comparable forms, longest first
};

} // namespace nianbao::supervision
