#include "extract/gridlabels.h"

#include <algorithm>

namespace nianbao::extract {

namespace {

/// A word cell's text in the text the chain searches.
struct Piece {
    qsizetype start = 0; ///< in the searched text
    qsizetype end = 0;
    int row = 0;
    int cell = 0;
    qsizetype source = 0; ///< normalised offset of the cell's text
};

const Piece* pieceAt(const std::vector<Piece>& pieces, qsizetype offset)
{
    // The piece holding the offset, or the next one when the offset falls between pieces.
    const auto it = std::lower_bound(pieces.begin(), pieces.end(), offset,
                                     [](const Piece& p, qsizetype at) { return p.end <= at; });
    return it == pieces.end() ? nullptr : &*it;
}

} // namespace

std::vector<GridLabel> findGridLabels(const QString& text, const std::vector<const GridRow*>& rows,
                                      const std::vector<LabelElement>& elements)
{
    // The word cells one after another: tabs between cells, a line per row, as a table's
    // text reads; every piece remembers where it came from.
    QString searched;
    std::vector<Piece> pieces;
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        bool first = true;
        for (int c = 0; c < static_cast<int>(rows[r]->cells.size()); ++c) {
            const GridCell& cell = rows[r]->cells[static_cast<std::size_t>(c)];
            if (!cell.isText()) {
                continue;
            }
            if (!first) {
                searched += QLatin1Char('\t');
            }
            first = false;
            Piece piece;
            piece.start = searched.size();
            searched += QStringView(text).mid(cell.start, cell.end - cell.start);
            piece.end = searched.size();
            piece.row = r;
            piece.cell = c;
            piece.source = cell.start;
            pieces.push_back(piece);
        }
        searched += QLatin1Char('\n');
    }
    std::vector<GridLabel> labels;
    if (pieces.empty()) {
        return labels;
    }
    for (const FoundLabel& found : findLabelChain(searched, 0, searched.size(), elements)) {
        const Piece* first = pieceAt(pieces, found.start);
        const Piece* last = pieceAt(pieces, std::max(found.start, found.end - 1));
        if (!first || !last) {
            continue;
        }
        GridLabel label;
        label.element = found.element;
        label.alias = found.alias;
        label.distance = found.distance;
        label.firstRow = first->row;
        label.firstCell = first->cell;
        label.lastRow = last->row;
        label.lastCell = last->cell;
        label.start = first->source + std::max<qsizetype>(0, found.start - first->start);
        label.end = last->source +
                    std::clamp<qsizetype>(found.end - last->start, 0, last->end - last->start);
        labels.push_back(label);
    }
    return labels;
}

} // namespace nianbao::extract
