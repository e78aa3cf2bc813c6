#include "pdf/wrappedlabels.h"

#include <QList>

#include <algorithm>
#include <numeric>

namespace nianbao::layout {

namespace {

/// Lines of one label sit at most this many ems apart, and as close to their row.
constexpr double maxGapEms = 1.6;
/// A continuation line may reach this many ems past the cell it continues.
constexpr double fitToleranceEms = 1.0;

/// A row with figures: the row a wrapped label's lines may belong to.
struct Anchor {
    LaidOutRow cells;
    double figureCentre = 0;
    double em = 0;
    double top = 0;
    double bottom = 0;
};

Anchor anchorOf(const Row& row)
{
    Anchor anchor{cellsOf(row), 0, emSize(row), row.top, row.bottom};
    QRectF figures;
    for (const LaidOutCell& cell : anchor.cells) {
        if (isFigure(cell.text)) {
            figures = figures.isNull() ? cell.box : figures.united(cell.box);
        }
    }
    anchor.figureCentre = figures.center().y();
    return anchor;
}

bool hasFigure(const Row& row)
{
    const LaidOutRow cells = cellsOf(row);
    return std::any_of(cells.begin(), cells.end(),
                       [](const LaidOutCell& cell) { return isFigure(cell.text); });
}

/// One cell of a row without figures: perhaps a line of a label wrapped beside a row above
/// or below.
struct Fragment {
    Row words;
    QRectF box;
    int source = 0;  ///< the row it came from
    int target = -1; ///< the row it joins, or -1 to stay
};

/// Whether a row without figures heads the figures of an anchor next to it: one of its
/// cells stands over or under a figure column (the column labels of table 2, a block title
/// across the table). Such a row is a row of its own, not lines of a wrapped label.
bool headsFigures(const LaidOutRow& cells, const Anchor* anchor)
{
    if (!anchor) {
        return false;
    }
    return std::any_of(cells.begin(), cells.end(), [anchor](const LaidOutCell& cell) {
        return std::any_of(anchor->cells.begin(), anchor->cells.end(),
                           [&cell](const LaidOutCell& other) {
                               return isFigure(other.text) && cell.box.left() < other.box.right() &&
                                      other.box.left() < cell.box.right();
                           });
    });
}

/// The label cell of an anchor that a fragment continues: the one whose column holds it.
int continuedCell(const Anchor& anchor, const QRectF& fragment)
{
    const double tolerance = fitToleranceEms * anchor.em;
    for (size_t index = 0; index < anchor.cells.size(); ++index) {
        const LaidOutCell& cell = anchor.cells[index];
        if (!isFigure(cell.text) && fragment.left() >= cell.box.left() - tolerance &&
            fragment.right() <= cell.box.right() + tolerance) {
            return static_cast<int>(index);
        }
    }
    return -1;
}

/// How much further off its row's figures a label sits once stretched over [top, bottom].
double centringCost(const Anchor& anchor, int cell, double top, double bottom)
{
    const QRectF& box = anchor.cells[static_cast<size_t>(cell)].box;
    const double before = std::abs(box.center().y() - anchor.figureCentre);
    const double after = std::abs((std::min(box.top(), top) + std::max(box.bottom(), bottom)) / 2 -
                                  anchor.figureCentre);
    return after - before;
}

/// The fragments between two anchors, grouped by the column they lie in, top to bottom.
std::vector<std::vector<Fragment*>> columnsOf(std::vector<Fragment*>& fragments)
{
    std::vector<int> parent(fragments.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int index) {
        while (parent[static_cast<size_t>(index)] != index) {
            index = parent[static_cast<size_t>(index)];
        }
        return index;
    };
    for (size_t a = 0; a < fragments.size(); ++a) {
        for (size_t b = a + 1; b < fragments.size(); ++b) {
            const QRectF& first = fragments[a]->box;
            const QRectF& second = fragments[b]->box;
            if (first.left() < second.right() && second.left() < first.right()) {
                parent[static_cast<size_t>(root(static_cast<int>(b)))] = root(static_cast<int>(a));
            }
        }
    }
    std::vector<std::vector<Fragment*>> columns;
    std::vector<int> columnOfRoot(fragments.size(), -1);
    for (size_t index = 0; index < fragments.size(); ++index) {
        int& column = columnOfRoot[static_cast<size_t>(root(static_cast<int>(index)))];
        if (column < 0) {
            column = static_cast<int>(columns.size());
            columns.emplace_back();
        }
        columns[static_cast<size_t>(column)].push_back(fragments[index]);
    }
    for (std::vector<Fragment*>& column : columns) {
        std::sort(column.begin(), column.end(),
                  [](const Fragment* a, const Fragment* b) { return a->box.top() < b->box.top(); });
    }
    return columns;
}

/// Decides, for one column of fragments between the anchor rows `up` and `down` (-1 where
/// there is none), which join the row above, which the row below, and which stay.
void resolveColumn(const std::vector<Fragment*>& column, const Anchor* up, int upRow,
                   const Anchor* down, int downRow)
{
    const auto count = static_cast<int>(column.size());
    QList<int> upCell(count, -1);
    QList<int> downCell(count, -1);
    // Reached through the column's lines, each close to the next.
    bool reachable = up != nullptr;
    for (int q = 0; q < count && reachable; ++q) {
        const double gap = q == 0 ? column[0]->box.top() - up->bottom
                                  : column[q]->box.top() - column[q - 1]->box.bottom();
        reachable = gap <= maxGapEms * up->em;
        if (reachable) {
            upCell[q] = continuedCell(*up, column[q]->box);
        }
    }
    reachable = down != nullptr;
    for (int q = count - 1; q >= 0 && reachable; --q) {
        const double gap = q == count - 1 ? down->top - column[q]->box.bottom()
                                          : column[q + 1]->box.top() - column[q]->box.bottom();
        reachable = gap <= maxGapEms * down->em;
        if (reachable) {
            downCell[q] = continuedCell(*down, column[q]->box);
        }
    }
    // The split: fragments before it join the row above, the others the row below.
    int best = -1;
    double bestCost = 0;
    for (int split = 0; split <= count; ++split) {
        const bool possible =
            std::all_of(upCell.begin(), upCell.begin() + split, [](int c) { return c >= 0; }) &&
            std::all_of(downCell.begin() + split, downCell.end(), [](int c) { return c >= 0; });
        if (!possible) {
            continue;
        }
        double cost = 0;
        if (split > 0) {
            cost += centringCost(*up, upCell[0], column.front()->box.top(),
                                 column[split - 1]->box.bottom());
        }
        if (split < count) {
            cost += centringCost(*down, downCell[split], column[split]->box.top(),
                                 column.back()->box.bottom());
        }
        // On a tie the row above takes the lines: labels set at the top of their cell run
        // downwards.
        if (best < 0 || cost <= bestCost) {
            best = split;
            bestCost = cost;
        }
    }
    if (best >= 0) {
        for (int q = 0; q < count; ++q) {
            column[q]->target = q < best ? upRow : downRow;
        }
        return;
    }
    // No split fits every fragment: those next to a row they continue join it.
    for (int q = 0; q < count && upCell[q] >= 0; ++q) {
        column[q]->target = upRow;
    }
    for (int q = count - 1; q >= 0 && downCell[q] >= 0 && column[q]->target < 0; --q) {
        column[q]->target = downRow;
    }
}

} // namespace

std::vector<Row> joinWrappedLabels(std::vector<Row> rows)
{
    const auto count = static_cast<int>(rows.size());
    std::vector<bool> anchored(rows.size());
    std::vector<Anchor> anchors(rows.size());
    for (int row = 0; row < count; ++row) {
        anchored[static_cast<size_t>(row)] = hasFigure(rows[static_cast<size_t>(row)]);
        if (anchored[static_cast<size_t>(row)]) {
            anchors[static_cast<size_t>(row)] = anchorOf(rows[static_cast<size_t>(row)]);
        }
    }
    const auto anchorAt = [&](int row) -> const Anchor* {
        return row >= 0 && row < count && anchored[static_cast<size_t>(row)]
                   ? &anchors[static_cast<size_t>(row)]
                   : nullptr;
    };
    std::vector<Fragment> fragments;
    std::vector<Row> remaining(rows.size());
    for (int row = 0; row < count; ++row) {
        if (anchored[static_cast<size_t>(row)]) {
            continue;
        }
        const LaidOutRow cells = cellsOf(rows[static_cast<size_t>(row)]);
        if (headsFigures(cells, anchorAt(row - 1)) || headsFigures(cells, anchorAt(row + 1))) {
            remaining[static_cast<size_t>(row)] = std::move(rows[static_cast<size_t>(row)]);
            continue;
        }
        for (Row& cell : cellRows(rows[static_cast<size_t>(row)])) {
            const QRectF box = cellsOf(cell).front().box;
            fragments.push_back(Fragment{std::move(cell), box, row, -1});
        }
    }
    // Each run of rows without figures, between the anchor rows around it.
    for (size_t first = 0; first < fragments.size();) {
        size_t last = first;
        // Consecutive rows: a row left whole (a header) ends the run.
        while (last < fragments.size() &&
               (last == first || fragments[last].source == fragments[last - 1].source ||
                fragments[last].source == fragments[last - 1].source + 1)) {
            ++last;
        }
        std::vector<Fragment*> run;
        for (size_t index = first; index < last; ++index) {
            run.push_back(&fragments[index]);
        }
        const int upRow = fragments[first].source - 1;
        const int downRow = fragments[last - 1].source + 1;
        const Anchor* up = anchorAt(upRow);
        const Anchor* down = anchorAt(downRow);
        for (const std::vector<Fragment*>& column : columnsOf(run)) {
            resolveColumn(column, up, upRow, down, downRow);
        }
        first = last;
    }

    // Fragments join their rows; the rows they came from keep what stays.
    for (Fragment& fragment : fragments) {
        Row& into = fragment.target >= 0 ? rows[static_cast<size_t>(fragment.target)]
                                         : remaining[static_cast<size_t>(fragment.source)];
        for (Line& line : fragment.words.lines) {
            into.add(std::move(line));
        }
    }
    std::vector<Row> joined;
    for (int row = 0; row < count; ++row) {
        Row& kept = anchored[static_cast<size_t>(row)] ? rows[static_cast<size_t>(row)]
                                                       : remaining[static_cast<size_t>(row)];
        if (!kept.lines.empty()) {
            joined.push_back(std::move(kept));
        }
    }
    return joined;
}

} // namespace nianbao::layout
