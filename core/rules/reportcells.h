#pragma once

#include "model/report.h"
#include "rules/ruleset.h"

#include <QHash>
#include <QStringView>

#include <optional>
#include <vector>

namespace nianbao::rules {

/// A report's cells indexed by template cell once per validation, so rules look cells up by
/// index instead of searching Report::cells for each operand.
class ReportCells {
public:
    ReportCells(const RuleSet& rules, const Report& report);

    /// The report's cell at a template index, or null when the report does not have it.
    [[nodiscard]] const Cell* cell(int index) const { return m_cells[index]; }
    /// Whether the report should hold the cell: it does, or the cell belongs to the form of
    /// its rows the report prints ((六)其他处理 as one row or item by item).
    [[nodiscard]] bool expected(int index) const;
    [[nodiscard]] const QString& key(int index) const;

private:
    const RuleSet& m_rules;
    std::vector<const Cell*> m_cells;
    std::vector<bool> m_alternativeForm; ///< per RowForm: the report prints its alternative rows
};

/// The same body's report for the previous year, looked up by key (it may be of another
/// format than the current report).
class PreviousCells {
public:
    PreviousCells(const Report& report, const ReportTemplate* format);

    enum class State { Value, Blank, NotInFormat };
    struct Lookup {
        State state = State::Blank;
        double value = 0;
    };
    [[nodiscard]] Lookup find(const QString& key) const;
    [[nodiscard]] std::optional<int> year() const { return m_year; }

private:
    QHash<QStringView, const Cell*> m_cells;
    const ReportTemplate* m_format = nullptr;
    std::optional<int> m_year;
};

} // namespace nianbao::rules
