#include "hardrules.h"

#include "templates/reporttemplate.h"

#include <QRegularExpression>

#include <cmath>

namespace nianbao::test {

namespace {

const QStringList kApplicants = {
    QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
    QStringLiteral("social"),  QStringLiteral("legal"),      QStringLiteral("other_org"),
};
const QStringList kAppealColumns = {QStringLiteral("upheld"), QStringLiteral("corrected"),
                                    QStringLiteral("other"), QStringLiteral("pending")};
const QStringList kAppealRows = {QStringLiteral("review"), QStringLiteral("suit_direct"),
                                 QStringLiteral("suit_after_review")};
/// Rule 1's four rows; every other row of table 3 is an outcome (rule 2).
const QStringList kFlows = {QStringLiteral("new"), QStringLiteral("carried_over"),
                            QStringLiteral("results_total"), QStringLiteral("carried_forward")};

QString cellKey(const QString& table, const QString& row, const QString& column)
{
    return table + u'.' + row + u'.' + column;
}

QString domainBreach(const ReportTemplate& format, const QString& cell, double value)
{
    const CellDef* def = format.cell(cell);
    if (!def || std::isnan(value)) {
        return QStringLiteral("cell %1 unknown or missing").arg(cell);
    }
    const bool integral = value == std::floor(value);
    const double tenThousandths = value * 10000.0;
    switch (def->type) {
    case ValueType::Count:
        return integral && value >= 0
                   ? QString()
                   : QStringLiteral("rule 5, count %1 = %2").arg(cell).arg(value);
    case ValueType::Signed:
        return integral ? QString() : QStringLiteral("rule 5, signed %1 = %2").arg(cell).arg(value);
    case ValueType::Money:
        return value >= 0 && std::abs(tenThousandths - std::round(tenThousandths)) < 1e-6
                   ? QString()
                   : QStringLiteral("rule 5, money %1 = %2").arg(cell).arg(value, 0, 'f', 8);
    }
    return QString();
}

} // namespace

const QStringList kTable3Columns = kApplicants + QStringList{QStringLiteral("total")};

QStringList table3Rows(const QStringList& keys)
{
    QStringList rows;
    for (const QString& cell : keys) {
        if (cell.startsWith(u"t3.") && cell.endsWith(u".total")) {
            rows.append(cell.mid(3, cell.size() - 3 - 6));
        }
    }
    return rows;
}

QString firstBreach(const ReportTemplate& format, const QHash<QString, double>& values,
                    const QStringList& keys)
{
    const auto v = [&](const QString& cell) { return values.value(cell, std::nan("")); };
    const QStringList rows = table3Rows(keys);
    for (const QString& row : rows) {
        double sum = 0.0;
        for (const QString& column : kApplicants) {
            sum += v(cellKey(QStringLiteral("t3"), row, column));
        }
        if (sum != v(cellKey(QStringLiteral("t3"), row, QStringLiteral("total")))) {
            return QStringLiteral("rule 3, row %1").arg(row);
        }
    }
    for (const QString& column : kTable3Columns) {
        const auto cell = [&](const QString& row) {
            return v(cellKey(QStringLiteral("t3"), row, column));
        };
        if (cell(kFlows[0]) + cell(kFlows[1]) != cell(kFlows[2]) + cell(kFlows[3])) {
            return QStringLiteral("rule 1, column %1").arg(column);
        }
        double outcomes = 0.0;
        for (const QString& row : rows) {
            if (!kFlows.contains(row)) {
                outcomes += cell(row);
            }
        }
        if (outcomes != cell(kFlows[2])) {
            return QStringLiteral("rule 2, column %1").arg(column);
        }
    }
    for (const QString& row : kAppealRows) {
        double sum = 0.0;
        for (const QString& column : kAppealColumns) {
            sum += v(cellKey(QStringLiteral("t4"), row, column));
        }
        if (sum != v(cellKey(QStringLiteral("t4"), row, QStringLiteral("total")))) {
            return QStringLiteral("rule 4, row %1").arg(row);
        }
    }
    for (const QString& cell : keys) {
        if (const QString breach = domainBreach(format, cell, v(cell)); !breach.isEmpty()) {
            return breach;
        }
    }
    return QString();
}

QStringList expectedCellSet(const ReportTemplate& format, bool collapsedOther)
{
    QStringList keys;
    for (const CellDef& cell : format.cells()) {
        const QStringList parts = cell.key.split(u'.');
        const bool otherRow = parts.at(0) == u"t3" && parts.at(1) == u"other";
        // The alternative cells are exactly the other form of (六)其他处理.
        const bool printed = collapsedOther && otherRow ? cell.alternative : !cell.alternative;
        if (printed) {
            keys.append(cell.key);
        }
    }
    return keys;
}

bool isZeroMark(const QString& printed)
{
    return printed == u"无" || printed == u"-" || printed == u"—" || printed == u"/";
}

std::optional<double> readPrinted(const QString& printed)
{
    if (isZeroMark(printed)) {
        return 0.0;
    }
    QString text = printed.normalized(QString::NormalizationForm_KC);
    text.remove(u',');
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+(\\.\\d+)?"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(0).toDouble();
}

} // namespace nianbao::test
