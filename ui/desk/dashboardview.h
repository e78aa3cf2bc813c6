#pragma once

#include <QWidget>

class QChartView;

namespace nianbao::supervision {
class DeskStore;
}

namespace nianbao::ui {

/// The archive at a glance: reports by year and by region, review progress, and the errors
/// still open by rule, as charts.
class DashboardView final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void load(supervision::DeskStore* store);
    [[nodiscard]] QChartView* chart(int index) const { return m_charts[index]; }

protected:
    void changeEvent(QEvent* event) override;

private:
    supervision::DeskStore* m_store = nullptr;
    QChartView* m_charts[4];
};

} // namespace nianbao::ui
