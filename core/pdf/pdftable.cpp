#include "pdf/pdftable.h"

#include "pdf/pagelines.h"

#include <QRegularExpression>

#include <algorithm>

namespace nianbao {

QString PdfTableCell::text() const
{
    QString text;
    for (const CellPiece& piece : pieces) {
        text = joinWords(text, piece.text, true);
    }
    return text;
}

bool PdfTableCell::isEmpty() const
{
    return std::all_of(pieces.begin(), pieces.end(),
                       [](const CellPiece& piece) { return piece.text.trimmed().isEmpty(); });
}

std::vector<const PdfTableCell*> PdfTable::rowCells(int row) const
{
    std::vector<const PdfTableCell*> found;
    for (const PdfTableCell& cell : cells) {
        if (cell.row == row) {
            found.push_back(&cell);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const PdfTableCell* a, const PdfTableCell* b) { return a->column < b->column; });
    return found;
}

int PdfTable::cellCovering(int row, int column) const
{
    for (size_t index = 0; index < cells.size(); ++index) {
        const PdfTableCell& cell = cells[index];
        if (row >= cell.row && row < cell.row + cell.rowSpan && column >= cell.column &&
            column < cell.column + cell.columnSpan) {
            return static_cast<int>(index);
        }
    }
    return -1;
}

void PdfTable::sortCells()
{
    std::stable_sort(cells.begin(), cells.end(), [](const PdfTableCell& a, const PdfTableCell& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
}

CellPiece cellPiece(int page, std::vector<PositionedWord> words)
{
    CellPiece piece{page, QString(), QRectF()};
    std::erase_if(words, [](const PositionedWord& word) { return word.text.trimmed().isEmpty(); });
    for (const layout::Line& line : layout::buildLines(std::move(words))) {
        QString lineText;
        const PositionedWord* previous = nullptr;
        for (const PositionedWord& word : line.words) {
            // Words of a line: a space where the source put one or left a visible gap.
            const bool space =
                previous && (previous->spaceAfter ||
                             word.box.left() - previous->box.right() > 0.25 * line.height());
            lineText = joinWords(lineText, word.text, space);
            piece.box = piece.box.isNull() ? word.box : piece.box.united(word.box);
            previous = &word;
        }
        // Lines of a cell: a label wrapped in its cell reads on, Chinese without a space; a
        // figure too wide for its column wraps too, and reads on without one.
        static const QRegularExpression figureEnd(QStringLiteral("[0-9０-９,，.．]$"));
        static const QRegularExpression figureStart(QStringLiteral("^[0-9０-９,，.．]"));
        const bool wrappedFigure =
            figureEnd.match(piece.text).hasMatch() && figureStart.match(lineText).hasMatch();
        piece.text = joinWords(piece.text, lineText, !wrappedFigure);
    }
    return piece;
}

} // namespace nianbao
