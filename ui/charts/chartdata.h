#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {
struct Report;
class ReportTemplate;
struct ChartDef;
struct YearsChartDef;
} // namespace nianbao

namespace nianbao::ui {

/// One series of bars: a value per category (a blank cell counts as 0 in a chart).
struct BarSet {
    QString name;
    QList<double> values;
};

/// What a bar chart shows, independent of the chart library.
struct BarChartData {
    QString key; ///< the format's name for the chart ("applicants"), "years" across years
    QString title;
    QStringList categories;
    std::vector<BarSet> sets;
    /// Bars along the horizontal axis: long category labels stay readable in a narrow pane.
    bool horizontal = false;

    /// True when there is nothing but zeros to draw.
    [[nodiscard]] bool isEmpty() const;
};

/// The figures of one year of a body, for the chart across years: one per series of the
/// format's years chart (YearSeriesDef), nothing where the report has none of its cells.
struct YearFigures {
    int year = 0;
    std::vector<std::optional<double>> values;

    static YearFigures of(int year, const Report& report, const YearsChartDef& chart);
};

/// Chart contents built from a report and its format's data (labels in the current language):
/// the format describes its charts (ChartDef), so a new format brings its own.
class ReportCharts {
public:
    /// Every chart the format describes, in its order.
    static std::vector<BarChartData> of(const Report& report, const ReportTemplate& format);
    static BarChartData chart(const Report& report, const ReportTemplate& format,
                              const ChartDef& chart);
    /// The same body's key figures across the years the archive holds.
    static BarChartData acrossYears(const std::vector<YearFigures>& years,
                                    const YearsChartDef& chart);
};

} // namespace nianbao::ui
