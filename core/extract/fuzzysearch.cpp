#include "extract/fuzzysearch.h"

#include <algorithm>
#include <vector>

namespace nianbao::extract {

int toleratedDistance(qsizetype length)
{
    if (length < 4) {
        return 0;
    }
    return static_cast<int>(length / 4);
}

std::optional<FuzzyHit> fuzzyFind(QStringView text, qsizetype from, qsizetype to,
                                  QStringView pattern, int maxDistance)
{
    const qsizetype m = pattern.size();
    from = std::max<qsizetype>(0, from);
    to = std::min(to, text.size());
    if (m == 0 || to - from < m - maxDistance) {
        return std::nullopt;
    }
    // Column-wise DP over the text: cost[i] is the best distance of pattern[0, i) ending at the
    // current text position, start[i] where that alignment began in the text.
    std::vector<int> cost(static_cast<std::size_t>(m + 1));
    std::vector<qsizetype> start(static_cast<std::size_t>(m + 1));
    for (qsizetype i = 0; i <= m; ++i) {
        cost[i] = static_cast<int>(i);
        start[i] = from;
    }
    std::optional<FuzzyHit> best;
    for (qsizetype j = from; j < to; ++j) {
        int diagonalCost = cost[0];
        qsizetype diagonalStart = start[0];
        cost[0] = 0; // a match may start anywhere
        start[0] = j + 1;
        const QChar c = text[j];
        for (qsizetype i = 1; i <= m; ++i) {
            const int substitution = diagonalCost + (pattern[i - 1] == c ? 0 : 1);
            const int deletion = cost[i] + 1;      // text char not in pattern
            const int insertion = cost[i - 1] + 1; // pattern char missing from text
            diagonalCost = cost[i];
            const qsizetype previousStart = start[i];
            // Equal costs: keep the alignment that starts earliest, so a label with a character
            // inserted by OCR is matched whole ("属対于…" rather than "対于…").
            int lowest = substitution;
            qsizetype bestStart = diagonalStart;
            if (insertion < lowest || (insertion == lowest && start[i - 1] < bestStart)) {
                lowest = insertion;
                bestStart = start[i - 1];
            }
            if (deletion < lowest || (deletion == lowest && previousStart < bestStart)) {
                lowest = deletion;
                bestStart = previousStart;
            }
            cost[i] = lowest;
            start[i] = bestStart;
            diagonalStart = previousStart;
        }
        if (cost[m] <= maxDistance && (!best || cost[m] < best->distance)) {
            best = FuzzyHit{start[m], j + 1, cost[m]};
        }
    }
    return best;
}

} // namespace nianbao::extract
