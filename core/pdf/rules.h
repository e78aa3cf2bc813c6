#pragma once

#include "pdf/inkmap.h"

#include <vector>

namespace nianbao {

/// A straight line drawn on a page: a table's border or grid line. In points, origin top-left.
struct Rule {
    double position = 0;  ///< y of a horizontal rule, x of a vertical one
    double from = 0;      ///< where it starts along its direction (x of a horizontal rule)
    double to = 0;        ///< where it ends
    double thickness = 0; ///< how thick it is drawn

    [[nodiscard]] double length() const { return to - from; }
};

/// The rules of a page, each list ordered by position.
struct PageRules {
    std::vector<Rule> horizontal;
    std::vector<Rule> vertical;

    [[nodiscard]] bool isEmpty() const { return horizontal.empty() && vertical.empty(); }
};

/// How to look for rules on an ink map.
struct RuleSearch {
    double pointsPerPixel = 1;
    /// Shorter runs of ink are strokes of characters: a table's shortest border is a row's
    /// height, and a character's longest stroke is shorter than its em.
    double minimumLength = 14;
    /// Thicker runs are filled areas or bold strokes, not rules.
    double maximumThickness = 3;
    /// Gaps along a rule that are bridged (a scan's broken lines), in pixels.
    int gapPixels = 1;
};

/// The long thin runs of ink of a page: horizontal ones row by row, vertical ones column by
/// column, each merged over the neighbouring pixel rows it is drawn on (a rule two pixels
/// thick, or one stepping across rows after a slight skew).
PageRules findRules(const InkMap& ink, const RuleSearch& search);

/// Keeps the rules that border cells: a horizontal rule meeting at least two vertical ones
/// (or one, when it is long), and the vertical rules meeting two horizontal ones. Strokes of
/// text, underlines and lone separators go. `tolerance` in points.
PageRules gridRules(const PageRules& rules, double tolerance);

/// Whether a horizontal and a vertical rule meet or cross, within `tolerance` points.
bool meet(const Rule& horizontal, const Rule& vertical, double tolerance);

} // namespace nianbao
