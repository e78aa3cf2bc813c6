#include "charts/chartdata.h"

#include "model/report.h"
#include "templates/reporttemplate.h"

#include <algorithm>

namespace nianbao::ui {

namespace {

double valueOr0(const Report& report, const QString& key)
{
    return report.value(key).value_or(0.0);
}

QString key(const QString& table, const QString& row, const QString& column)
{
    return table + QLatin1Char('.') + row + QLatin1Char('.') + column;
}

/// The sum of the cells of `keys` the report has; nothing when it has none of them.
std::optional<double> sumOf(const Report& report, std::initializer_list<const char*> keys)
{
    std::optional<double> sum;
    for (const char* k : keys) {
        if (const std::optional<double> value = report.value(QString::fromLatin1(k))) {
            sum = sum.value_or(0.0) + *value;
        }
    }
    return sum;
}

} // namespace

bool BarChartData::isEmpty() const
{
    return std::all_of(sets.begin(), sets.end(), [](const BarSet& set) {
        return std::all_of(set.values.begin(), set.values.end(),
                           [](double value) { return value == 0.0; });
    });
}

YearFigures YearFigures::of(int year, const Report& report)
{
    YearFigures figures;
    figures.year = year;
    figures.newRequests = report.value(u"t3.new.total");
    figures.carriedForward = report.value(u"t3.carried_forward.total");
    figures.reviews = report.value(u"t4.review.total");
    figures.lawsuits = sumOf(report, {"t4.suit_direct.total", "t4.suit_after_review.total"});
    return figures;
}

BarChartData ReportCharts::applicants(const Report& report, const ReportTemplate& format)
{
    BarChartData chart;
    chart.title = tr("New requests by applicant type");
    chart.horizontal = true;
    const TableDef* table = format.table(u"t3");
    if (!table || table->blocks.isEmpty()) {
        return chart;
    }
    BarSet received{tr("New this year"), {}};
    BarSet carried{tr("Carried over"), {}};
    for (const ColumnDef& column : table->blocks.front().columns) {
        if (column.key == QLatin1String("total")) {
            continue;
        }
        chart.categories << column.label.text();
        received.values << valueOr0(report, key(table->key, QStringLiteral("new"), column.key));
        carried.values << valueOr0(report,
                                   key(table->key, QStringLiteral("carried_over"), column.key));
    }
    chart.sets = {received, carried};
    return chart;
}

BarChartData ReportCharts::outcomes(const Report& report, const ReportTemplate& format)
{
    BarChartData chart;
    chart.title = tr("Outcomes this year (all applicants)");
    chart.horizontal = true;
    const TableDef* table = format.table(u"t3");
    if (!table || table->blocks.isEmpty()) {
        return chart;
    }
    // The categories are what the format prints under 三、本年度办理结果: its own rows and its
    // sub-groups, each sub-group summing its rows; (七)总计 is the sum of them all.
    BarSet totals{tr("Requests"), {}};
    QStringList seenGroups;
    for (const RowDef& row : table->blocks.front().rows) {
        const GroupDef* group = table->group(row.group);
        if (!group || row.key == QLatin1String("results_total")) {
            continue;
        }
        const QString cell = key(table->key, row.key, QStringLiteral("total"));
        if (group->key == QLatin1String("results")) {
            if (report.cell(cell)) {
                chart.categories << row.label.text();
                totals.values << valueOr0(report, cell);
            }
            continue;
        }
        if (group->parent != QLatin1String("results")) {
            continue;
        }
        if (!seenGroups.contains(group->key)) {
            seenGroups << group->key;
            chart.categories << group->label.text();
            totals.values << 0.0;
        }
        const qsizetype at = chart.categories.indexOf(group->label.text());
        totals.values[at] += valueOr0(report, cell);
    }
    chart.sets = {totals};
    return chart;
}

BarChartData ReportCharts::litigation(const Report& report, const ReportTemplate& format)
{
    BarChartData chart;
    chart.title = tr("Administrative reviews and lawsuits by result");
    chart.horizontal = true;
    const TableDef* table = format.table(u"t4");
    if (!table || table->blocks.isEmpty()) {
        return chart;
    }
    const BlockDef& block = table->blocks.front();
    for (const RowDef& row : block.rows) {
        chart.categories << row.label.text();
    }
    for (const ColumnDef& column : block.columns) {
        if (column.key == QLatin1String("total")) {
            continue;
        }
        BarSet set{column.label.text(), {}};
        for (const RowDef& row : block.rows) {
            set.values << valueOr0(report, key(table->key, row.key, column.key));
        }
        chart.sets.push_back(set);
    }
    return chart;
}

BarChartData ReportCharts::acrossYears(const std::vector<YearFigures>& years)
{
    BarChartData chart;
    chart.title = tr("This body across the years");
    BarSet received{tr("New requests"), {}};
    BarSet carried{tr("Carried forward"), {}};
    BarSet reviews{tr("Administrative reviews"), {}};
    BarSet lawsuits{tr("Lawsuits"), {}};
    for (const YearFigures& year : years) {
        chart.categories << QString::number(year.year);
        received.values << year.newRequests.value_or(0.0);
        carried.values << year.carriedForward.value_or(0.0);
        reviews.values << year.reviews.value_or(0.0);
        lawsuits.values << year.lawsuits.value_or(0.0);
    }
    chart.sets = {received, carried, reviews, lawsuits};
    return chart;
}

} // namespace nianbao::ui
