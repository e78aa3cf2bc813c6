#pragma once

#include "model/report.h"
#include "supervision/coverage/coverage.h"
#include "supervision/registry/bodyregistry.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace nianbao::supervision {

/// Where a value stands among others: their quartiles (linear interpolation between order
/// statistics, as spreadsheets' QUARTILE.INC) and its rank.
struct PeerPosition {
    QString key;
    int count = 0; ///< values compared (the body's own included when it has one)
    double minimum = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double maximum = 0;
    std::optional<double> value; ///< the body's own figure
    /// 1 for the largest figure; ties share the better rank (1, 2, 2, 4). Empty without a value.
    std::optional<int> rank;
    /// Share of the other values below the body's (ties count half), in [0, 1].
    std::optional<double> percentile;
};

/// A body's figures against its peers', cell by cell: for each key of `keys` (every cell of
/// the body's report when empty), the statistics of the values the peers' reports hold (blank
/// cells left out) with the body's own among them. Keys no report holds a value for are left
/// out.
std::vector<PeerPosition> comparePeers(const Report& report, std::span<const Report> peers,
                                       const QStringList& keys = {});

/// The bodies of the registry at the same level as `body` and in the same region at
/// `grouping`, itself left out.
std::vector<int> peersOf(int body, const BodyRegistry& registry,
                         RegionGrouping grouping = RegionGrouping::City);

} // namespace nianbao::supervision
