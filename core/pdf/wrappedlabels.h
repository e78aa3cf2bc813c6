#pragma once

#include "pdf/pagelines.h"

#include <vector>

namespace nianbao::layout {

/// Joins the lines of wrapped table labels to the row they label. A label wrapped over three
/// or more lines, beside figures centred on it, leaves lines above and below the figures
/// that overlap no other line: rows of one cell and no figure. Each such line joins the row
/// above or below whose cell it continues (it lies within that cell's column), choosing, for
/// each column, the split that keeps every label centred on its row's figures the best, as
/// the form centres them. Lines that continue no cell (headings, paragraphs, a group label in
/// a column of its own) stay rows of their own.
std::vector<Row> joinWrappedLabels(std::vector<Row> rows);

} // namespace nianbao::layout
