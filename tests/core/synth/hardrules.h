#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {
class ReportTemplate;
}

namespace nianbao::test {

// tables.md restated for the generator's tests, independently of the generator's own code:
// if both read the rules the same wrong way, these would not notice.

/// The applicant columns of table 3 and its total, in order.
extern const QStringList kTable3Columns;

/// Every hard rule of tables.md (1–5) on a set of figures: the first breach, or empty.
QString firstBreach(const ReportTemplate& format, const QHash<QString, double>& values,
                    const QStringList& keys);

/// The cells a report prints: the template's default ones, or with (六)其他处理 in the
/// other format's form.
QStringList expectedCellSet(const ReportTemplate& format, bool collapsedOther);

/// The row keys of table 3 in a cell set ("denied.state_secret" …).
QStringList table3Rows(const QStringList& keys);

/// The value a printed cell text stands for: zero marks are 0, full-width digits and
/// thousands separators read as digits, a note or unit after the figure ignored.
std::optional<double> readPrinted(const QString& printed);

/// True for 无, -, — and /.
bool isZeroMark(const QString& printed);

} // namespace nianbao::test
