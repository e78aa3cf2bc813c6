#include "extract/gridfigure.h"

#include <array>

namespace nianbao::extract {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isZeroMark(QStringView text)
{
    static const std::array<QStringView, 11> marks{u"无", u"-",  u"--",     u"—",  u"——", u"–",
                                                   u"/",  u"\\", u"不适用", u"／", u"－"};
    for (const QStringView mark : marks) {
        if (text == mark) {
            return true;
        }
    }
    return false;
}

/// Units reports print after a figure, longest first so that 万元 is not read as 万 + 元.
QStringView unitAt(QStringView rest)
{
    static const std::array<QStringView, 10> units{u"万元", u"人次", u"元", u"件", u"项",
                                                   u"个",   u"条",   u"次", u"宗", u"人"};
    for (const QStringView unit : units) {
        if (rest.startsWith(unit)) {
            return unit;
        }
    }
    return {};
}

qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    return i;
}

} // namespace

GridFigure readGridFigure(QStringView cellText)
{
    GridFigure figure;
    const QStringView text = cellText.trimmed();
    if (text.isEmpty()) {
        return figure;
    }
    if (isZeroMark(text)) {
        figure.kind = GridFigure::Kind::ZeroMark;
        return figure;
    }
    figure.kind = GridFigure::Kind::Text;

    qsizetype i = 0;
    if (text.at(0) == QLatin1Char('+') || text.at(0) == QLatin1Char('-')) {
        figure.explicitSign = true;
        ++i;
    }
    const qsizetype digitsStart = i;
    QString digits;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isDigit(c)) {
            digits.append(c);
            ++i;
        } else if (c == QLatin1Char(',') && i > digitsStart && i + 3 < text.size() &&
                   isDigit(text.at(i + 1)) && isDigit(text.at(i + 2)) && isDigit(text.at(i + 3)) &&
                   (i + 4 >= text.size() || !isDigit(text.at(i + 4)))) {
            ++i; // 1,234
        } else {
            break;
        }
    }
    if (digits.isEmpty()) {
        return figure; // words, or a sign alone
    }
    if (i + 1 < text.size() && text.at(i) == QLatin1Char('.') && isDigit(text.at(i + 1))) {
        digits.append(QLatin1Char('.'));
        ++i;
        while (i < text.size() && isDigit(text.at(i))) {
            digits.append(text.at(i));
            ++figure.decimals;
            ++i;
        }
    }
    i = skipSpaces(text, i);
    const QStringView unit = unitAt(text.mid(i));
    if (!unit.isEmpty()) {
        figure.unit = unit.toString();
        i = skipSpaces(text, i + unit.size());
    }
    // A note in brackets after the figure is part of the cell as printed, not of its value.
    if (i < text.size() && text.at(i) == QLatin1Char('(')) {
        const qsizetype close = text.indexOf(QLatin1Char(')'), i);
        if (close < 0) {
            return figure;
        }
        figure.note = true;
        i = skipSpaces(text, close + 1);
    }
    if (i != text.size()) {
        return figure; // more after the figure: two figures, or words
    }
    bool ok = false;
    const double magnitude = digits.toDouble(&ok);
    if (!ok) {
        return figure;
    }
    figure.kind = GridFigure::Kind::Number;
    figure.value = text.at(0) == QLatin1Char('-') ? -magnitude : magnitude;
    return figure;
}

} // namespace nianbao::extract
