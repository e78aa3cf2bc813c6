#pragma once

#include "model/report.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nianbao::test {

/// The hand-checked expectation for one report: format, metadata, every cell (value, raw text,
/// whether it must be flagged as uncertain) and the extraction findings ("rule cell…").
struct Golden {
    QJsonObject json;

    static Golden fromReport(const Report& report);
    /// Differences between `report` and this expectation, one line each (empty: equal).
    [[nodiscard]] QStringList compare(const Report& report) const;
};

} // namespace nianbao::test
