#include "synth/noise.h"

#include "synth/randomtools.h"

#include <QRegularExpression>

#include <array>

namespace nianbao::synth {

namespace {

constexpr std::array<const char16_t*, 7> kDebris = {u"対", u"丨", u"冂", u"亻", u"乛", u"·", u"氵"};
constexpr std::array<const char16_t*, 7> kJunkFields = {u"Δπ", u"<b></b>", u"-", u"=",
                                                        u"i",  u"•",       u"|"};

/// Positions where noise may go: after the numbering, not at either end, and never beside a
/// digit (so that no number grows or splits).
QList<qsizetype> insidePositions(const QString& label)
{
    QList<qsizetype> positions;
    const qsizetype start = numberingLength(label) + 1;
    for (qsizetype at = start; at < label.size(); ++at) {
        if (!label.at(at - 1).isDigit() && !label.at(at).isDigit() && !label.at(at - 1).isSpace() &&
            !label.at(at).isSpace()) {
            positions.append(at);
        }
    }
    return positions;
}

} // namespace

qsizetype numberingLength(const QString& label)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|"
                       "\\d+[.．、])\\s*"));
    const QRegularExpressionMatch match = numbering.match(label);
    return match.hasMatch() ? match.capturedLength() : 0;
}

QString spacedOut(const QString& label, QRandomGenerator& random, int spaces)
{
    QString out = label;
    for (int i = 0; i < spaces; ++i) {
        const QList<qsizetype> positions = insidePositions(out);
        if (positions.isEmpty()) {
            break;
        }
        out.insert(pick(random, positions), QLatin1Char(' '));
    }
    return out;
}

QString withDebris(const QString& label, QRandomGenerator& random)
{
    const QList<qsizetype> positions = insidePositions(label);
    if (label.size() - numberingLength(label) < 8 || positions.isEmpty()) {
        return label;
    }
    QString out = label;
    out.insert(pick(random, positions), pick(random, kDebris));
    return out;
}

QString withDropped(const QString& label, QRandomGenerator& random)
{
    const QList<qsizetype> positions = insidePositions(label);
    if (label.size() - numberingLength(label) < 10 || positions.size() < 3) {
        return label;
    }
    QString out = label;
    const qsizetype at = positions.at(between(random, 1, int(positions.size()) - 2));
    if (out.at(at).isLetter()) {
        out.remove(at, 1);
    }
    return out;
}

std::pair<QString, QString> brokenLabel(const QString& label, QRandomGenerator& random)
{
    const qsizetype first = numberingLength(label) + 2;
    const qsizetype last = label.size() - 2;
    if (last < first) {
        return {label, QString()};
    }
    const qsizetype at = between(random, int(first), int(last));
    return {label.left(at), label.mid(at)};
}

QString letterSpaced(const QString& label, QRandomGenerator& random)
{
    QString out;
    for (qsizetype i = 0; i < label.size(); ++i) {
        out.append(label.at(i));
        if (i + 1 < label.size() && chance(random, 0.6)) {
            out.append(QLatin1Char(' '));
        }
    }
    return out;
}

QString junkField(QRandomGenerator& random)
{
    return pick(random, kJunkFields);
}

} // namespace nianbao::synth
