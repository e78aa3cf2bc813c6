#include "pdf/rules.h"

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

/// A run of ink along one pixel row.
struct Run {
    int y = 0;
    int from = 0;
    int to = 0; ///< one past the last pixel
    int ink = 0;
};

/// A rule being gathered from runs on neighbouring rows.
struct OpenRule {
    int lastY = 0;
    int from = 0;
    int to = 0;
    double ink = 0;
    double weightedY = 0;
};

/// Rows apart that runs of one rule may be (a row lost to a scan's noise).
constexpr int rowSlack = 2;

std::vector<Run> longRuns(const InkMap& ink, int minimumPixels, int gapPixels)
{
    std::vector<Run> runs;
    for (int y = 0; y < ink.height(); ++y) {
        const std::uint8_t* row = ink.row(y);
        int x = 0;
        while (x < ink.width()) {
            if (!row[x]) {
                ++x;
                continue;
            }
            Run run{y, x, x, 0};
            int end = x;
            while (end < ink.width()) {
                if (row[end]) {
                    ++run.ink;
                    run.to = end + 1;
                    ++end;
                    continue;
                }
                int gap = end;
                while (gap < ink.width() && !row[gap] && gap - end < gapPixels) {
                    ++gap;
                }
                if (gap < ink.width() && row[gap] && gap - end <= gapPixels) {
                    end = gap;
                } else {
                    break;
                }
            }
            if (run.to - run.from >= minimumPixels) {
                runs.push_back(run);
            }
            x = run.to + 1;
        }
    }
    return runs;
}

/// The rules along the rows of an ink map (horizontal ones; vertical ones on the transposed
/// map), in pixels.
std::vector<Rule> rulesAlongRows(const InkMap& ink, const RuleSearch& search)
{
    const int minimumPixels =
        std::max(4, static_cast<int>(std::lround(search.minimumLength / search.pointsPerPixel)));
    const double maximumThickness = std::max(1.5, search.maximumThickness / search.pointsPerPixel);
    std::vector<Rule> rules;
    std::vector<OpenRule> open;
    const auto close = [&](const OpenRule& rule) {
        const double length = rule.to - rule.from;
        const double thickness = rule.ink / length;
        if (thickness <= maximumThickness) {
            rules.push_back(Rule{rule.weightedY / rule.ink + 0.5, double(rule.from),
                                 double(rule.to), thickness});
        }
    };
    for (const Run& run : longRuns(ink, minimumPixels, search.gapPixels)) {
        // Rules whose last run lies too far above are complete.
        for (auto it = open.begin(); it != open.end();) {
            if (it->lastY < run.y - rowSlack) {
                close(*it);
                it = open.erase(it);
            } else {
                ++it;
            }
        }
        auto joined = std::find_if(open.begin(), open.end(), [&](const OpenRule& rule) {
            return rule.lastY < run.y && run.from <= rule.to + search.gapPixels &&
                   run.to >= rule.from - search.gapPixels;
        });
        if (joined == open.end()) {
            open.push_back(OpenRule{run.y, run.from, run.to, 0, 0});
            joined = std::prev(open.end());
        }
        joined->lastY = run.y;
        joined->from = std::min(joined->from, run.from);
        joined->to = std::max(joined->to, run.to);
        joined->ink += run.ink;
        joined->weightedY += static_cast<double>(run.y) * run.ink;
    }
    for (const OpenRule& rule : open) {
        close(rule);
    }
    return rules;
}

std::vector<Rule> inPoints(std::vector<Rule> rules, double pointsPerPixel)
{
    for (Rule& rule : rules) {
        rule.position *= pointsPerPixel;
        rule.from *= pointsPerPixel;
        rule.to *= pointsPerPixel;
        rule.thickness *= pointsPerPixel;
    }
    std::sort(rules.begin(), rules.end(),
              [](const Rule& a, const Rule& b) { return a.position < b.position; });
    return rules;
}

} // namespace

PageRules findRules(const InkMap& ink, const RuleSearch& search)
{
    PageRules rules;
    if (ink.isEmpty() || search.pointsPerPixel <= 0) {
        return rules;
    }
    rules.horizontal = inPoints(rulesAlongRows(ink, search), search.pointsPerPixel);
    rules.vertical = inPoints(rulesAlongRows(ink.transposed(), search), search.pointsPerPixel);
    return rules;
}

bool meet(const Rule& horizontal, const Rule& vertical, double tolerance)
{
    return vertical.position >= horizontal.from - tolerance &&
           vertical.position <= horizontal.to + tolerance &&
           horizontal.position >= vertical.from - tolerance &&
           horizontal.position <= vertical.to + tolerance;
}

PageRules gridRules(const PageRules& rules, double tolerance)
{
    // A rule long enough to be a table's border, when only one rule meets it: the top rule
    // of a table drawn without side borders meets only the inner column rules, perhaps one.
    constexpr double longRule = 60;
    PageRules kept = rules;
    // Dropping a rule can leave another one short of meetings: a few rounds settle it.
    for (int round = 0; round < 3; ++round) {
        PageRules next;
        for (const Rule& horizontal : kept.horizontal) {
            const auto meetings =
                std::count_if(kept.vertical.begin(), kept.vertical.end(),
                              [&](const Rule& v) { return meet(horizontal, v, tolerance); });
            if (meetings >= 2 || (meetings == 1 && horizontal.length() >= longRule)) {
                next.horizontal.push_back(horizontal);
            }
        }
        for (const Rule& vertical : kept.vertical) {
            const auto meetings =
                std::count_if(kept.horizontal.begin(), kept.horizontal.end(),
                              [&](const Rule& h) { return meet(h, vertical, tolerance); });
            if (meetings >= 2) {
                next.vertical.push_back(vertical);
            }
        }
        const bool settled = next.horizontal.size() == kept.horizontal.size() &&
                             next.vertical.size() == kept.vertical.size();
        kept = std::move(next);
        if (settled) {
            break;
        }
    }
    return kept;
}

} // namespace nianbao
