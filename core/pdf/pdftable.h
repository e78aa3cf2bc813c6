#pragma once

#include "model/cell.h"
#include "pdf/pagelayout.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace nianbao {

/// The text of a cell on one page. A cell split by a page break has a piece on each page.
struct CellPiece {
    int page = 0;
    QString text;
    QRectF box; ///< the words' box, in points
};

/// A cell of a table read from a PDF page or a scan, at its slot in the table's grid.
struct PdfTableCell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    std::vector<CellPiece> pieces; ///< none for an empty cell
    /// How sure the reading of the text is: 1 for a text layer, the OCR's confidence for a scan.
    double confidence = 1.0;
    /// Other readings the OCR offered for a figure it was unsure of, best first.
    std::vector<CellCandidate> alternatives;

    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isEmpty() const;
};

/// A table of a PDF (or scanned) document: its column boundaries, its rows, and its cells
/// row by row, left to right. A table continued over pages is one table.
struct PdfTable {
    QString origin = QStringLiteral("pdf"); ///< "pdf" or "ocr"
    /// Drawn with rules; otherwise found from where its words sit (its boundaries are then
    /// only as exact as its words' extents).
    bool ruled = true;
    std::vector<double> columns; ///< x of the column boundaries, in points
    int rowCount = 0;
    std::vector<PdfTableCell> cells;
    int firstPage = 0;
    int lastPage = 0;
    double top = 0;    ///< on the first page, in points
    double bottom = 0; ///< on the last page

    [[nodiscard]] int columnCount() const { return static_cast<int>(columns.size()) - 1; }
    [[nodiscard]] double left() const { return columns.empty() ? 0 : columns.front(); }
    [[nodiscard]] double right() const { return columns.empty() ? 0 : columns.back(); }
    /// The cells whose top-left slot is in `row`, left to right.
    [[nodiscard]] std::vector<const PdfTableCell*> rowCells(int row) const;
    /// Index in `cells` of the cell covering a slot, or -1.
    [[nodiscard]] int cellCovering(int row, int column) const;
    /// Orders the cells row by row, left to right.
    void sortCells();
};

/// A cell's words as the text they read: lines top to bottom (a label wrapped in its cell,
/// or written one character a line down a narrow cell), words left to right; and their box.
CellPiece cellPiece(int page, std::vector<PositionedWord> words);

} // namespace nianbao
