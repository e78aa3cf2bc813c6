#include "extract/rowsettling.h"

#include "extract/extractionfindings.h"
#include "extract/roworderreading.h"
#include "extract/rowwriter.h"

#include <QSet>

#include <cmath>

namespace nianbao::extract {

namespace {

/// Confidence of cells settled only with soft evidence (the narrative, last year's report):
/// certain enough to need no reviewer, below what the tables' own identities give.
constexpr double kSettledBySoftEvidence = 0.9;

/// Rows with more readings than this are not weighed against the evidence: the search would
/// spend its whole bound on one row.
constexpr std::size_t kMaxSearchedReadings = 600;

/// The values a kept reading gives the row's official cells.
std::vector<std::optional<double>> officialValues(const SolvedRow& row, std::size_t reading)
{
    const std::vector<std::optional<double>> all = readingValues(row.solution, reading);
    std::vector<std::optional<double>> values;
    values.reserve(row.cellOf.size());
    for (const int index : row.cellOf) {
        values.push_back(all[static_cast<std::size_t>(index)]);
    }
    return values;
}

void apply(SolvedRow& row, const VariableOutcome& outcome)
{
    row.searchCapped = outcome.capped;
    row.contradicted = outcome.contradicted;
    row.weights = outcome.weight;
    if (outcome.kept.size() < row.solution.kept.size() && !outcome.kept.empty()) {
        const double confidence =
            outcome.narrowedBy == EvidenceSource::Identity ? 1.0 : kSettledBySoftEvidence;
        keepReadings(row.solution, row.problem, outcome.kept, confidence);
        row.narrowedBy = outcome.narrowedBy;
    }
}

} // namespace

double readingPrior(const std::vector<std::optional<double>>& values)
{
    double prior = 1.0;
    for (const std::optional<double>& value : values) {
        prior *= !value || *value == 0 ? 0.5 : 0.5 / (std::abs(*value) + 1.0);
    }
    return std::max(prior, 1e-300);
}

bool anyAmbiguousRow(const std::vector<TableReading*>& tables)
{
    for (const TableReading* table : tables) {
        if (!table->rowOrder.empty()) {
            return true;
        }
        for (const SolvedRow& row : table->rows) {
            if (row.ambiguous()) {
                return true;
            }
        }
    }
    return false;
}

namespace {

/// Whether every identity naming one of `values`' keys holds with them; false when one cannot be
/// assessed, or none names them.
bool identitiesHold(const QHash<QString, std::optional<double>>& values,
                    const std::vector<Evidence>& evidence)
{
    int checked = 0;
    for (const Evidence& item : evidence) {
        if (item.source != EvidenceSource::Identity || item.anyOf.size() != 1) {
            continue;
        }
        const Equation& equation = item.anyOf.front();
        double total = equation.constant;
        bool names = false;
        for (const Equation::Term& term : equation.terms) {
            const auto it = values.constFind(term.key);
            if (it == values.constEnd()) {
                continue;
            }
            if (!it->has_value()) {
                return false;
            }
            names = true;
            total += term.coefficient * **it;
        }
        if (names) {
            if (std::abs(total) > 1e-6) {
                return false;
            }
            ++checked;
        }
    }
    return checked > 0;
}

} // namespace

/// Adopts the table's reading in row order when every identity naming its cells holds with it.
void adoptOne(const QString& text, const LocalizedText& title, TableReading& table,
              const std::vector<Evidence>& evidence)
{
    if (table.rowOrder.empty()) {
        return;
    }
    std::vector<SolvedRow> ordered = std::move(table.rowOrder);
    table.rowOrder.clear();
    QHash<QString, std::optional<double>> values;
    for (const SolvedRow& row : ordered) {
        for (int c = 0; c < row.keys.size(); ++c) {
            values.insert(row.keys.at(c), certainValue(text, row, c));
        }
    }
    if (!identitiesHold(values, evidence)) {
        return;
    }
    QStringList moved;
    for (std::size_t r = 0; r < ordered.size() && r < table.rows.size(); ++r) {
        if (!table.rows[r].found() || !sameFigures(table.rows[r], ordered[r])) {
            moved += ordered[r].keys;
        }
    }
    // What the labels made of the rows no longer stands; what they said of themselves (a
    // fuzzy match, the form of a group) does.
    static const QSet<QString> byLabel = {QStringLiteral("extract.row_by_position"),
                                          QStringLiteral("extract.row_missing")};
    std::erase_if(table.findings,
                  [](const Finding& finding) { return byLabel.contains(finding.rule); });
    if (!moved.isEmpty()) {
        table.findings.push_back(findings::labelsApart(title, moved));
    }
    table.rows = std::move(ordered);
    table.labelsDisplaced = false;
}

/// A table whose labels are displaced and not read in row order: no row's figures are
/// certainly its own.
void distrustRows(TableReading& table, const LocalizedText& title)
{
    QStringList cells;
    for (SolvedRow& row : table.rows) {
        if (row.found()) {
            row.cap = std::min(row.cap, 0.5);
            cells += row.keys;
        }
    }
    table.findings.push_back(findings::labelsDisplaced(title, cells));
}

int figureCount(const SolvedRow& row)
{
    return static_cast<int>(std::count_if(row.problem.tokens.begin(), row.problem.tokens.end(),
                                          [](const ValueToken& t) { return t.isValue(); }));
}

/// Rows whose label is followed by no figure, in a table where figures went astray (a row
/// placed by position or missing, a row with too many): their figures may be printed
/// elsewhere, so their blanks are flagged rather than taken as the report's.
void flagEmptyRows(TableReading& table, const LocalizedText& title)
{
    const bool astray = std::any_of(table.rows.begin(), table.rows.end(), [](const SolvedRow& row) {
        return row.byPosition || !row.found() ||
               figureCount(row) > static_cast<int>(row.keys.size());
    });
    if (!astray) {
        return;
    }
    QStringList cells;
    for (SolvedRow& row : table.rows) {
        if (row.found() && figureCount(row) == 0) {
            row.cap = std::min(row.cap, 0.4);
            cells += row.keys;
        }
    }
    if (!cells.isEmpty()) {
        table.findings.push_back(findings::labelsDisplaced(title, cells));
    }
}

void adoptRowOrder(const QString& text, const ReportTemplate& format,
                   const std::vector<TableReading*>& tables, const std::vector<Evidence>& evidence)
{
    for (std::size_t t = 0; t < tables.size(); ++t) {
        TableReading& table = *tables[t];
        const LocalizedText& title = format.tables.at(int(t)).title;
        adoptOne(text, title, table, evidence);
        if (table.labelsDisplaced) {
            distrustRows(table, title);
        } else if (!table.rows.empty() && table.rows.front().columns.size() > 0) {
            flagEmptyRows(table, title);
        }
    }
}

void settleRows(const QString& text, const std::vector<TableReading*>& tables,
                const std::vector<Evidence>& evidence, const SolverLimits& limits)
{
    std::vector<SolvedRow*> ambiguous;
    std::vector<SolverVariable> variables;
    std::vector<SolvedRow*> unsearched;
    QHash<QString, std::optional<double>> fixed;
    for (TableReading* table : tables) {
        // Cells a reader wrote directly (tables read by position from a grid).
        for (const CellDraft& cell : table->cells) {
            fixed.insert(cell.key, cell.confidence >= kLowConfidence ? cell.value : std::nullopt);
        }
        for (SolvedRow& row : table->rows) {
            if (!row.ambiguous()) {
                for (int c = 0; c < row.keys.size(); ++c) {
                    fixed.insert(row.keys.at(c),
                                 row.found() ? certainValue(text, row, c) : std::nullopt);
                }
                continue;
            }
            if (row.solution.kept.size() > kMaxSearchedReadings) {
                // Too many readings to weigh against the evidence (a short row of a long
                // table): the cells stay flagged, their readings ranked by the prior alone.
                unsearched.push_back(&row);
                for (const QString& key : row.keys) {
                    fixed.insert(key, std::nullopt);
                }
                continue;
            }
            SolverVariable variable;
            variable.keys = row.keys;
            for (std::size_t r = 0; r < row.solution.kept.size(); ++r) {
                variable.readings.push_back(officialValues(row, r));
                variable.prior.push_back(readingPrior(variable.readings.back()));
            }
            variables.push_back(std::move(variable));
            ambiguous.push_back(&row);
        }
    }
    for (SolvedRow* row : unsearched) {
        double total = 0;
        for (std::size_t r = 0; r < row->solution.kept.size(); ++r) {
            row->weights.push_back(readingPrior(officialValues(*row, r)));
            total += row->weights.back();
        }
        for (double& weight : row->weights) {
            weight /= total;
        }
    }
    if (variables.empty()) {
        return;
    }
    const std::vector<VariableOutcome> outcomes = solveEvidence(variables, fixed, evidence, limits);
    for (std::size_t i = 0; i < ambiguous.size(); ++i) {
        apply(*ambiguous[i], outcomes[i]);
    }
}

} // namespace nianbao::extract
