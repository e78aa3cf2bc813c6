#include "rules/ruleevaluation.h"
#include "rules/rulefindings.h"
#include "rules/ruletext.h"

namespace nianbao::rules {

namespace {

/// What one sum instance (or one subtotal) adds up to, and why it may not be assessable.
struct Tally {
    double lhs = 0;
    double rhs = 0;
    QStringList counted;    ///< this report's cells that entered the sums, named by a finding
    QStringList blank;      ///< this report's blank or missing cells
    int blankCount = 0;     ///< blank or missing cells of either year
    bool applies = true;    ///< false when the previous year's format lacks an operand
    bool uncertain = false; ///< a counted cell was read with low confidence

    void count(const Cell& cell, const QString& key)
    {
        counted.append(key);
        uncertain = uncertain || cell.confidence < kCertainConfidence;
    }
};

void addOperands(const std::vector<Operand>& operands, double& total, Tally& tally,
                 const Evaluation& evaluation)
{
    for (const Operand& operand : operands) {
        if (operand.previousYear) {
            const PreviousCells::Lookup found = evaluation.previous->find(operand.key);
            if (found.state == PreviousCells::State::NotInFormat) {
                tally.applies = false;
            } else if (found.state == PreviousCells::State::Blank) {
                ++tally.blankCount;
            } else {
                total += operand.sign * found.value;
            }
            continue;
        }
        if (!evaluation.cells.expected(operand.cell)) {
            continue; // a row of the form the report does not print
        }
        const Cell* cell = evaluation.cells.cell(operand.cell);
        if (!cell || !cell->value) {
            tally.blank.append(operand.key);
            ++tally.blankCount;
            continue;
        }
        total += operand.sign * *cell->value;
        tally.count(*cell, operand.key);
    }
}

/// The instances of one rule that could not be checked, gathered into a single note.
struct Unassessable {
    QList<LocalizedText> instances;
    QStringList cells;
    int blankCount = 0;

    void add(const LocalizedText& instance, const Tally& tally)
    {
        instances.append(instance);
        blankCount += tally.blankCount;
        for (const QString& key : tally.blank) {
            if (!cells.contains(key)) {
                cells.append(key);
            }
        }
    }
    [[nodiscard]] bool empty() const { return instances.isEmpty(); }
};

/// Cross-year rules need the previous year's report, and that report must be on Y-1.
bool previousYearUsable(const SumRule& rule, Evaluation& evaluation)
{
    if (!evaluation.previous) {
        return false;
    }
    const auto current = evaluation.report.meta.year;
    const auto previous = evaluation.previous->year();
    if (current && previous && *previous != *current - 1) {
        evaluation.findings.push_back(findings::previousYearMismatch(
            rule.code, equationTerm(rule.lhsLabel, rule.rhsLabel), *previous, *current - 1));
        return false;
    }
    return true;
}

} // namespace

void evaluate(const SumRule& rule, Evaluation& evaluation)
{
    if (rule.crossYear && !previousYearUsable(rule, evaluation)) {
        return;
    }
    Unassessable unassessable;
    for (const SumCheck& check : rule.checks) {
        if (check.rowCell >= 0 && !evaluation.cells.expected(check.rowCell)) {
            continue;
        }
        Tally tally;
        addOperands(check.lhs, tally.lhs, tally, evaluation);
        addOperands(check.rhs, tally.rhs, tally, evaluation);
        if (!tally.applies || (tally.counted.isEmpty() && tally.blankCount == 0)) {
            continue;
        }
        if (tally.blankCount > 0) {
            unassessable.add(check.label, tally);
        } else if (!sameValue(tally.lhs, tally.rhs)) {
            evaluation.findings.push_back(findings::sumBroken(
                rule.code, rule.severity, tally.uncertain, check.label, rule.lhsLabel, tally.lhs,
                rule.rhsLabel, tally.rhs, std::move(tally.counted)));
        }
    }
    if (!unassessable.empty()) {
        evaluation.findings.push_back(findings::sumUnassessable(
            rule.code, equationTerm(rule.lhsLabel, rule.rhsLabel),
            joinTerms(unassessable.instances), unassessable.blankCount, unassessable.cells));
    }
}

void evaluate(const SubtotalRule& rule, Evaluation& evaluation)
{
    if (evaluation.report.extras.empty()) {
        return;
    }
    Unassessable unassessable;
    for (const Cell& extra : evaluation.report.extras) {
        const auto it = rule.extras.constFind(extra.key);
        if (it == rule.extras.constEnd() || !extra.value) {
            continue; // not a subtotal of this rule's table, or printed blank
        }
        Tally tally;
        tally.lhs = *extra.value;
        for (const int part : it->parts) {
            if (!evaluation.cells.expected(part)) {
                continue;
            }
            const Cell* cell = evaluation.cells.cell(part);
            const QString& key = evaluation.cells.key(part);
            if (!cell || !cell->value) {
                tally.blank.append(key);
                ++tally.blankCount;
                continue;
            }
            tally.rhs += *cell->value;
            tally.count(*cell, key);
        }
        if (tally.blankCount > 0) {
            unassessable.add(it->label, tally);
        } else if (!sameValue(tally.lhs, tally.rhs)) {
            QStringList cells = QStringList(extra.key) + tally.counted;
            evaluation.findings.push_back(findings::subtotalBroken(
                rule.code, rule.severity, it->label, tally.lhs, tally.rhs, std::move(cells)));
        }
    }
    if (!unassessable.empty()) {
        evaluation.findings.push_back(
            findings::subtotalUnassessable(rule.code, joinTerms(unassessable.instances),
                                           unassessable.blankCount, unassessable.cells));
    }
}

} // namespace nianbao::rules
