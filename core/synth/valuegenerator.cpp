#include "synth/valuegenerator.h"

#include "synth/bodyprofile.h"
#include "synth/cellset.h"
#include "synth/randomtools.h"
#include "templates/reporttemplate.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace nianbao::synth {

namespace {

/// The sum rules of one table, resolved against the rows the report prints:
/// per row, totalColumn = Σ partColumns; per column, totalRow = Σ outcomeRows and
/// Σ inflowRows = totalRow + Σ outflowRows (tables.md rules 1–4).
struct SumRules {
    QString totalColumn;
    QStringList partColumns;
    QString totalRow;
    QStringList outcomeRows;
    QStringList inflowRows;
    QStringList outflowRows;

    [[nodiscard]] bool any() const { return !totalColumn.isEmpty() || !totalRow.isEmpty(); }
};

QStringList toStrings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        out.append(item.toString());
    }
    return out;
}

/// Row keys of `table` that the report prints and that a rule's pattern names
/// ("denied.*" names every denied.x row; "other" names the row "other").
QStringList expandRows(const TableDef& table, const CellSet& cells, const QStringList& patterns) {
    QStringList rows;
    for (const BlockDef& block : table.blocks) {
        for (const RowDef& row : block.rows) {
            if (!cells.printsRow(table, row)) {
                continue;
            }
            const bool named = std::any_of(patterns.begin(), patterns.end(), [&](const QString& p) {
                if (p.endsWith(QLatin1String(".*"))) {
                    return row.key.startsWith(p.first(p.size() - 1));
                }
                return row.key == p;
            });
            if (named) {
                rows.append(row.key);
            }
        }
    }
    return rows;
}

SumRules readSumRules(const ReportTemplate& format, const TableDef& table, const CellSet& cells) {
    SumRules rules;
    QStringList balanceRight;
    for (const QJsonValue& value : format.rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QLatin1String("kind")).toString() != QLatin1String("sum") ||
            rule.value(QLatin1String("table")).toString() != table.key) {
            continue;
        }
        const QStringList lhs = toStrings(rule.value(QLatin1String("lhs")));
        const QStringList rhs = toStrings(rule.value(QLatin1String("rhs")));
        const QString forEach = rule.value(QLatin1String("for_each")).toString();
        if (forEach == QLatin1String("row") && lhs.size() == 1) {
            rules.totalColumn = lhs.first();
            rules.partColumns = rhs;
        } else if (forEach == QLatin1String("column") && lhs.size() == 1) {
            rules.totalRow = lhs.first();
            rules.outcomeRows = expandRows(table, cells, rhs);
        } else if (forEach == QLatin1String("column")) {
            rules.inflowRows = lhs;
            balanceRight = rhs;
        }
    }
    for (const QString& row : balanceRight) {
        if (row != rules.totalRow) {
            rules.outflowRows.append(row);
        }
    }
    return rules;
}

/// How often each outcome is met in published reports: most requests are granted or the
/// body does not hold the information; the rarer reasons leave many rows at zero.
double outcomeWeight(const QString& row, bool realistic) {
    if (!realistic) {
        return 1.0;
    }
    static const QHash<QString, double> weights = {
        {QStringLiteral("granted"), 30.0},
        {QStringLiteral("partial"), 8.0},
        {QStringLiteral("denied.state_secret"), 0.3},
        {QStringLiteral("denied.law_forbidden"), 1.0},
        {QStringLiteral("denied.safety_stability"), 0.3},
        {QStringLiteral("denied.third_party"), 1.5},
        {QStringLiteral("denied.internal_affairs"), 1.5},
        {QStringLiteral("denied.process_info"), 2.0},
        {QStringLiteral("denied.enforcement_file"), 1.0},
        {QStringLiteral("denied.query_matter"), 1.5},
        {QStringLiteral("unavailable.not_held"), 24.0},
        {QStringLiteral("unavailable.needs_creation"), 3.0},
        {QStringLiteral("unavailable.unclear"), 3.0},
        {QStringLiteral("rejected.petition"), 3.0},
        {QStringLiteral("rejected.repeated"), 3.0},
        {QStringLiteral("rejected.publication"), 0.5},
        {QStringLiteral("rejected.massive"), 0.5},
        {QStringLiteral("rejected.confirm"), 0.5},
        {QStringLiteral("other"), 6.0},
        {QStringLiteral("other.no_correction"), 3.0},
        {QStringLiteral("other.no_fee"), 0.1},
        {QStringLiteral("other.other"), 3.0},
        // Table 4 groups: reviews are far more common than lawsuits.
        {QStringLiteral("review"), 6.5},
        {QStringLiteral("suit_direct"), 2.5},
        {QStringLiteral("suit_after_review"), 1.0},
    };
    return weights.value(row, 1.0);
}

/// Who asks (table 3) and how cases end (table 4).
double columnWeight(const QString& column, const BodyProfile& profile) {
    if (!profile.realistic) {
        return 1.0;
    }
    const double organisations = 1.0 - profile.naturalShare;
    static const QHash<QString, double> organisationShares = {
        {QStringLiteral("commercial"), 0.55}, {QStringLiteral("research"), 0.04},
        {QStringLiteral("social"), 0.05},     {QStringLiteral("legal"), 0.2},
        {QStringLiteral("other_org"), 0.16},
    };
    static const QHash<QString, double> caseOutcomes = {
        {QStringLiteral("upheld"), 0.55},
        {QStringLiteral("corrected"), 0.12},
        {QStringLiteral("other"), 0.2},
        {QStringLiteral("pending"), 0.13},
    };
    if (column == QLatin1String("natural")) {
        return profile.naturalShare;
    }
    if (organisationShares.contains(column)) {
        return organisations * organisationShares.value(column);
    }
    return caseOutcomes.value(column, organisations * 0.1 + 0.01);
}

} // namespace

ValueGenerator::ValueGenerator(const ReportTemplate& format, const CellSet& cells,
                               QRandomGenerator& random)
    : m_format(format)
    , m_cells(cells)
    , m_random(random) {}

TableValues ValueGenerator::generate(const BodyProfile& profile, const TableValues* previous) {
    TableValues values;
    values.keys = m_cells.keys();
    for (const TableDef& table : m_format.tables) {
        if (readSumRules(m_format, table, m_cells).any()) {
            fillSummedTable(table, profile, previous, values);
        } else {
            fillFreeTable(table, m_cells, profile, previous, m_random, values);
        }
    }
    // Whatever a rule or a plausibility pattern did not reach is still a figure.
    for (const QString& key : values.keys) {
        if (!values.values.contains(key)) {
            values.values.insert(key, 0.0);
        }
    }
    return values;
}

void ValueGenerator::fillSummedTable(const TableDef& table, const BodyProfile& profile,
                                     const TableValues* previous, TableValues& values) {
    const SumRules rules = readSumRules(m_format, table, m_cells);
    const auto key = [&](const QString& row, const QString& column) -> QString {
        return table.key + QLatin1Char('.') + row + QLatin1Char('.') + column;
    };
    const auto set = [&](const QString& row, const QString& column, double value) {
        if (m_cells.contains(key(row, column))) {
            values.values.insert(key(row, column), value);
        }
    };
    QStringList rows;
    QStringList columns;
    for (const BlockDef& block : table.blocks) {
        for (const RowDef& row : block.rows) {
            if (m_cells.printsRow(table, row)) {
                rows.append(row.key);
            }
        }
        for (const ColumnDef& column : block.columns) {
            if (!columns.contains(column.key)) {
                columns.append(column.key);
            }
        }
    }
    QStringList parts = rules.partColumns;
    if (parts.isEmpty()) {
        parts = columns;
    }
    QList<double> columnWeights;
    for (const QString& column : parts) {
        columnWeights.append(columnWeight(column, profile));
    }
    // Each report of a body varies its outcome mix a little.
    const auto rowWeights = [&](const QStringList& keys) {
        QList<double> weights;
        for (const QString& row : keys) {
            weights.append(outcomeWeight(row, profile.realistic) *
                           (profile.realistic ? uniform(m_random, 0.3, 1.7) : 1.0));
        }
        return weights;
    };

    QStringList filled;
    if (!rules.totalRow.isEmpty() && !rules.inflowRows.isEmpty()) {
        // Requests: what came in (new, carried over) is handled (outcomes) or carried forward.
        int yearRequests = 0;
        if (profile.requests > 0) {
            yearRequests = std::max(profile.busy ? 1 : 0, around(m_random, profile.requests, 0.35));
        }
        const QList<int> fresh =
            profile.realistic ? scatter(m_random, yearRequests, columnWeights) : QList<int>();
        const QList<double> outcomeWeights = rowWeights(rules.outcomeRows);
        for (qsizetype c = 0; c < parts.size(); ++c) {
            const QString& column = parts.at(c);
            int available = 0;
            for (qsizetype i = 0; i < rules.inflowRows.size(); ++i) {
                int inflow = 0;
                if (i == 0) {
                    inflow = profile.realistic
                                 ? fresh.at(c)
                                 : (chance(m_random, 0.25) ? 0 : between(m_random, 1, 12));
                } else if (previous && i - 1 < rules.outflowRows.size()) {
                    inflow = int(previous->values.value(key(rules.outflowRows.at(i - 1), column)));
                } else if (profile.realistic) {
                    inflow = chance(m_random, profile.carryRate * 10.0)
                                 ? around(m_random, fresh.at(c) * profile.carryRate, 0.5)
                                 : 0;
                } else {
                    inflow = between(m_random, 0, 3);
                }
                set(rules.inflowRows.at(i), column, inflow);
                available += inflow;
            }
            int handled = available;
            for (const QString& outflowRow : rules.outflowRows) {
                int outflow = 0;
                if (profile.realistic) {
                    outflow = profile.carryRate > 0.0
                                  ? std::min(handled,
                                             around(m_random, available * profile.carryRate, 0.8))
                                  : 0;
                } else {
                    outflow = between(m_random, 0, std::min(handled, 3));
                }
                set(outflowRow, column, outflow);
                handled -= outflow;
            }
            set(rules.totalRow, column, handled);
            const QList<int> outcomes = scatter(m_random, handled, outcomeWeights);
            for (qsizetype r = 0; r < rules.outcomeRows.size(); ++r) {
                set(rules.outcomeRows.at(r), column, outcomes.at(r));
            }
        }
        filled << rules.inflowRows << rules.outflowRows << rules.totalRow << rules.outcomeRows;
    }

    // Rows no column rule governs (table 4's groups): each row's cases split over columns.
    const QList<double> weightsOfRows = rowWeights(rows);
    const double weightSum = std::accumulate(weightsOfRows.begin(), weightsOfRows.end(), 0.0);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString& row = rows.at(r);
        if (filled.contains(row)) {
            continue;
        }
        int cases = 0;
        if (profile.realistic) {
            const double expected = profile.requests * profile.appealRate * weightsOfRows.at(r) /
                                    std::max(weightSum, 1.0);
            cases =
                expected > 0.0 ? around(m_random, expected + (profile.busy ? 0.6 : 0.0), 0.6) : 0;
        } else {
            cases = chance(m_random, 0.2) ? 0 : between(m_random, 1, 20);
        }
        const QList<int> split = scatter(m_random, cases, columnWeights);
        for (qsizetype c = 0; c < parts.size(); ++c) {
            set(row, parts.at(c), split.at(c));
        }
    }

    if (!rules.totalColumn.isEmpty()) {
        for (const QString& row : rows) {
            double sum = 0.0;
            for (const QString& column : parts) {
                sum += values.values.value(key(row, column));
            }
            set(row, rules.totalColumn, sum);
        }
    }
}

} // namespace nianbao::synth
