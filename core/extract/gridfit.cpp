#include "extract/gridfit.h"

#include <bit>
#include <cmath>
#include <optional>

namespace nianbao::extract {

namespace {

/// Placements tried at most for one row: 2^20 masks cover any row of the official tables
/// (15 cells in table 4); longer rows are set in order and flagged.
constexpr int kMaxEnumerated = 20;

/// What a cell contributes to a sum: a figure, or nothing known.
std::optional<double> valueOf(const GridCell* cell)
{
    if (!cell || !cell->isValue()) {
        return std::nullopt;
    }
    return cell->figure.kind == GridFigure::Kind::ZeroMark ? 0.0 : cell->figure.value;
}

/// Whether two cells read the same: the same value (a zero mark reads 0), or both nothing.
bool sameReading(const GridCell* a, const GridCell* b)
{
    if (a == b) {
        return true;
    }
    const std::optional<double> aValue = valueOf(a);
    const std::optional<double> bValue = valueOf(b);
    if (aValue || bValue) {
        return aValue == bValue;
    }
    // Neither is a figure: both blank, or words (read as nothing either way, but words are
    // reported where they stand).
    const bool aBlank = !a || a->isEmpty();
    const bool bBlank = !b || b->isEmpty();
    return aBlank == bBlank;
}

bool sumsHold(const std::vector<const GridCell*>& cells, const std::vector<PositionSum>& sums)
{
    for (const PositionSum& sum : sums) {
        const std::optional<double> total = valueOf(cells[static_cast<std::size_t>(sum.lhs)]);
        double parts = 0;
        bool complete = total.has_value();
        for (const int r : sum.rhs) {
            const std::optional<double> part = valueOf(cells[static_cast<std::size_t>(r)]);
            complete = complete && part.has_value();
            parts += part.value_or(0);
        }
        if (complete && std::abs(*total - parts) > 1e-6) {
            return false;
        }
    }
    return true;
}

/// Marks the columns where any of `readings` disagrees with the first.
void markDisagreements(FittedRow& row, const std::vector<std::vector<const GridCell*>>& readings)
{
    row.cells = readings.front();
    for (const auto& reading : readings) {
        for (std::size_t j = 0; j < reading.size(); ++j) {
            if (!sameReading(reading[j], row.cells[j])) {
                row.uncertain[j] = true;
            }
        }
    }
}

/// Drops empty cells at the ends of an overlong row; false when that cannot make it fit.
bool trimEnds(FittedRow& row, const std::vector<const GridCell*>& offered, int width,
              const std::vector<int>* reference)
{
    const int n = static_cast<int>(offered.size());
    const int excess = n - width;
    int leading = 0;
    while (leading < n && offered[static_cast<std::size_t>(leading)]->isEmpty()) {
        ++leading;
    }
    int trailing = 0;
    while (trailing < n && !offered[static_cast<std::size_t>(n - 1 - trailing)]->isValue()) {
        ++trailing;
    }
    const int first = std::max(0, excess - trailing);
    const int last = std::min(leading, excess);
    if (first > last) {
        return false;
    }
    std::vector<std::vector<const GridCell*>> windows;
    for (int drop = last; drop >= first; --drop) {
        windows.emplace_back(offered.begin() + drop, offered.begin() + drop + width);
    }
    if (reference && static_cast<int>(reference->size()) == width) {
        for (const auto& window : windows) {
            bool onSlots = true;
            for (int j = 0; j < width && onSlots; ++j) {
                onSlots = window[static_cast<std::size_t>(j)]->column ==
                          (*reference)[static_cast<std::size_t>(j)];
            }
            if (onSlots) {
                row.cells = window;
                return true;
            }
        }
    }
    markDisagreements(row, windows);
    return true;
}

/// Sets a short or overlong row by the slots of a complete row; false when its cells do not
/// sit on them.
bool setBySlots(FittedRow& row, const std::vector<const GridCell*>& offered,
                const std::vector<int>& reference)
{
    std::vector<const GridCell*> cells(reference.size(), nullptr);
    std::size_t next = 0;
    for (const GridCell* cell : offered) {
        std::size_t j = next;
        while (j < reference.size() &&
               !(reference[j] >= cell->column && reference[j] < cell->column + cell->columnSpan)) {
            ++j;
        }
        if (j == reference.size()) {
            if (!cell->isEmpty()) {
                return false; // a figure off the table's columns
            }
            continue;
        }
        cells[j] = cell;
        next = j + 1;
    }
    row.cells = cells;
    return true;
}

/// Tries every order-keeping placement of the offered cells on the columns; keeps those the
/// row's sums allow (all of them when none does).
void enumeratePlacements(FittedRow& row, const std::vector<const GridCell*>& offered, int width,
                         const std::vector<PositionSum>& sums)
{
    const int n = static_cast<int>(offered.size());
    const int slotColumns = std::max(n, width); // the mask chooses which of these are used
    if (slotColumns > kMaxEnumerated) {
        for (int j = 0; j < width; ++j) {
            row.cells[static_cast<std::size_t>(j)] =
                j < n ? offered[static_cast<std::size_t>(j)] : nullptr;
            row.uncertain[static_cast<std::size_t>(j)] = true;
        }
        return;
    }
    const int chosen = std::min(n, width);
    std::vector<std::vector<const GridCell*>> all;
    std::vector<std::vector<const GridCell*>> consistent;
    for (quint32 mask = 0; mask < (1u << slotColumns); ++mask) {
        if (std::popcount(mask) != chosen) {
            continue;
        }
        std::vector<const GridCell*> cells(static_cast<std::size_t>(width), nullptr);
        if (n < width) { // the mask says which columns get the cells
            int next = 0;
            for (int j = 0; j < width; ++j) {
                if (mask & (1u << j)) {
                    cells[static_cast<std::size_t>(j)] = offered[static_cast<std::size_t>(next++)];
                }
            }
        } else { // the mask says which cells are kept
            int next = 0;
            for (int i = 0; i < n; ++i) {
                if (mask & (1u << i)) {
                    cells[static_cast<std::size_t>(next++)] = offered[static_cast<std::size_t>(i)];
                }
            }
        }
        if (sumsHold(cells, sums)) {
            consistent.push_back(cells);
        }
        all.push_back(std::move(cells));
    }
    markDisagreements(row, consistent.empty() ? all : consistent);
}

} // namespace

FittedRow fitRow(const std::vector<const GridCell*>& offered, int width,
                 const std::vector<int>* referenceColumns, const std::vector<PositionSum>& sums)
{
    FittedRow row;
    row.offered = static_cast<int>(offered.size());
    row.cells.assign(static_cast<std::size_t>(width), nullptr);
    row.uncertain.assign(static_cast<std::size_t>(width), false);
    const int n = row.offered;
    if (n == width) {
        row.cells = offered;
        return row;
    }
    if (n > width && trimEnds(row, offered, width, referenceColumns)) {
        return row;
    }
    const bool referenceFits = referenceColumns &&
                               static_cast<int>(referenceColumns->size()) == width &&
                               setBySlots(row, offered, *referenceColumns);
    row.shorter = n < width;
    row.longer = n > width;
    if (!referenceFits) {
        enumeratePlacements(row, offered, width, sums);
    }
    return row;
}

std::vector<int> columnSlots(const FittedRow& row)
{
    std::vector<int> slotColumns;
    for (const GridCell* cell : row.cells) {
        slotColumns.push_back(cell ? cell->column : -1);
    }
    return slotColumns;
}

} // namespace nianbao::extract
