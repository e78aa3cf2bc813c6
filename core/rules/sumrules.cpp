#include "rules/ruleevaluation.h"
#include "rules/rulefindings.h"
#include "rules/ruletext.h"

#include <QSet>

namespace nianbao::rules {

namespace {

/// What one sum instance adds up to, and whether it can be assessed. Only numbers: most
/// instances hold, and the cells a finding names are gathered only when one is raised.
struct Tally {
    double lhs = 0;
    double rhs = 0;
    int counted = 0;        ///< this report's cells that entered the sums
    int blankCount = 0;     ///< blank or missing cells of either year
    bool applies = true;    ///< false when the previous year's format lacks an operand
    bool uncertain = false; ///< a counted cell was read with low confidence
};

enum class Operands { Counted, Blank };

/// The report's cell at a template index and whether the report should hold it (a row of
/// the form it prints): null when it should not, or when it should but does not.
const Cell* expectedCell(int index, const Evaluation& evaluation, bool& expected)
{
    expected = evaluation.cells.expected(index);
    return expected ? evaluation.cells.cell(index) : nullptr;
}

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
        bool expected = false;
        const Cell* cell = expectedCell(operand.cell, evaluation, expected);
        if (!expected) {
            continue; // a row of the form the report does not print
        }
        if (!cell || !cell->value) {
            ++tally.blankCount;
            continue;
        }
        total += operand.sign * *cell->value;
        ++tally.counted;
        tally.uncertain = tally.uncertain || isLowConfidence(cell->confidence);
    }
}

/// The keys of a check's current-year operands that entered the sums, or that are blank.
QStringList operandKeys(const SumCheck& check, const Evaluation& evaluation, Operands which)
{
    QStringList keys;
    for (const auto* side : {&check.lhs, &check.rhs}) {
        for (const Operand& operand : *side) {
            bool expected = false;
            const Cell* cell =
                operand.previousYear ? nullptr : expectedCell(operand.cell, evaluation, expected);
            if (!expected) {
                continue;
            }
            const bool blank = !cell || !cell->value;
            if (blank == (which == Operands::Blank)) {
                keys.append(operand.key);
            }
        }
    }
    return keys;
}

/// The instances of one rule that could not be checked, gathered into a single note.
struct Unassessable {
    QList<LocalizedText> instances;
    QStringList cells;
    int blankCount = 0;

    /// The instances of a sum rule never share a cell (each column or row has its own), so
    /// `keys` are new; a cell can be a part of two subtotals, so `named` keeps those once.
    void add(const LocalizedText& instance, int blank, const QStringList& keys,
             QSet<QString>* named = nullptr)
    {
        instances.append(instance);
        blankCount += blank;
        for (const QString& key : keys) {
            if (!named || !named->contains(key)) {
                cells.append(key);
                if (named) {
                    named->insert(key);
                }
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
        if (!tally.applies || (tally.counted == 0 && tally.blankCount == 0)) {
            continue;
        }
        if (tally.blankCount > 0) {
            unassessable.add(check.label, tally.blankCount,
                             operandKeys(check, evaluation, Operands::Blank));
        } else if (!sameValue(tally.lhs, tally.rhs)) {
            evaluation.findings.push_back(findings::sumBroken(
                rule.code, rule.severity, tally.uncertain, check.label, rule.lhsLabel, tally.lhs,
                rule.rhsLabel, tally.rhs, operandKeys(check, evaluation, Operands::Counted)));
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
    QSet<QString> named;
    for (const Cell& extra : evaluation.report.extras) {
        const auto it = rule.extras.constFind(extra.key);
        if (it == rule.extras.constEnd() || !extra.value) {
            continue; // not a subtotal of this rule's table, or printed blank
        }
        double sum = 0;
        QStringList counted;
        QStringList blank;
        for (const int part : it->parts) {
            bool expected = false;
            const Cell* cell = expectedCell(part, evaluation, expected);
            if (!expected) {
                continue;
            }
            if (!cell || !cell->value) {
                blank.append(evaluation.cells.key(part));
                continue;
            }
            sum += *cell->value;
            counted.append(evaluation.cells.key(part));
        }
        if (!blank.isEmpty()) {
            unassessable.add(it->label, static_cast<int>(blank.size()), blank, &named);
        } else if (!sameValue(*extra.value, sum)) {
            evaluation.findings.push_back(
                findings::subtotalBroken(rule.code, rule.severity, it->label, *extra.value, sum,
                                         QStringList(extra.key) + counted));
        }
    }
    if (!unassessable.empty()) {
        evaluation.findings.push_back(
            findings::subtotalUnassessable(rule.code, joinTerms(unassessable.instances),
                                           unassessable.blankCount, unassessable.cells));
    }
}

} // namespace nianbao::rules
