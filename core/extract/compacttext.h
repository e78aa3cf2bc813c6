#pragma once

#include <QString>

#include <vector>

namespace nianbao::extract {

/// The Han characters of a stretch of normalised text, with where each one sits. Labels are
/// matched on this view, so spaces, line breaks, punctuation, digits, Latin debris from OCR and
/// markup inside a label ("社会公益 组织", "三、\n本\n年\n度", "<b></b>") do not get in the way.
class CompactText {
public:
    CompactText() = default;
    CompactText(const QString& text, qsizetype start, qsizetype end);

    [[nodiscard]] const QString& chars() const { return m_chars; }
    [[nodiscard]] qsizetype size() const { return m_chars.size(); }

    /// Offset in the source text of compact character `index`.
    [[nodiscard]] qsizetype sourceStart(qsizetype index) const { return m_positions[index]; }
    /// Offset in the source text just after compact character `index`.
    [[nodiscard]] qsizetype sourceEnd(qsizetype index) const { return m_positions[index] + 1; }
    /// The first compact index whose source offset is at or after `sourceOffset`.
    [[nodiscard]] qsizetype indexAtOrAfter(qsizetype sourceOffset) const;

    /// The Han-only form of a label or alias, as compared against chars().
    static QString compact(QStringView text);
    static bool isHan(QChar c);

private:
    QString m_chars;
    std::vector<qsizetype> m_positions;
};

} // namespace nianbao::extract
