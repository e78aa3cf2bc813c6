#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace nianbao::exporting {

/// Appends the shortest decimal text that reads back as exactly `value`, never in exponent
/// form and without trailing noise: 1016.72, 0, -3, 0.0001. Spreadsheets and statistics
/// packages read it as the number the report printed.
void appendNumber(QByteArray& out, double value);

void appendInteger(QByteArray& out, qint64 value);

} // namespace nianbao::exporting
