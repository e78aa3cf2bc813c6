#include "pdf/ruledtable.h"

#include <algorithm>
#include <numeric>

namespace nianbao {

namespace {

/// A boundary counts as drawn along a slot when rules cover this share of the slot's side:
/// rules end a little short of the lines they meet, and a scan loses pieces of them.
constexpr double drawnShare = 0.5;
/// Grid lines closer than this (points) are one line: a double border, or the borders of
/// neighbouring cells drawn a fraction of a point apart.
constexpr double mergeDistance = 3.0;

class UnionFind {
public:
    explicit UnionFind(size_t size)
        : m_parent(size)
    {
        std::iota(m_parent.begin(), m_parent.end(), size_t{0});
    }
    size_t root(size_t index)
    {
        while (m_parent[index] != index) {
            m_parent[index] = m_parent[m_parent[index]];
            index = m_parent[index];
        }
        return index;
    }
    void join(size_t a, size_t b) { m_parent[root(a)] = root(b); }

private:
    std::vector<size_t> m_parent;
};

/// Grid line positions: the rules' positions, those close together merged (weighted by
/// length).
std::vector<double> linePositions(const std::vector<const Rule*>& rules)
{
    std::vector<const Rule*> sorted = rules;
    std::sort(sorted.begin(), sorted.end(),
              [](const Rule* a, const Rule* b) { return a->position < b->position; });
    std::vector<double> positions;
    double weighted = 0;
    double weight = 0;
    double last = 0;
    for (const Rule* rule : sorted) {
        if (weight > 0 && rule->position - last > mergeDistance) {
            positions.push_back(weighted / weight);
            weighted = 0;
            weight = 0;
        }
        weighted += rule->position * rule->length();
        weight += rule->length();
        last = rule->position;
    }
    if (weight > 0) {
        positions.push_back(weighted / weight);
    }
    return positions;
}

/// Closes a side drawn without a border: where the rules crossing it end.
void closeSides(std::vector<double>& positions, double first, double last)
{
    if (positions.empty() || first < positions.front() - mergeDistance) {
        positions.insert(positions.begin(), first);
    }
    if (last > positions.back() + mergeDistance) {
        positions.push_back(last);
    }
}

/// The share of [from, to] that rules at `position` cover.
double coverage(const std::vector<const Rule*>& rules, double position, double from, double to,
                double tolerance)
{
    std::vector<std::pair<double, double>> pieces;
    for (const Rule* rule : rules) {
        if (std::abs(rule->position - position) <= mergeDistance + tolerance) {
            const double start = std::max(from, rule->from - tolerance);
            const double end = std::min(to, rule->to + tolerance);
            if (end > start) {
                pieces.emplace_back(start, end);
            }
        }
    }
    std::sort(pieces.begin(), pieces.end());
    double covered = 0;
    double reached = from;
    for (const auto& [start, end] : pieces) {
        if (end > reached) {
            covered += end - std::max(start, reached);
            reached = end;
        }
    }
    return to > from ? covered / (to - from) : 0;
}

RuledTable tableOf(const std::vector<const Rule*>& horizontal,
                   const std::vector<const Rule*>& vertical, double tolerance)
{
    RuledTable table;
    table.columns = linePositions(vertical);
    table.rows = linePositions(horizontal);
    const auto byFrom = [](const Rule* a, const Rule* b) { return a->from < b->from; };
    const auto byTo = [](const Rule* a, const Rule* b) { return a->to < b->to; };
    closeSides(table.columns,
               (*std::min_element(horizontal.begin(), horizontal.end(), byFrom))->from,
               (*std::max_element(horizontal.begin(), horizontal.end(), byTo))->to);
    closeSides(table.rows, (*std::min_element(vertical.begin(), vertical.end(), byFrom))->from,
               (*std::max_element(vertical.begin(), vertical.end(), byTo))->to);
    const int rows = table.rowCount();
    const int columns = table.columnCount();
    if (rows < 1 || columns < 1) {
        return {};
    }
    const auto slot = [columns](int row, int column) {
        return static_cast<size_t>(row) * static_cast<size_t>(columns) +
               static_cast<size_t>(column);
    };
    UnionFind merged(static_cast<size_t>(rows) * static_cast<size_t>(columns));
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const double top = table.rows[static_cast<size_t>(row)];
            const double bottom = table.rows[static_cast<size_t>(row) + 1];
            const double left = table.columns[static_cast<size_t>(column)];
            const double right = table.columns[static_cast<size_t>(column) + 1];
            if (column + 1 < columns &&
                coverage(vertical, right, top, bottom, tolerance) < drawnShare) {
                merged.join(slot(row, column), slot(row, column + 1));
            }
            if (row + 1 < rows &&
                coverage(horizontal, bottom, left, right, tolerance) < drawnShare) {
                merged.join(slot(row, column), slot(row + 1, column));
            }
        }
    }
    // Each group of joined slots is a cell over the slots it reaches.
    std::vector<int> cellOfRoot(static_cast<size_t>(rows) * static_cast<size_t>(columns), -1);
    table.owner.assign(cellOfRoot.size(), -1);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const size_t root = merged.root(slot(row, column));
            int& index = cellOfRoot[root];
            if (index < 0) {
                index = static_cast<int>(table.cells.size());
                table.cells.push_back(GridCell{row, column, 1, 1, {}});
            }
            GridCell& cell = table.cells[static_cast<size_t>(index)];
            cell.rowSpan = std::max(cell.rowSpan, row - cell.row + 1);
            cell.columnSpan = std::max(cell.columnSpan, column - cell.column + 1);
            table.owner[slot(row, column)] = index;
        }
    }
    for (GridCell& cell : table.cells) {
        const auto row = static_cast<size_t>(cell.row);
        const auto column = static_cast<size_t>(cell.column);
        cell.box = QRectF(QPointF(table.columns[column], table.rows[row]),
                          QPointF(table.columns[column + static_cast<size_t>(cell.columnSpan)],
                                  table.rows[row + static_cast<size_t>(cell.rowSpan)]));
    }
    return table;
}

} // namespace

QRectF RuledTable::frame() const
{
    if (columns.size() < 2 || rows.size() < 2) {
        return {};
    }
    return QRectF(QPointF(columns.front(), rows.front()), QPointF(columns.back(), rows.back()));
}

int RuledTable::cellAt(QPointF point) const
{
    const auto column =
        std::upper_bound(columns.begin(), columns.end(), point.x()) - columns.begin() - 1;
    const auto row = std::upper_bound(rows.begin(), rows.end(), point.y()) - rows.begin() - 1;
    if (column < 0 || row < 0 || column >= columnCount() || row >= rowCount()) {
        return -1;
    }
    return owner[static_cast<size_t>(row) * static_cast<size_t>(columnCount()) +
                 static_cast<size_t>(column)];
}

std::vector<RuledTable> findRuledTables(const PageRules& rules, double tolerance)
{
    const size_t horizontalCount = rules.horizontal.size();
    const size_t total = horizontalCount + rules.vertical.size();
    UnionFind groups(total);
    for (size_t h = 0; h < horizontalCount; ++h) {
        for (size_t v = 0; v < rules.vertical.size(); ++v) {
            if (meet(rules.horizontal[h], rules.vertical[v], tolerance)) {
                groups.join(h, horizontalCount + v);
            }
        }
    }
    std::vector<std::vector<const Rule*>> horizontal(total);
    std::vector<std::vector<const Rule*>> vertical(total);
    for (size_t index = 0; index < total; ++index) {
        const size_t root = groups.root(index);
        if (index < horizontalCount) {
            horizontal[root].push_back(&rules.horizontal[index]);
        } else {
            vertical[root].push_back(&rules.vertical[index - horizontalCount]);
        }
    }
    std::vector<RuledTable> tables;
    for (size_t root = 0; root < total; ++root) {
        if (horizontal[root].size() >= 2 && vertical[root].size() >= 2) {
            RuledTable table = tableOf(horizontal[root], vertical[root], tolerance);
            if (!table.cells.empty()) {
                tables.push_back(std::move(table));
            }
        }
    }
    std::sort(tables.begin(), tables.end(), [](const RuledTable& a, const RuledTable& b) {
        return a.rows.front() < b.rows.front();
    });
    return tables;
}

} // namespace nianbao
