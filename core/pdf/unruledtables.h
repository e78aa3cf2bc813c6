#pragma once

#include "pdf/pdftable.h"

#include <vector>

namespace nianbao {

/// The tables of a page drawn without rules (or with only a frame and a rule under the
/// header), recovered from where their words sit:
/// - a table is a run of lines with figures in columns, with the lines between and the
///   header lines above them, up to a paragraph or a part heading;
/// - its figure columns are where the figures of its lines line up, its label columns where
///   its labels start; a lone figure centred under a wide header spans all figure columns;
/// - its rows are its lines of figures; a label's lines, set close together, are one cell,
///   in the row whose figures they face, or down the side of every row they reach (a
///   group's label, 三、本年度办理结果 one character a line); a label facing no figures is a
///   row whose cells were left blank, and header lines are rows of their own.
/// Takes the words it puts in tables out of `words`. Tables top to bottom.
std::vector<PdfTable> unruledTables(int page, std::vector<PositionedWord>& words, double textWidth);

} // namespace nianbao
