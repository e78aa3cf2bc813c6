#pragma once

#include "model/sourcetable.h"

#include <QString>

#include <vector>

namespace nianbao {

/// The tables a plain text keeps as grids, in order, with spans in code points of `text`:
/// - Markdown pipe tables, as PDF and OCR converters write them: a run of lines starting with
///   "|", separator lines ("|---|:--:|") skipped, a cell per field (emphasis markers around a
///   cell's text left out of its span); rows may differ in length, and one official table
///   often comes as a table per row or per part (origin "markdown");
/// - tab-separated rows: a run of two lines or more with the same number of tabs each
///   (origin "tabs"). Text whose tab count changes from line to line (merged cells collapsed)
///   is not a grid; the extractor also checks that a tab grid's columns line up before
///   trusting it.
std::vector<SourceTable> findTextTables(const QString& text);

} // namespace nianbao
