#pragma once

#include "synth/reportgenerator.h"
#include "synth/shapetraits.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace nianbao {

struct ColumnDef;

namespace synth {

/// How one report prints its figures. The habits (which zero mark and how often, full-width
/// digits, thousands separators, notes, decimal places) are chosen once per report, the way
/// one author formats a whole report, and only among those the shape can show.
class ValuePrinter {
public:
    ValuePrinter(QRandomGenerator& random, const Difficulties& difficulties,
                 const ShapeTraits& traits);

    /// The text printed for `value` in a cell of `column` in table `table` ("t2", "t3", "t4").
    /// `leadsBlock`: the column is the first of several in a table-2 item (where a
    /// "（其中修订16件）" note belongs).
    QString print(const QString& table, const ColumnDef& column, bool leadsBlock, double value);

    /// Digits as a report prints them, with this report's digit habit (used for figures
    /// printed outside cells, such as subtotals).
    QString plain(double value);

private:
    QString number(const ColumnDef& column, double value, bool fullWidth) const;

    QRandomGenerator& m_random;
    QString m_zeroMark;
    QHash<QString, double> m_zeroMarkRate; ///< per table
    double m_fullWidthRate = 0.0;
    bool m_fullWidthPoint = false;
    bool m_thousands = false;
    double m_noteRate = 0.0;
    bool m_fullWidthNoteBrackets = true;
    bool m_plusSign = false;
    int m_moneyPlaces = 0; ///< decimal places money is padded to (at most the column's)
};

/// １２ for 12 (and ． for . when `point`).
QString toFullWidth(const QString& text, bool point);

} // namespace synth
} // namespace nianbao
