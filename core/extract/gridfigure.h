#pragma once

#include <QString>
#include <QStringView>

namespace nianbao::extract {

/// What one table cell holds, read on its own: a grid keeps its cells apart, so a cell is one
/// figure or none, never several glued together.
struct GridFigure {
    enum class Kind {
        Empty,    ///< nothing printed: a blank position
        Number,   ///< a figure, with a unit and a bracketed note allowed after it
        ZeroMark, ///< 无, -, —, /, 不适用: read as 0, reported as printed
        Text,     ///< words: a label or header, or a value cell the reader cannot read
    };

    Kind kind = Kind::Empty;
    double value = 0;
    int decimals = 0;          ///< digits after the decimal point as printed
    bool explicitSign = false; ///< printed with + or -
    QString unit;              ///< 元, 万元, 件 … printed after the figure; empty if none
    bool note = false;         ///< a bracketed note follows ("22（其中修订16件）")

    [[nodiscard]] bool isValue() const { return kind == Kind::Number || kind == Kind::ZeroMark; }
};

/// Reads a cell's normalised text (full-width forms already folded to ASCII): a number
/// (sign, thousands separators, decimals), optionally a unit and a note in brackets; or a
/// zero mark; or empty. Anything else is Text.
GridFigure readGridFigure(QStringView cellText);

} // namespace nianbao::extract
