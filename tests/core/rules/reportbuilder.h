#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::test {

/// Builds reports cell by cell for rule tests: every default cell of a bundled format, each
/// holding `fill` (printed as itself), then the changes a test needs.
class ReportBuilder {
public:
    explicit ReportBuilder(const QString& templateId, std::optional<double> fill = 0.0);

    /// Sets a cell's value and raw text (the value as printed when `raw` is empty).
    ReportBuilder& set(const QString& key, std::optional<double> value, QString raw = {});
    /// A table-3 row from its six applicant columns; the total column is their sum.
    ReportBuilder& row3(const QString& row, const QList<double>& applicants);
    /// A table-4 group from its four outcomes; the total is their sum.
    ReportBuilder& group4(const QString& group, const QList<double>& outcomes);
    ReportBuilder& blank(const QString& key);
    /// How sure the extractor is of a cell (below 0.8 it flags the cell).
    ReportBuilder& confidence(const QString& key, double confidence);
    /// Leaves the cell out of the report altogether.
    ReportBuilder& remove(const QString& key);
    /// Prints (六)其他处理 as one row (the alternative form) instead of item by item.
    ReportBuilder& collapseOther();
    ReportBuilder& year(int year);
    ReportBuilder& narrative(const QString& part, const QString& text);
    ReportBuilder& extra(const QString& key, double value);
    ReportBuilder& finding(const QString& rule, QStringList cells);

    [[nodiscard]] const Report& report() const { return m_report; }

private:
    Cell& cellFor(const QString& key);

    Report m_report;
};

/// The findings of one rule code.
std::vector<Finding> withRule(const std::vector<Finding>& findings, const QString& rule);
/// The findings of one severity.
std::vector<Finding> withSeverity(const std::vector<Finding>& findings, Severity severity);
/// "rule: message" per finding, for failure messages.
QString describe(const std::vector<Finding>& findings);

/// Table-3 figures where every hard rule holds: 14 requests (12 from natural persons, 2
/// from companies), one carried over, a spread of outcomes, two carried forward.
ReportBuilder consistentReport(const QString& templateId);

} // namespace nianbao::test
