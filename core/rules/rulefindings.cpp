#include "rules/rulefindings.h"

#include "rules/ruletext.h"

#include <QtGlobal>

namespace nianbao::rules::findings {

namespace {

Finding make(QString code, Severity severity, QStringList cells, const char* text,
             QList<FindingArg> args)
{
    Finding finding;
    finding.rule = std::move(code);
    finding.severity = severity;
    finding.cells = std::move(cells);
    finding.messageTemplate = QString::fromUtf8(text);
    finding.args = std::move(args);
    return finding;
}

QString unassessable(const QString& code)
{
    return code + kUnassessable;
}

FindingArg term(const LocalizedText& text)
{
    return FindingArg::localized(text);
}

FindingArg figure(double value)
{
    return FindingArg::value(formatNumber(value));
}

FindingArg plain(const QString& text)
{
    return FindingArg::value(text);
}

} // namespace

Finding sumBroken(const QString& code, Severity severity, bool uncertain,
                  const LocalizedText& instance, const LocalizedText& lhs, double lhsValue,
                  const LocalizedText& rhs, double rhsValue, QStringList cells)
{
    QList<FindingArg> args{term(instance), term(lhs), figure(lhsValue), term(rhs),
                           figure(rhsValue)};
    if (uncertain) {
        return make(code, severity == Severity::Error ? Severity::Warning : severity,
                    std::move(cells),
                    QT_TRANSLATE_NOOP("nianbao::Finding",
                                      "%1: %2 = %3 ≠ %4 = %5; some of these figures were read "
                                      "with low confidence, so check the reading first."),
                    std::move(args));
    }
    return make(code, severity, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding", "%1: %2 = %3 ≠ %4 = %5"), std::move(args));
}

Finding sumUnassessable(const QString& code, const LocalizedText& equation,
                        const LocalizedText& instances, int blankCount, QStringList cells)
{
    return make(unassessable(code), Severity::Note, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "“%1” could not be checked for %2: %3 of the cells it needs "
                                  "are blank or missing."),
                {term(equation), term(instances), plain(QString::number(blankCount))});
}

Finding previousYearMismatch(const QString& code, const LocalizedText& equation, int previousYear,
                             int expectedYear)
{
    return make(unassessable(code), Severity::Note, {},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "“%1” could not be checked: the previous report given is on "
                                  "%2, not on %3."),
                {term(equation), plain(QString::number(previousYear)),
                 plain(QString::number(expectedYear))});
}

Finding negativeCount(const QString& code, Severity severity, const LocalizedText& cell,
                      double value, const QString& key)
{
    return make(code, severity, {key},
                QT_TRANSLATE_NOOP("nianbao::Finding", "%1 is %2: a count cannot be negative."),
                {term(cell), figure(value)});
}

Finding fractionalCount(const QString& code, Severity severity, const LocalizedText& cell,
                        double value, const QString& key)
{
    return make(code, severity, {key},
                QT_TRANSLATE_NOOP("nianbao::Finding", "%1 is %2: a count is a whole number."),
                {term(cell), figure(value)});
}

Finding fractionalSigned(const QString& code, Severity severity, const LocalizedText& cell,
                         double value, const QString& key)
{
    return make(code, severity, {key},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "%1 is %2: this figure is a whole number (it may be "
                                  "negative)."),
                {term(cell), figure(value)});
}

Finding negativeAmount(const QString& code, Severity severity, const LocalizedText& cell,
                       double value, const QString& key)
{
    return make(code, severity, {key},
                QT_TRANSLATE_NOOP("nianbao::Finding", "%1 is %2: an amount cannot be negative."),
                {term(cell), figure(value)});
}

Finding tooManyDecimals(const QString& code, Severity severity, const LocalizedText& cell,
                        double value, int decimals, const QString& key)
{
    return make(
        code, severity, {key},
        QT_TRANSLATE_NOOP("nianbao::Finding",
                          "%1 is %2: this amount has at most %3 decimal places."),
        {term(cell), plain(QString::number(value, 'g', 15)), plain(QString::number(decimals))});
}

Finding notAFigure(const QString& code, Severity severity, const LocalizedText& cell,
                   const QString& key)
{
    return make(code, severity, {key},
                QT_TRANSLATE_NOOP("nianbao::Finding", "%1 does not hold a valid figure."),
                {term(cell)});
}

Finding blankCells(const QString& code, Severity severity, const LocalizedText& row,
                   const LocalizedText& columns, QStringList cells)
{
    return make(code, severity, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Row “%1” leaves %2 blank: a blank cell is not read as 0."),
                {term(row), term(columns)});
}

Finding zeroMarks(const QString& code, Severity severity, const QStringList& marks,
                  QStringList cells)
{
    QStringList quoted;
    for (const QString& mark : marks) {
        quoted.append(QStringLiteral("“%1”").arg(mark));
    }
    const QString count = QString::number(cells.size());
    return make(code, severity, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "%1 cells print %2 instead of a figure and were read as 0; "
                                  "some reports use these marks for “not applicable”."),
                {plain(count), plain(quoted.join(QStringLiteral(" ")))});
}

Finding templateYear(const QString& code, Severity severity, int year, const LocalizedText& format,
                     const LocalizedText* expected)
{
    if (expected) {
        return make(code, severity, {},
                    QT_TRANSLATE_NOOP("nianbao::Finding",
                                      "The report is on %1 but its tables have the %2, which "
                                      "does not cover that year (the %3 does); it was read "
                                      "with the format its tables have."),
                    {plain(QString::number(year)), term(format), term(*expected)});
    }
    return make(code, severity, {},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The report is on %1 but its tables have the %2, which does "
                                  "not cover that year; it was read with the format its "
                                  "tables have."),
                {plain(QString::number(year)), term(format)});
}

Finding subtotalBroken(const QString& code, Severity severity, const LocalizedText& subtotal,
                       double printed, double sum, QStringList cells)
{
    return make(code, severity, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "%1: the subtotal the report prints, %2, ≠ the sum of its "
                                  "items, %3 (the subtotal is not an official cell)."),
                {term(subtotal), figure(printed), figure(sum)});
}

Finding subtotalUnassessable(const QString& code, const LocalizedText& subtotals, int blankCount,
                             QStringList cells)
{
    return make(unassessable(code), Severity::Note, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The subtotals %1 could not be checked: %2 of their items "
                                  "are blank or missing."),
                {term(subtotals), plain(QString::number(blankCount))});
}

Finding narrativeCount(const QString& code, Severity severity, const LocalizedText& part,
                       qint64 stated, const QString& quote, const LocalizedText& cell, double value,
                       QStringList cells)
{
    return make(
        code, severity, std::move(cells),
        QT_TRANSLATE_NOOP("nianbao::Finding", "Part “%1” states %2 (“%3”), but %4 is %5."),
        {term(part), plain(QString::number(stated)), plain(quote), term(cell), figure(value)});
}

Finding narrativeCountUnassessable(const QString& code, const LocalizedText& part, qint64 stated,
                                   const QString& quote, const LocalizedText& cell,
                                   QStringList cells)
{
    return make(unassessable(code), Severity::Note, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Part “%1” states %2 (“%3”), which could not be checked: "
                                  "%4 is blank or missing."),
                {term(part), plain(QString::number(stated)), plain(quote), term(cell)});
}

Finding narrativeAbsence(const QString& code, Severity severity, const LocalizedText& part,
                         const QString& quote, const LocalizedText& cell, double value,
                         QStringList cells)
{
    return make(code, severity, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding", "Part “%1” says “%2”, but %3 is %4."),
                {term(part), plain(quote), term(cell), figure(value)});
}

Finding narrativeAbsenceUnassessable(const QString& code, const LocalizedText& part,
                                     const QString& quote, const LocalizedText& cell,
                                     QStringList cells)
{
    return make(unassessable(code), Severity::Note, std::move(cells),
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "Part “%1” says “%2”, which could not be checked: %3 is "
                                  "blank or missing."),
                {term(part), plain(quote), term(cell)});
}

Finding agencyMissing()
{
    return make(QStringLiteral("report.agency_missing"), Severity::Warning, {},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The publishing body was not found in the report: set the "
                                  "agency, so that the report can be placed among its body's "
                                  "years."),
                {});
}

Finding yearMissing()
{
    return make(QStringLiteral("report.year_missing"), Severity::Warning, {},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The year the report covers was not found: set the year, so "
                                  "that the report can be compared with its body's other "
                                  "years."),
                {});
}

Finding unknownFormat(const QString& templateId)
{
    return make(QStringLiteral("rules.unknown_format"), Severity::Warning, {},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The report's format “%1” is unknown: its figures were not "
                                  "checked."),
                {plain(templateId)});
}

Finding rulesUnusable(const QString& templateId, const QString& problem)
{
    return make(QStringLiteral("rules.unusable"), Severity::Error, {},
                QT_TRANSLATE_NOOP("nianbao::Finding",
                                  "The rules of the %1 format cannot be used, so the report "
                                  "was not checked: %2"),
                {plain(templateId), plain(problem)});
}

} // namespace nianbao::rules::findings
