#pragma once

#include <QString>

#include <vector>

namespace nianbao::extract {

enum class TokenKind {
    Number,   ///< a figure: 12, 1,234, 1016.72, +1036, ２２ (already normalised)
    ZeroMark, ///< 无, -, —, /, 不适用: read as 0, reported as printed
    Blank,    ///< an empty cell the layout makes visible (between two figures)
    Text,     ///< Han text after the figures: a label the template did not know, or debris
};

/// One token of the text printed after a row label. Offsets are in the normalised text.
struct ValueToken {
    TokenKind kind = TokenKind::Number;
    qsizetype start = 0;
    qsizetype end = 0;
    double value = 0;
    /// The digits as printed when the figure is a plain run of digits, after its sign if any
    /// (glued cells split these); empty for decimal or grouped figures, which are never split.
    QString digits;
    /// Printed with "+" or "-": a signed figure (本年增/减); split, the sign goes to the first
    /// piece.
    bool explicitSign = false;
    bool decimal = false;
    /// A unit printed with the figure (元, 万元, 件 …), empty if none.
    QString unit;
    /// No space or tab separates this token from what precedes it (label or figure).
    bool attached = false;
    /// The first token of its line.
    bool lineStart = false;

    [[nodiscard]] bool isValue() const
    {
        return kind == TokenKind::Number || kind == TokenKind::ZeroMark;
    }
    /// A plain digit run that could be several glued figures.
    [[nodiscard]] bool splittable() const { return digits.size() > 1; }
    /// "00", "05": no figure is printed like that, so several are glued together.
    [[nodiscard]] bool leadingZero() const
    {
        return digits.size() > 1 && digits.at(0) == QLatin1Char('0');
    }
};

/// Scans `text[start, end)` (normalised) into tokens. A note in brackets after a figure
/// ("22（其中修订16件）") stays part of the figure's printed text but not of its value; page
/// footers ("-3-") are skipped; item numbers of the next label
/// ("2.", "(3)") become Text; empty fields between two figures on one line, or empty lines
/// between figures printed one per line, become Blank.
std::vector<ValueToken> scanValues(const QString& text, qsizetype start, qsizetype end);

} // namespace nianbao::extract
