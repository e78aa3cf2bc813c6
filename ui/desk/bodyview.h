#pragma once

#include "store/archive.h"
#include "supervision/yearonyear/yearonyear.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace nianbao::supervision {
class DeskStore;
}

namespace nianbao::ui {

class PeersChart;
class YearOnYearModel;

/// One body's report: beside its report of the year before, cell by cell with the
/// implausible changes listed, and where its figures stand among its peers (the bodies of
/// the same level and region in the registry, else every report of the year) as a chart.
class BodyView final : public QWidget {
    Q_OBJECT

public:
    explicit BodyView(QWidget* parent = nullptr);
    ~BodyView() override;

    /// Lists the reports of `year` to choose from.
    void load(store::Archive* archive, supervision::DeskStore* store, int year);
    /// Shows the report `id` (which must be one listed).
    void showReport(ReportId id);

    [[nodiscard]] YearOnYearModel* model() const { return m_model; }
    [[nodiscard]] QListWidget* findings() const { return m_findings; }
    [[nodiscard]] QChartView* peersChart() const;
    [[nodiscard]] PeersChart* peers() const { return m_peers; }
    [[nodiscard]] QComboBox* reports() const { return m_reports; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    store::Archive* m_archive = nullptr;
    supervision::DeskStore* m_store = nullptr;
    int m_year = 0;
    std::optional<supervision::YearOnYear> m_comparison;
    QComboBox* m_reports;
    QLabel* m_summary;
    YearOnYearModel* m_model;
    QTableView* m_table;
    QListWidget* m_findings;
    PeersChart* m_peers;
};

} // namespace nianbao::ui
