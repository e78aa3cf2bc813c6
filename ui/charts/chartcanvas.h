#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace nianbao::ui {

struct BarChartData;

/// Where a chart is drawn. The review window speaks to charts only through this interface,
/// so the chart library (Qt Charts today) stays behind one file and tests can look at the data
/// a chart was given.
class ChartCanvas {
public:
    virtual ~ChartCanvas() = default;

    /// The widget that shows the chart, owned by the parent given at creation.
    [[nodiscard]] virtual QWidget* widget() const = 0;
    virtual void showBars(const BarChartData& data) = 0;
    /// Shows a message instead of a chart (no report, nothing to draw).
    virtual void showMessage(const QString& title, const QString& message) = 0;
};

/// A canvas drawn with Qt Charts; its widget is a child of `parent`.
std::unique_ptr<ChartCanvas> createChartCanvas(QWidget* parent);

} // namespace nianbao::ui
