#pragma once

#include <QString>

#include <vector>

namespace nianbao {

/// A text normalised for matching, with a map from every normalised character back to the
/// stretch of the original it came from, so spans found in the normalised text point at
/// what the user sees.
///
/// Normalisation (ICU NFKC applied per code point, plus a few rules of our own):
/// full-width forms become ASCII (１２ → 12, （ → (, ， → ,), U+3000, NBSP and other spaces
/// become ' ', compatibility characters are replaced (① → 1, ⑴ → (1)), zero-width characters
/// and the BOM disappear, "\r\n" and "\r" become "\n". Tabs and newlines are kept: they are
/// the cell and row separators of many reports.
class NormalizedText {
public:
    NormalizedText() = default;
    explicit NormalizedText(const QString& original);

    /// The normalised text.
    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] qsizetype size() const { return m_text.size(); }

    /// The UTF-16 offset in the original where normalised character `index` begins.
    /// `index == size()` maps to the original's size.
    [[nodiscard]] qsizetype sourceStart(qsizetype index) const;
    /// The UTF-16 offset in the original just after the source of normalised character
    /// `index`.
    [[nodiscard]] qsizetype sourceEnd(qsizetype index) const;
    /// The original UTF-16 range [start, end) behind normalised range [start, end).
    [[nodiscard]] std::pair<qsizetype, qsizetype> sourceRange(qsizetype start, qsizetype end) const;

private:
    QString m_text;
    /// For each normalised UTF-16 unit, and one past the end: where its source starts/ends.
    std::vector<qsizetype> m_sourceStart;
    std::vector<qsizetype> m_sourceEnd;
};

} // namespace nianbao
