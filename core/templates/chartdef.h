#pragma once

#include "common/error.h"
#include "common/localizedtext.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

/// How a chart of one report reads its table ("charts" in resources/templates/*.json).
enum class ChartKind {
    /// Categories are the block's columns; one series per named row (new requests by
    /// applicant type: a bar per applicant, a series for 本年新收 and one for 上年结转).
    RowsByColumn,
    /// Categories are the rows directly in `group` and its sub-groups, each sub-group summing
    /// its rows; one series, the values of `column` (outcomes: 予以公开 … 不予公开 …).
    GroupParts,
    /// Categories are the block's rows; one series per column (reviews and lawsuits by result).
    ColumnsByRow,
};

/// A series of a chart: a row (RowsByColumn) or nothing (one series), with its name.
struct ChartSeriesDef {
    QString row;
    LocalizedText label;
};

/// A bar chart of one report's figures, described by the format's data so that a new format
/// brings its own charts.
struct ChartDef {
    QString key; ///< stable, for object names: "applicants"
    LocalizedText title;
    ChartKind kind = ChartKind::ColumnsByRow;
    QString table;    ///< the table's key
    QString block;    ///< the block charted; the table's first when empty
    QStringList skip; ///< row or column keys left out (a total beside its parts)
    QString group;    ///< GroupParts
    QString column;   ///< GroupParts
    std::vector<ChartSeriesDef> series;
};

/// One figure of a body followed across years: the sum of some cells.
struct YearSeriesDef {
    QString key; ///< stable across formats: a year of another format is matched by it
    LocalizedText label;
    QStringList cells;
};

/// The chart of a body across the years the archive holds.
struct YearsChartDef {
    LocalizedText title;
    std::vector<YearSeriesDef> series;
};

/// Reads "charts" (an array) of a format's data; a malformed entry fails with a reason.
Result<std::vector<ChartDef>> readCharts(const QJsonValue& charts);
/// Reads "years_chart" of a format's data.
Result<YearsChartDef> readYearsChart(const QJsonValue& chart);

} // namespace nianbao
