#include "pdf/tablestitching.h"

#include "pdf/pagelines.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

/// Boundaries this close (points) are one: the parts of a table are drawn by the same rules.
constexpr double sameBoundary = 4.0;
/// The same for tables without rules, whose boundaries follow their words' extents.
constexpr double sameUnruledBoundary = 8.0;

double boundaryTolerance(const PdfTable& a, const PdfTable& b)
{
    return a.ruled && b.ruled ? sameBoundary : sameUnruledBoundary;
}

using Range = std::pair<int, int>; ///< a cell's first column and span

std::vector<double> unitedBoundaries(const std::vector<double>& a, const std::vector<double>& b,
                                     double tolerance)
{
    std::vector<double> all = a;
    all.insert(all.end(), b.begin(), b.end());
    std::sort(all.begin(), all.end());
    std::vector<double> united;
    for (const double x : all) {
        if (united.empty() || x - united.back() > tolerance) {
            united.push_back(x);
        }
    }
    return united;
}

int nearestBoundary(const std::vector<double>& boundaries, double x)
{
    const auto nearest =
        std::min_element(boundaries.begin(), boundaries.end(),
                         [x](double a, double b) { return std::abs(a - x) < std::abs(b - x); });
    return static_cast<int>(nearest - boundaries.begin());
}

/// Moves a table's cells onto finer column boundaries.
void remapColumns(PdfTable& table, const std::vector<double>& boundaries)
{
    for (PdfTableCell& cell : table.cells) {
        const double left = table.columns[static_cast<size_t>(cell.column)];
        const double right = table.columns[static_cast<size_t>(cell.column + cell.columnSpan)];
        cell.column = nearestBoundary(boundaries, left);
        cell.columnSpan = std::max(1, nearestBoundary(boundaries, right) - cell.column);
    }
    table.columns = boundaries;
}

/// The cells anchored in a row, as (column range, row span, text), for comparing headers.
QStringList rowSignature(const PdfTable& table, int row)
{
    QStringList signature;
    for (const PdfTableCell* cell : table.rowCells(row)) {
        signature.append(QStringLiteral("%1+%2x%3:%4")
                             .arg(cell->column)
                             .arg(cell->columnSpan)
                             .arg(cell->rowSpan)
                             .arg(cell->text().remove(QLatin1Char(' '))));
    }
    return signature;
}

/// How many rows at the top of `next` repeat the top rows of `table`.
int repeatedHeaderRows(const PdfTable& table, const PdfTable& next)
{
    int rows = 0;
    const int most = std::min(table.rowCount, next.rowCount) - 1;
    while (rows < most && rowSignature(table, rows) == rowSignature(next, rows)) {
        ++rows;
    }
    return rows;
}

void dropTopRows(PdfTable& table, int rows)
{
    if (rows <= 0) {
        return;
    }
    std::erase_if(table.cells, [rows](const PdfTableCell& cell) { return cell.row < rows; });
    for (PdfTableCell& cell : table.cells) {
        cell.row -= rows;
    }
    table.rowCount -= rows;
}

/// A cell that holds a figure, perhaps with a unit or a note after it (0项, 12（其中修订5件）).
bool isFigureCell(const PdfTableCell& cell)
{
    static const QRegularExpression leadingFigure(
        QStringLiteral("^\\s*(?:[+\\-−]?[0-9０-９][0-9０-９,，.．]*\\s*(?:$|[（(件项个条万元%％])|"
                       "(?:无|[-—－/／])\\s*$)"));
    return !cell.isEmpty() && leadingFigure.match(cell.text()).hasMatch();
}

/// The cells covering a row, left to right.
std::vector<PdfTableCell*> cellsCovering(PdfTable& table, int row)
{
    std::vector<PdfTableCell*> found;
    for (PdfTableCell& cell : table.cells) {
        if (row >= cell.row && row < cell.row + cell.rowSpan) {
            found.push_back(&cell);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const PdfTableCell* a, const PdfTableCell* b) { return a->column < b->column; });
    return found;
}

/// The label cell of a row of figures: the one just left of its first figure.
const PdfTableCell* rowLabel(const std::vector<PdfTableCell*>& row)
{
    for (size_t index = 1; index < row.size(); ++index) {
        if (isFigureCell(*row[index])) {
            return isFigureCell(*row[index - 1]) ? nullptr : row[index - 1];
        }
    }
    return nullptr;
}

bool hasFigures(const std::vector<PdfTableCell*>& row)
{
    return std::any_of(row.begin(), row.end(),
                       [](const PdfTableCell* cell) { return isFigureCell(*cell); });
}

std::vector<Range> ranges(const std::vector<PdfTableCell*>& row)
{
    std::vector<Range> found;
    for (const PdfTableCell* cell : row) {
        found.emplace_back(cell->column, cell->columnSpan);
    }
    return found;
}

/// Whether the last row above the page break and the first below are one row broken by it:
/// the same cells on both parts, the figures on one part, the rest of the label on the other
/// (not a new item, which would start with its number).
bool isBrokenRow(const std::vector<PdfTableCell*>& above, const std::vector<PdfTableCell*>& below)
{
    if (ranges(above) != ranges(below) || hasFigures(above) == hasFigures(below)) {
        return false;
    }
    const std::vector<PdfTableCell*>& withFigures = hasFigures(above) ? above : below;
    const std::vector<PdfTableCell*>& without = hasFigures(above) ? below : above;
    const PdfTableCell* label = rowLabel(withFigures);
    if (!label) {
        return false;
    }
    const auto index = static_cast<size_t>(
        std::find(withFigures.begin(), withFigures.end(), label) - withFigures.begin());
    const PdfTableCell* belowPiece = below[index];
    // The figures' cells are empty on the other part (a header row over a row of figures
    // has the same cells, but its own text over the figures).
    for (size_t cell = 0; cell < withFigures.size(); ++cell) {
        if (isFigureCell(*withFigures[cell]) && !without[cell]->isEmpty()) {
            return false;
        }
    }
    return !without[index]->isEmpty() && !startsWithItemNumber(belowPiece->text());
}

void absorb(PdfTableCell& into, PdfTableCell& part, int extraRows)
{
    into.rowSpan += extraRows;
    for (CellPiece& piece : part.pieces) {
        into.pieces.push_back(std::move(piece));
    }
    part.pieces.clear();
    into.confidence = std::min(into.confidence, part.confidence);
}

} // namespace

bool startsWithItemNumber(const QString& label)
{
    static const QRegularExpression number(
        QStringLiteral("^\\s*(?:[（(]\\s*[一二三四五六七八九十0-9０-９]+\\s*[)）]|["
                       "一二三四五六七八九十]+\\s*[、.．]|"
                       "[0-9０-９]+\\s*[.．、])"));
    return number.match(label).hasMatch();
}

bool continuesTable(const PdfTable& table, const PdfTable& next)
{
    if (next.firstPage != table.lastPage + 1 || table.columnCount() <= 0 ||
        next.columnCount() <= 0) {
        return false;
    }
    const double tolerance = boundaryTolerance(table, next);
    if (table.ruled && next.ruled) {
        return std::abs(table.left() - next.left()) <= tolerance &&
               std::abs(table.right() - next.right()) <= tolerance;
    }
    // Without rules a part may lack a column's labels (the results label stays on the first
    // page): most of its boundaries are the other part's, and it ends where that one does.
    const auto matched = std::count_if(next.columns.begin(), next.columns.end(), [&](double x) {
        return std::any_of(table.columns.begin(), table.columns.end(),
                           [&](double other) { return std::abs(other - x) <= tolerance; });
    });
    return std::abs(table.right() - next.right()) <= 1.5 * tolerance &&
           3 * matched >= 2 * static_cast<qsizetype>(next.columns.size());
}

void appendContinuation(PdfTable& table, PdfTable next)
{
    const std::vector<double> boundaries =
        unitedBoundaries(table.columns, next.columns, boundaryTolerance(table, next));
    remapColumns(table, boundaries);
    remapColumns(next, boundaries);
    dropTopRows(next, repeatedHeaderRows(table, next));
    table.lastPage = next.lastPage;
    table.bottom = next.bottom;
    table.ruled = table.ruled && next.ruled;
    if (next.rowCount <= 0) {
        return;
    }

    const int lastRow = table.rowCount - 1;
    const std::vector<PdfTableCell*> above = cellsCovering(table, lastRow);
    const std::vector<PdfTableCell*> below = cellsCovering(next, 0);
    const bool brokenRow = isBrokenRow(above, below);
    const int shift = brokenRow ? lastRow : table.rowCount;
    const PdfTableCell* labelAbove = rowLabel(above);
    const PdfTableCell* labelBelow = rowLabel(below);
    // Merged cells broken by the page run down the side of rows of figures on both parts; a
    // header or a title row at either side of the break is a row of its own.
    const bool bodyOnBothParts = hasFigures(above) && hasFigures(below);
    for (PdfTableCell* part : below) {
        if (part->row != 0) {
            continue;
        }
        const auto match =
            std::find_if(above.begin(), above.end(), [part](const PdfTableCell* cell) {
                return cell->column == part->column && cell->columnSpan == part->columnSpan;
            });
        if (match == above.end()) {
            continue;
        }
        PdfTableCell& cell = **match;
        bool joined = brokenRow;
        if (!joined && bodyOnBothParts && !isFigureCell(cell) && !isFigureCell(*part) &&
            &cell != labelAbove && part != labelBelow) {
            // A merged cell broken by the page: its text on either part, or split between
            // them; a new item starts with its number.
            joined = part->isEmpty() || !startsWithItemNumber(part->text());
        }
        if (joined) {
            absorb(cell, *part, part->rowSpan - (brokenRow ? 1 : 0));
            part->rowSpan = 0; // taken
        }
    }
    std::erase_if(next.cells, [](const PdfTableCell& cell) { return cell.rowSpan == 0; });
    for (PdfTableCell& cell : next.cells) {
        cell.row += shift;
        table.cells.push_back(std::move(cell));
    }
    table.rowCount = shift + next.rowCount;
    table.sortCells();
}

} // namespace nianbao
