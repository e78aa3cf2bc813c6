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
} // namespace nianbao

namespace nianbao::ui {

/// One series of bars: a value per category (a blank cell counts as 0 in a chart).
struct BarSet {
    QString name;
    QList<double> values;
};

/// What a bar chart shows, independent of the chart library.
struct BarChartData {
    QString title;
    QStringList categories;
    std::vector<BarSet> sets;
    /// Bars along the horizontal axis: long category labels stay readable in a narrow pane.
    bool horizontal = false;

    /// True when there is nothing but zeros to draw.
    [[nodiscard]] bool isEmpty() const;
};

/// The figures of one year of a body, for the chart across years.
struct YearFigures {
    int year = 0;
    std::optional<double> newRequests;
    std::optional<double> carriedForward;
    std::optional<double> reviews;
    std::optional<double> lawsuits;

    static YearFigures of(int year, const Report& report);
};

/// Chart contents built from a report and its format's data (labels in the current language).
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ui::ReportCharts)

public:
    /// Table 3: new requests by applicant type.
    static BarChartData applicants(const Report& report, const ReportTemplate& format);
    /// Table 3: this year's outcomes by category (disclosed, partly disclosed, not disclosed …).
    static BarChartData outcomes(const Report& report, const ReportTemplate& format);
    /// Table 4: reviews and lawsuits by result.
    static BarChartData litigation(const Report& report, const ReportTemplate& format);
    /// The same body's key figures across the years the archive holds.
    static BarChartData acrossYears(const std::vector<YearFigures>& years);
};

} // namespace nianbao::ui
