#pragma once

#include "pdf/pdftable.h"

namespace nianbao {

/// Whether `next`, the first thing on its page, carries on `table`, the last thing on the
/// page before: the same width at the same place.
bool continuesTable(const PdfTable& table, const PdfTable& next);

/// Appends the part of a table printed on the next page, as the report's author made it: one
/// table. Columns are matched by position (a part may draw boundaries the other lacks); a
/// header the part repeats is dropped; a merged cell broken by the page (a group label down
/// the side, its text on either part or split between them) is one cell again; a row broken
/// by the page (its label on both parts, its figures on one) is one row again.
void appendContinuation(PdfTable& table, PdfTable next);

/// Whether a label starts with an item number: 一、 （二） (3) 4. — the start of a new item,
/// never the rest of a label broken by a page.
bool startsWithItemNumber(const QString& label);

} // namespace nianbao
