#pragma once

#include "synth/printedtables.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao::synth {

class ReportWriter;

// What the tab-separated shapes (TabRows, Markdown) share: tables exported from Word or
// WPS, one row per line, merged cells collapsed into empty fields.

/// Table 3's three header lines (申请人情况 and 总计 on the first, 自然人 and 法人或其他组织 on the
/// second, the organisation kinds on the third), one field per column, `lead` label fields
/// in front (the first holds the note on the first line).
QList<QStringList> applicantHeader(const PrintedTables& tables, int lead);

/// Table 4's three header lines: 行政复议 over five columns and 行政诉讼 over ten, then the
/// column words and the two kinds of lawsuit, then the column words under the lawsuits.
QList<QStringList> appealHeader(const PrintedTables& tables);

/// The label fields of a table-3 row: an empty field for every enclosing group this row does
/// not open, the labels of those it opens, then its own label.
QStringList rowLabelFields(const PrintedRow& row);

/// Writes fields joined by tabs, cells recorded where a field is a cell; `pad` goes in front
/// of every printed figure (U+3000 or NBSP in Word exports).
void writeFields(ReportWriter& out, const QStringList& before, const QList<PrintedCell>& cells,
                 const QStringList& after, QStringView pad = {});

/// `fields` padded with empty fields to `width`.
QStringList padded(QStringList fields, int width);

} // namespace nianbao::synth
