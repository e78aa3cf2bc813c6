#pragma once

#include "model/report.h"

#include <QWidget>

#include <vector>

class QChartView;
class QLabel;

namespace nianbao::supervision {
class DeskStore;
}

namespace nianbao::ui {

/// Where a body's figures stand among its peers' (the bodies of the same level and region in
/// the registry, else every report of the year): each series of the format's chart across
/// years as a percentile bar, with the body's figure, the median and the quartiles. Shown in
/// the desk's year on year and beside the review form.
class PeersChart final : public QWidget {
    Q_OBJECT

public:
    explicit PeersChart(QWidget* parent = nullptr);
    ~PeersChart() override;

    /// Reads the peers of `report` (a report of `year`) from `desk` and draws; nothing to
    /// compare with when `desk` is null or cannot be read (the chart says so).
    void load(supervision::DeskStore* desk, const Report& report, int year);
    /// Draws `report` (the same body's, after an edit) against the peers read last.
    void draw(const Report& report);
    void clear();

    [[nodiscard]] QChartView* chartView() const { return m_chart; }
    [[nodiscard]] QLabel* statistics() const { return m_statistics; }
    [[nodiscard]] int peerCount() const { return int(m_peers.size()); }

private:
    std::vector<Report> m_peers;
    QChartView* m_chart;
    QLabel* m_statistics; ///< the body's figure, median and quartiles of each series
};

} // namespace nianbao::ui
