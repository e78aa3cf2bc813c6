#pragma once

#include <QString>

#include <optional>

namespace nianbao::extract {

/// Title, agency and year as printed, with their places in the normalised text.
struct MetaDraft {
    QString title;
    qsizetype titleStart = -1;
    qsizetype titleEnd = -1;
    QString agency;
    qsizetype agencyStart = -1;
    qsizetype agencyEnd = -1;
    std::optional<int> year;
    qsizetype yearStart = -1;
    qsizetype yearEnd = -1;
};

/// Finds the title ("<agency><year>年政府信息公开工作年度报告", possibly over two lines) among the
/// first lines, the agency and year in it, and otherwise the year of the statistics period
/// ("统计期限为2022年1月1日至…"). Stops at the first part heading.
MetaDraft readMetadata(const QString& text, qsizetype firstHeading);

} // namespace nianbao::extract
