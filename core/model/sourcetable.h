#pragma once

#include "model/cell.h"
#include "model/span.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

/// One cell of a table as its source laid it out: its slot in the table's grid, how many
/// slots it covers, and where its text sits in Document::text. A cell the source left empty
/// is still a cell (an empty span at its position): a blank *position*, not a missing figure.
struct SourceCell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    Span span; ///< code points of Document::text; empty for an empty cell
    /// How sure the source is of the cell's text: the OCR's own confidence (0–1) for a cell
    /// read from a scan, 1 where the text is the file's own.
    double confidence = 1.0;
    /// Other readings OCR offered for a figure it was unsure of, best first (value and the
    /// OCR's score, 0–1); empty for text the file holds.
    std::vector<CellCandidate> alternatives;

    friend bool operator==(const SourceCell&, const SourceCell&) = default;
};

/// A table whose cells a source keeps apart: an HTML or Word table, a Markdown pipe table, a
/// run of lines with a consistent number of tabs, or a table recovered from a PDF page's
/// geometry or a scan's ruling lines. The extractor reads the cells of such a table by
/// position; the text of the document still holds every cell's text, so spans, the label
/// chain and every text-only rule keep working.
struct SourceTable {
    /// Where the structure came from, for notices and tests: "html", "docx", "markdown",
    /// "tabs", "pdf", "ocr".
    QString origin;
    int rowCount = 0;
    int columnCount = 0;
    /// Row by row, left to right; each cell at its top-left slot.
    std::vector<SourceCell> cells;
    /// The text the table covers, from its first cell to its last.
    Span span;
    /// The page a PDF or scanned table starts on (0-based), when the source has pages.
    std::optional<int> page;

    friend bool operator==(const SourceTable&, const SourceTable&) = default;
};

} // namespace nianbao
