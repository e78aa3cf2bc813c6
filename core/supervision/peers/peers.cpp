#include "supervision/peers/peers.h"

#include <algorithm>
#include <cmath>

namespace nianbao::supervision {

namespace {

/// The p-quantile of sorted values, interpolating between neighbours (QUARTILE.INC, R's type 7).
double quantile(const std::vector<double>& sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double weight = position - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * weight;
}

} // namespace

std::vector<PeerPosition> comparePeers(const Report& report, std::span<const Report> peers,
                                       const QStringList& keys)
{
    QStringList wanted = keys;
    if (wanted.isEmpty()) {
        for (const Cell& cell : report.cells) {
            wanted.append(cell.key);
        }
    }
    std::vector<PeerPosition> positions;
    for (const QString& key : wanted) {
        std::vector<double> values;
        for (const Report& peer : peers) {
            if (const auto value = peer.value(key)) {
                values.push_back(*value);
            }
        }
        PeerPosition position;
        position.key = key;
        position.value = report.value(key);
        const std::vector<double> others = values;
        if (position.value) {
            values.push_back(*position.value);
        }
        if (values.empty()) {
            continue;
        }
        std::sort(values.begin(), values.end());
        position.count = int(values.size());
        position.minimum = values.front();
        position.maximum = values.back();
        position.lowerQuartile = quantile(values, 0.25);
        position.median = quantile(values, 0.5);
        position.upperQuartile = quantile(values, 0.75);
        if (position.value) {
            const double own = *position.value;
            position.rank = 1 + int(std::count_if(others.begin(), others.end(),
                                                  [own](double v) { return v > own; }));
            if (!others.empty()) {
                const auto below = std::count_if(others.begin(), others.end(),
                                                 [own](double v) { return v < own; });
                const auto equal = std::count_if(others.begin(), others.end(),
                                                 [own](double v) { return v == own; });
                position.percentile = (double(below) + 0.5 * double(equal)) / double(others.size());
            }
        }
        positions.push_back(position);
    }
    return positions;
}

std::vector<int> peersOf(int body, const BodyRegistry& registry, RegionGrouping grouping)
{
    std::vector<int> peers;
    if (body < 0 || body >= registry.size()) {
        return peers;
    }
    const Body& self = registry.bodies()[std::size_t(body)];
    const QString region = regionOf(self.regionCode, grouping);
    for (int other = 0; other < registry.size(); ++other) {
        const Body& candidate = registry.bodies()[std::size_t(other)];
        if (other != body && candidate.level == self.level &&
            regionOf(candidate.regionCode, grouping) == region) {
            peers.push_back(other);
        }
    }
    return peers;
}

} // namespace nianbao::supervision
