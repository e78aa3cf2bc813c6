#include "synth/valuegenerator.h"

#include "synth/bodyprofile.h"
#include "synth/cellset.h"
#include "synth/randomtools.h"
#include "templates/reporttemplate.h"

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

QStringList patternsOf(const std::vector<RuleTermDef>& terms)
{
    QStringList out;
    for (const RuleTermDef& term : terms) {
        out.append(term.pattern);
    }
    return out;
}

/// Row keys of `table` that the report prints and that a rule's pattern names
/// ("denied.*" names every denied.x row; "other" names the row "other").
QStringList expandRows(const TableDef& table, const CellSet& cells, const QStringList& patterns)
{
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

SumRules readSumRules(const ReportTemplate& format, const TableDef& table, const CellSet& cells)
{
    SumRules rules;
    QStringList balanceRight;
    for (const RuleDef& rule : format.rules) {
        if (rule.kind != RuleKind::Sum || rule.table != table.key) {
            continue;
        }
        const QStringList lhs = patternsOf(rule.lhs);
        const QStringList rhs = patternsOf(rule.rhs);
        const bool perRow = rule.forEach == SumAxis::Row;
        if (perRow && lhs.size() == 1) {
            rules.totalColumn = lhs.first();
            rules.partColumns = rhs;
        } else if (!perRow && lhs.size() == 1) {
            rules.totalRow = lhs.first();
            rules.outcomeRows = expandRows(table, cells, rhs);
        } else if (!perRow) {
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
double outcomeWeight(const QString& row, bool realistic)
{
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
double columnWeight(const QString& column, const BodyProfile& profile)
{
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

/// Fills one table with sum rules: request flows per column (rules 1 and 2), cases per row
/// where no column rule applies (table 4), then each row's total (rules 3 and 4).
class SummedTableFiller {
public:
    SummedTableFiller(const TableDef& table, SumRules rules, const CellSet& cells,
                      const BodyProfile& profile, QRandomGenerator& random, TableValues& values)
        : m_table(table)
        , m_rules(std::move(rules))
        , m_cells(cells)
        , m_profile(profile)
        , m_random(random)
        , m_values(values)
    {
        for (const BlockDef& block : table.blocks) {
            for (const RowDef& row : block.rows) {
                if (cells.printsRow(table, row)) {
                    m_rows.append(row.key);
                }
            }
            for (const ColumnDef& column : block.columns) {
                if (!m_parts.contains(column.key)) {
                    m_parts.append(column.key);
                }
            }
        }
        if (!m_rules.partColumns.isEmpty()) {
            m_parts = m_rules.partColumns;
        }
        for (const QString& column : m_parts) {
            m_columnWeights.append(columnWeight(column, profile));
        }
    }

    void fill(const TableValues* previous)
    {
        m_continuing = previous && m_profile.realistic && !m_profile.busy;
        if (!m_rules.totalRow.isEmpty() && !m_rules.inflowRows.isEmpty()) {
            fillFlows(previous);
        }
        fillCases();
        fillTotals();
    }

private:
    [[nodiscard]] QString key(const QString& row, const QString& column) const
    {
        return m_table.key + QLatin1Char('.') + row + QLatin1Char('.') + column;
    }

    void set(const QString& row, const QString& column, double value)
    {
        if (m_cells.contains(key(row, column))) {
            m_values.values.insert(key(row, column), value);
        }
    }

    /// Relative frequencies of rows; each report of a body varies its mix, a year after
    /// another only a little (the busy bodies of the bundled samples draw each year afresh, as
    /// they always have, so that the samples stay what nianbao-gen wrote).
    QList<double> rowWeights(const QStringList& rows)
    {
        const double low = m_continuing ? 0.7 : 0.3;
        const double high = m_continuing ? 1.3 : 1.7;
        QList<double> weights;
        for (const QString& row : rows) {
            weights.append(outcomeWeight(row, m_profile.realistic) *
                           (m_profile.realistic ? uniform(m_random, low, high) : 1.0));
        }
        return weights;
    }

    /// Requests: what came in (new, carried over) is handled (the outcomes, whose sum is the
    /// total row) or carried forward. Carried over is last year's carried forward.
    void fillFlows(const TableValues* previous)
    {
        int yearRequests = 0;
        if (m_profile.requests > 0) {
            yearRequests =
                std::max(m_profile.busy ? 1 : 0, around(m_random, m_profile.requests, 0.35));
        }
        const QList<int> fresh = m_profile.realistic
                                     ? scatter(m_random, yearRequests, m_columnWeights)
                                     : QList<int>(m_parts.size(), 0);
        const QList<double> outcomeWeights = rowWeights(m_rules.outcomeRows);
        for (qsizetype c = 0; c < m_parts.size(); ++c) {
            const QString& column = m_parts.at(c);
            int available = 0;
            for (qsizetype i = 0; i < m_rules.inflowRows.size(); ++i) {
                int inflow = 0;
                if (i == 0) {
                    inflow = m_profile.realistic
                                 ? fresh.at(c)
                                 : (chance(m_random, 0.25) ? 0 : between(m_random, 1, 12));
                } else if (previous && i - 1 < m_rules.outflowRows.size()) {
                    inflow =
                        int(previous->values.value(key(m_rules.outflowRows.at(i - 1), column)));
                } else if (m_profile.realistic) {
                    inflow = chance(m_random, m_profile.carryRate * 10.0)
                                 ? around(m_random, fresh.at(c) * m_profile.carryRate, 0.5)
                                 : 0;
                } else {
                    inflow = between(m_random, 0, 3);
                }
                set(m_rules.inflowRows.at(i), column, inflow);
                available += inflow;
            }
            int handled = available;
            for (const QString& outflowRow : m_rules.outflowRows) {
                int outflow = 0;
                if (!m_profile.realistic) {
                    outflow = between(m_random, 0, std::min(handled, 3));
                } else if (m_profile.carryRate > 0.0) {
                    outflow =
                        std::min(handled, around(m_random, available * m_profile.carryRate, 0.8));
                }
                set(outflowRow, column, outflow);
                handled -= outflow;
            }
            set(m_rules.totalRow, column, handled);
            const QList<int> outcomes = scatter(m_random, handled, outcomeWeights);
            for (qsizetype r = 0; r < m_rules.outcomeRows.size(); ++r) {
                set(m_rules.outcomeRows.at(r), column, outcomes.at(r));
            }
        }
        m_filled << m_rules.inflowRows << m_rules.outflowRows << m_rules.totalRow
                 << m_rules.outcomeRows;
    }

    /// Rows no column rule governs (table 4's reviews and lawsuits): a row's cases split over
    /// the columns. Appeals are a small share of a body's requests.
    void fillCases()
    {
        const QList<double> weights = rowWeights(m_rows);
        const double weightSum =
            std::max(1.0, std::accumulate(weights.begin(), weights.end(), 0.0));
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (m_filled.contains(m_rows.at(r))) {
                continue;
            }
            int cases = 0;
            if (!m_profile.realistic) {
                cases = chance(m_random, 0.2) ? 0 : between(m_random, 1, 20);
            } else if (const double expected =
                           m_profile.requests * m_profile.appealRate * weights.at(r) / weightSum;
                       expected > 0.0) {
                cases = around(m_random, expected + (m_profile.busy ? 0.6 : 0.0), 0.6);
            }
            const QList<int> split = scatter(m_random, cases, m_columnWeights);
            for (qsizetype c = 0; c < m_parts.size(); ++c) {
                set(m_rows.at(r), m_parts.at(c), split.at(c));
            }
        }
    }

    void fillTotals()
    {
        if (m_rules.totalColumn.isEmpty()) {
            return;
        }
        for (const QString& row : m_rows) {
            double sum = 0.0;
            for (const QString& column : m_parts) {
                sum += m_values.values.value(key(row, column));
            }
            set(row, m_rules.totalColumn, sum);
        }
    }

    const TableDef& m_table;
    SumRules m_rules;
    const CellSet& m_cells;
    const BodyProfile& m_profile;
    QRandomGenerator& m_random;
    TableValues& m_values;
    bool m_continuing = false; ///< a year of a series after the first, of a plain body
    QStringList m_rows;        ///< printed rows, in template order
    QStringList m_parts;       ///< the columns a row total sums (all columns without one)
    QList<double> m_columnWeights;
    QStringList m_filled; ///< rows the flows already filled
};

} // namespace

ValueGenerator::ValueGenerator(const ReportTemplate& format, const CellSet& cells,
                               QRandomGenerator& random)
    : m_format(format)
    , m_cells(cells)
    , m_random(random)
{}

TableValues ValueGenerator::generate(const BodyProfile& profile, const TableValues* previous)
{
    TableValues values;
    values.keys = m_cells.keys();
    for (const TableDef& table : m_format.tables) {
        SumRules rules = readSumRules(m_format, table, m_cells);
        if (rules.any()) {
            SummedTableFiller(table, std::move(rules), m_cells, profile, m_random, values)
                .fill(previous);
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

} // namespace nianbao::synth
