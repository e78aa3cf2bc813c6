#pragma once

#include "pdf/pagelayout.h"

#include <vector>

namespace nianbao::layout {

/// Words on one baseline, left to right.
struct Line {
    std::vector<PositionedWord> words;
    double top = 0;
    double bottom = 0;

    [[nodiscard]] double height() const { return bottom - top; }
};

/// Lines read as one row of the page, top to bottom.
struct Row {
    std::vector<Line> lines;
    double top = 0;
    double bottom = 0;

    /// Adds a line in its place, top to bottom.
    void add(Line line);
    [[nodiscard]] double height() const { return bottom - top; }
};

/// Words grouped into lines: words whose vertical extents overlap by half the smaller
/// height, and that do not sit on top of each other, share a line. Lines top to bottom.
std::vector<Line> buildLines(std::vector<PositionedWord> words);

/// Lines grouped into rows: a line overlapping the row above by nearly a third of its
/// height joins it (figures centred beside a label wrapped over two lines). Lines of a
/// paragraph do not overlap and stay rows of their own.
std::vector<Row> buildRows(std::vector<Line> lines);

/// A row's cells: words that follow each other closely or stack in one column form a cell,
/// wider gaps separate cells (any visible gap between two figures). Left to right.
LaidOutRow cellsOf(const Row& row);

/// The same cells, each as a row of its own holding only the cell's words.
std::vector<Row> cellRows(const Row& row);

/// The em of a row's text, the unit its gaps are measured in: the width of its Chinese
/// characters, or a share of its line height where it has none.
double emSize(const Row& row);

/// Text that is a table figure: a number, or a zero mark (无, -, —, /).
bool isFigure(const QString& text);

double verticalOverlap(double top1, double bottom1, double top2, double bottom2);

} // namespace nianbao::layout
