#pragma once

#include "common/localizedtext.h"
#include "model/finding.h"

#include <QStringList>

namespace nianbao::rules {

/// The findings validation raises. Each message is an English source text marked for
/// translation in context "nianbao::Finding"; row, column and side names are terms from the
/// format data, figures are plain values, so a stored finding renders in either language.
namespace findings {

/// The suffix of the rule code of a rule that could not be evaluated.
inline constexpr QLatin1String kUnassessable{".unassessable"};

/// A broken sum. When `uncertain` (a cell read with low confidence), an error becomes a
/// warning that says the reading may be at fault.
Finding sumBroken(const QString& code, Severity severity, bool uncertain,
                  const LocalizedText& instance, const LocalizedText& lhs, double lhsValue,
                  const LocalizedText& rhs, double rhsValue, QStringList cells);
Finding sumUnassessable(const QString& code, const LocalizedText& equation,
                        const LocalizedText& instances, int blankCount, QStringList cells);
Finding previousYearMismatch(const QString& code, const LocalizedText& equation, int previousYear,
                             int expectedYear);

Finding negativeCount(const QString& code, Severity severity, const LocalizedText& cell,
                      double value, const QString& key);
Finding fractionalCount(const QString& code, Severity severity, const LocalizedText& cell,
                        double value, const QString& key);
Finding fractionalSigned(const QString& code, Severity severity, const LocalizedText& cell,
                         double value, const QString& key);
Finding negativeAmount(const QString& code, Severity severity, const LocalizedText& cell,
                       double value, const QString& key);
Finding tooManyDecimals(const QString& code, Severity severity, const LocalizedText& cell,
                        double value, int decimals, const QString& key);
Finding notAFigure(const QString& code, Severity severity, const LocalizedText& cell,
                   const QString& key);

Finding blankCells(const QString& code, Severity severity, const LocalizedText& row,
                   const LocalizedText& columns, QStringList cells);
Finding zeroMarks(const QString& code, Severity severity, const QStringList& marks,
                  QStringList cells);
Finding templateYear(const QString& code, Severity severity, int year, const LocalizedText& format,
                     const LocalizedText* expected);

Finding subtotalBroken(const QString& code, Severity severity, const LocalizedText& subtotal,
                       double printed, double sum, QStringList cells);
Finding subtotalUnassessable(const QString& code, const LocalizedText& subtotals, int blankCount,
                             QStringList cells);

Finding narrativeCount(const QString& code, Severity severity, const LocalizedText& part,
                       qint64 stated, const QString& quote, const LocalizedText& cell, double value,
                       QStringList cells);
Finding narrativeCountUnassessable(const QString& code, const LocalizedText& part, qint64 stated,
                                   const QString& quote, const LocalizedText& cell,
                                   QStringList cells);
Finding narrativeAbsence(const QString& code, Severity severity, const LocalizedText& part,
                         const QString& quote, const LocalizedText& cell, double value,
                         QStringList cells);
Finding narrativeAbsenceUnassessable(const QString& code, const LocalizedText& part,
                                     const QString& quote, const LocalizedText& cell,
                                     QStringList cells);

/// "report.agency_missing", "report.year_missing" (warnings): the report does not say who
/// published it or for which year, so no cross-year check or chart can place it until a
/// reviewer sets it (identityFindings).
Finding agencyMissing();
Finding yearMissing();

Finding unknownFormat(const QString& templateId);
Finding rulesUnusable(const QString& templateId, const QString& problem);

} // namespace findings
} // namespace nianbao::rules
