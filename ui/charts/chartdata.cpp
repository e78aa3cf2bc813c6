#include "charts/chartdata.h"

#include "model/cellkey.h"
#include "model/report.h"
#include "templates/reporttemplate.h"

#include <algorithm>

namespace nianbao::ui {

namespace {

double valueOr0(const Report& report, const QString& key)
{
    return report.value(key).value_or(0.0);
}

/// The sum of the cells of `keys` the report has; nothing when it has none of them.
std::optional<double> sumOf(const Report& report, const QStringList& keys)
{
    std::optional<double> sum;
    for (const QString& key : keys) {
        if (const std::optional<double> value = report.value(key)) {
            sum = sum.value_or(0.0) + *value;
        }
    }
    return sum;
}

/// A bar per column, a series per named row.
void rowsByColumn(BarChartData& chart, const Report& report, const TableDef& table,
                  const BlockDef& block, const ChartDef& def)
{
    for (const ColumnDef& column : block.columns) {
        if (!def.skip.contains(column.key)) {
            chart.categories << column.label.text();
        }
    }
    for (const ChartSeriesDef& series : def.series) {
        BarSet set{series.label.text(), {}};
        for (const ColumnDef& column : block.columns) {
            if (!def.skip.contains(column.key)) {
                set.values << valueOr0(report, cellKey(table.key, series.row, column.key));
            }
        }
        chart.sets.push_back(set);
    }
}

/// The parts of a group as the format prints them: its own rows and its sub-groups, each
/// sub-group summing its rows (三、本年度办理结果: (一) (二) (三)不予公开 …).
void groupParts(BarChartData& chart, const Report& report, const TableDef& table,
                const BlockDef& block, const ChartDef& def)
{
    BarSet totals{def.series.empty() ? QString() : def.series.front().label.text(), {}};
    QStringList seenGroups;
    for (const RowDef& row : block.rows) {
        const GroupDef* group = table.group(row.group);
        if (!group || def.skip.contains(row.key)) {
            continue;
        }
        const QString cell = cellKey(table.key, row.key, def.column);
        if (group->key == def.group) {
            if (report.cell(cell)) {
                chart.categories << row.label.text();
                totals.values << valueOr0(report, cell);
            }
            continue;
        }
        if (group->parent != def.group) {
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
}

/// A bar per row, a series per column.
void columnsByRow(BarChartData& chart, const Report& report, const TableDef& table,
                  const BlockDef& block, const ChartDef& def)
{
    for (const RowDef& row : block.rows) {
        if (!def.skip.contains(row.key) && !row.alternative) {
            chart.categories << row.label.text();
        }
    }
    for (const ColumnDef& column : block.columns) {
        if (def.skip.contains(column.key)) {
            continue;
        }
        BarSet set{column.label.text(), {}};
        for (const RowDef& row : block.rows) {
            if (!def.skip.contains(row.key) && !row.alternative) {
                set.values << valueOr0(report, cellKey(table.key, row.key, column.key));
            }
        }
        chart.sets.push_back(set);
    }
}

} // namespace

bool BarChartData::isEmpty() const
{
    return std::all_of(sets.begin(), sets.end(), [](const BarSet& set) {
        return std::all_of(set.values.begin(), set.values.end(),
                           [](double value) { return value == 0.0; });
    });
}

YearFigures YearFigures::of(int year, const Report& report, const YearsChartDef& chart)
{
    YearFigures figures;
    figures.year = year;
    for (const YearSeriesDef& series : chart.series) {
        figures.values.push_back(sumOf(report, series.cells));
    }
    return figures;
}

std::vector<BarChartData> ReportCharts::of(const Report& report, const ReportTemplate& format)
{
    std::vector<BarChartData> charts;
    for (const ChartDef& def : format.charts) {
        charts.push_back(chart(report, format, def));
    }
    return charts;
}

BarChartData ReportCharts::chart(const Report& report, const ReportTemplate& format,
                                 const ChartDef& def)
{
    BarChartData chart;
    chart.key = def.key;
    chart.title = def.title.text();
    chart.horizontal = true;
    const TableDef* table = format.table(def.table);
    if (!table || table->blocks.isEmpty()) {
        return chart;
    }
    const auto chosen = std::find_if(table->blocks.begin(), table->blocks.end(),
                                     [&](const BlockDef& b) { return b.key == def.block; });
    const BlockDef& block = chosen != table->blocks.end() ? *chosen : table->blocks.front();
    switch (def.kind) {
    case ChartKind::RowsByColumn:
        rowsByColumn(chart, report, *table, block, def);
        break;
    case ChartKind::GroupParts:
        groupParts(chart, report, *table, block, def);
        break;
    case ChartKind::ColumnsByRow:
        columnsByRow(chart, report, *table, block, def);
        break;
    }
    return chart;
}

BarChartData ReportCharts::acrossYears(const std::vector<YearFigures>& years,
                                       const YearsChartDef& def)
{
    BarChartData chart;
    chart.key = QStringLiteral("years");
    chart.title = def.title.text();
    for (const YearSeriesDef& series : def.series) {
        chart.sets.push_back(BarSet{series.label.text(), {}});
    }
    for (const YearFigures& year : years) {
        chart.categories << QString::number(year.year);
        for (std::size_t s = 0; s < chart.sets.size(); ++s) {
            chart.sets[s].values << (s < year.values.size() ? year.values[s].value_or(0.0) : 0.0);
        }
    }
    return chart;
}

} // namespace nianbao::ui
