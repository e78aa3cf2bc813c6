#include "templates/chartdef.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nianbao {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

Error chartError(const QString& key, const QString& problem)
{
    return {
        ErrorCode::Corrupt,
        QCoreApplication::translate("nianbao::TemplateLoader", "chart %1: %2").arg(key, problem)};
}

} // namespace

Result<std::vector<ChartDef>> readCharts(const QJsonValue& charts)
{
    std::vector<ChartDef> result;
    for (const QJsonValue& value : charts.toArray()) {
        const QJsonObject object = value.toObject();
        ChartDef chart;
        chart.key = object.value(QLatin1String("key")).toString();
        chart.title = LocalizedText::fromJson(object.value(QLatin1String("title")));
        chart.table = object.value(QLatin1String("table")).toString();
        chart.block = object.value(QLatin1String("block")).toString();
        chart.skip = strings(object.value(QLatin1String("skip")));
        chart.group = object.value(QLatin1String("group")).toString();
        chart.column = object.value(QLatin1String("column")).toString();
        const QString kind = object.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("rows_by_column")) {
            chart.kind = ChartKind::RowsByColumn;
        } else if (kind == QLatin1String("group_parts")) {
            chart.kind = ChartKind::GroupParts;
        } else if (kind == QLatin1String("columns_by_row")) {
            chart.kind = ChartKind::ColumnsByRow;
        } else {
            return std::unexpected(
                chartError(chart.key, QCoreApplication::translate("nianbao::TemplateLoader",
                                                                  "unknown chart kind \"%1\"")
                                          .arg(kind)));
        }
        for (const QJsonValue& series : object.value(QLatin1String("series")).toArray()) {
            const QJsonObject s = series.toObject();
            chart.series.push_back(
                ChartSeriesDef{s.value(QLatin1String("row")).toString(),
                               LocalizedText::fromJson(s.value(QLatin1String("label")))});
        }
        if (chart.key.isEmpty() || chart.table.isEmpty() || chart.title.isEmpty()) {
            return std::unexpected(chartError(
                chart.key, QCoreApplication::translate("nianbao::TemplateLoader",
                                                       "it needs a key, a title and a table")));
        }
        result.push_back(std::move(chart));
    }
    return result;
}

Result<YearsChartDef> readYearsChart(const QJsonValue& chart)
{
    const QJsonObject object = chart.toObject();
    YearsChartDef years;
    years.title = LocalizedText::fromJson(object.value(QLatin1String("title")));
    for (const QJsonValue& value : object.value(QLatin1String("series")).toArray()) {
        const QJsonObject s = value.toObject();
        YearSeriesDef series{s.value(QLatin1String("key")).toString(),
                             LocalizedText::fromJson(s.value(QLatin1String("label"))),
                             strings(s.value(QLatin1String("cells")))};
        if (series.key.isEmpty() || series.cells.isEmpty()) {
            return std::unexpected(
                chartError(QStringLiteral("years"),
                           QCoreApplication::translate("nianbao::TemplateLoader",
                                                       "a series needs a key and cells")));
        }
        years.series.push_back(std::move(series));
    }
    return years;
}

} // namespace nianbao
