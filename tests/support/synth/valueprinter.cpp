#include "synth/valueprinter.h"

#include "synth/randomtools.h"
#include "templates/reporttemplate.h"

#include <array>
#include <cmath>

namespace nianbao::synth {

namespace {

constexpr std::array<const char16_t*, 4> kZeroMarks = {u"无", u"-", u"—", u"/"};

/// The fewest decimal places that print `value` exactly (at most `limit`).
int placesOf(double value, int limit)
{
    for (int places = 0; places < limit; ++places) {
        const double scaled = value * std::pow(10.0, places);
        if (std::abs(scaled - std::round(scaled)) < 1e-6) {
            return places;
        }
    }
    return limit;
}

QString withThousands(const QString& digits)
{
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const qsizetype integerEnd = point < 0 ? digits.size() : point;
    const qsizetype integerStart =
        digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+')) ? 1 : 0;
    QString out = digits;
    for (qsizetype at = integerEnd - 3; at > integerStart; at -= 3) {
        out.insert(at, QLatin1Char(','));
    }
    return out;
}

} // namespace

QString toFullWidth(const QString& text, bool point)
{
    QString out = text;
    for (QChar& ch : out) {
        if (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) {
            ch = QChar(ch.unicode() - u'0' + 0xFF10);
        } else if (point && ch == QLatin1Char('.')) {
            ch = QChar(0xFF0E);
        }
    }
    return out;
}

ValuePrinter::ValuePrinter(QRandomGenerator& random, const Difficulties& difficulties,
                           const ShapeTraits& traits)
    : m_random(random)
{
    if (difficulties.zeroMarks && traits.zeroMarks) {
        m_zeroMark = pick(random, kZeroMarks);
        // Seed 001 prints 无 throughout table 2 and digits in table 3: habits differ by table.
        m_zeroMarkRate.insert(QStringLiteral("t2"), pick(random, QList<double>{0.5, 1.0}));
        m_zeroMarkRate.insert(QStringLiteral("t3"), pick(random, QList<double>{0.0, 0.3, 1.0}));
        m_zeroMarkRate.insert(QStringLiteral("t4"), pick(random, QList<double>{0.0, 0.5}));
    }
    if (difficulties.fullWidthDigits) {
        m_fullWidthRate = pick(random, QList<double>{0.3, 1.0});
        m_fullWidthPoint = chance(random, 0.3);
    }
    m_thousands = difficulties.thousands && traits.thousands;
    if (difficulties.notesInCells && traits.notes) {
        m_noteRate = uniform(random, 0.3, 0.6);
        m_fullWidthNoteBrackets = chance(random, 0.7);
    }
    m_plusSign = chance(random, 0.5);
    m_moneyPlaces = pick(random, QList<int>{0, 0, 2, 4});
}

QString ValuePrinter::number(const ColumnDef& column, double value, bool fullWidth) const
{
    QString text;
    if (column.type == ValueType::Money) {
        const int limit = std::max(column.decimals, 0);
        const int places = std::max(placesOf(value, limit), std::min(m_moneyPlaces, limit));
        text = QString::number(value, 'f', places);
    } else {
        text = QString::number(qint64(std::llround(value)));
        if (column.type == ValueType::Signed && value > 0 && m_plusSign) {
            text.prepend(QLatin1Char('+'));
        }
    }
    if (fullWidth) {
        return toFullWidth(text, m_fullWidthPoint);
    }
    if (m_thousands && std::abs(value) >= 1000.0) {
        return withThousands(text);
    }
    return text;
}

QString ValuePrinter::plain(double value)
{
    const QString text = QString::number(qint64(std::llround(value)));
    return chance(m_random, m_fullWidthRate) ? toFullWidth(text, false) : text;
}

QString ValuePrinter::print(const QString& table, const ColumnDef& column, bool leadsBlock,
                            double value)
{
    if (value == 0.0 && !m_zeroMark.isEmpty() && chance(m_random, m_zeroMarkRate.value(table))) {
        return chance(m_random, 0.15) ? pick(m_random, kZeroMarks) : m_zeroMark;
    }
    QString text = number(column, value, chance(m_random, m_fullWidthRate));
    if (table != QLatin1String("t2") || !chance(m_random, m_noteRate)) {
        return text;
    }
    // Notes are what table-2 cells carry in practice: how many of the documents issued were
    // revisions, or the unit repeated in the cell.
    if (leadsBlock && column.type == ValueType::Count && value >= 2.0 && chance(m_random, 0.5)) {
        const QString note =
            QStringLiteral("其中修订%1件").arg(between(m_random, 1, int(value) - 1));
        return text + (m_fullWidthNoteBrackets ? u"（" + note + u"）" : u"(" + note + u")");
    }
    return text + column.unit;
}

} // namespace nianbao::synth
