#include "model/cellkey.h"
#include "rules/rulecompiler.h"
#include "templates/reporttemplate.h"

#include <QCoreApplication>
#include <QSet>

namespace nianbao::rules::compile {

namespace {

bool matches(const QString& pattern, const QString& key)
{
    return RuleTermDef{pattern, 1, false}.matches(key);
}

/// The instances of a rule: the columns (for_each column) or rows (for_each row) of a block.
struct Instance {
    const BlockDef* block = nullptr;
    const ColumnDef* column = nullptr; ///< for_each column
    const RowDef* row = nullptr;       ///< for_each row
};

/// Resolves one side of one instance; false when a non-wildcard term names nothing in the
/// block (the rule does not apply to that instance).
bool resolveSide(const std::vector<RuleTermDef>& terms, const Instance& instance,
                 const QString& tableKey, const RuleSet& set, std::vector<Operand>& operands,
                 QSet<QString>& resolved)
{
    for (const RuleTermDef& term : terms) {
        bool found = false;
        auto add = [&](const QString& rowKey, const QString& columnKey) {
            Operand operand;
            operand.key = cellKey(tableKey, rowKey, columnKey);
            operand.sign = term.sign;
            operand.previousYear = term.previousYear;
            operand.cell = term.previousYear ? -1 : set.cellIndex.value(operand.key, -1);
            operands.push_back(operand);
            found = true;
        };
        if (instance.column) {
            for (const RowDef& row : instance.block->rows) {
                if (term.matches(row.key)) {
                    add(row.key, instance.column->key);
                }
            }
        } else {
            for (const ColumnDef& column : instance.block->columns) {
                if (term.matches(column.key)) {
                    add(instance.row->key, column.key);
                }
            }
        }
        if (found) {
            resolved.insert(term.pattern);
        } else if (!term.isWildcard()) {
            return false;
        }
    }
    return true;
}

bool selected(const QStringList& filter, const QString& key)
{
    return filter.isEmpty() ||
           std::any_of(filter.begin(), filter.end(),
                       [&](const QString& pattern) { return matches(pattern, key); });
}

} // namespace

Result<SumRule> sumRule(const RuleDef& def, const RuleSet& set)
{
    const bool crossYear = def.kind == RuleKind::CrossYear;
    SumRule rule = ruleHead<SumRule>(def, crossYear ? Severity::Warning : Severity::Error);
    rule.crossYear = crossYear;
    rule.lhsLabel = def.lhsLabel;
    rule.rhsLabel = def.rhsLabel;

    const QString& tableKey = def.table;
    const TableDef* table = set.format->table(tableKey);
    if (!table) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "there is no table \"%1\"")
                                     .arg(tableKey)));
    }
    const bool perColumn = def.forEach == SumAxis::Column;
    const std::vector<RuleTermDef>* const lhs = &def.lhs;
    const std::vector<RuleTermDef>* const rhs = &def.rhs;
    const QStringList& rows = def.rows;
    const QStringList& columns = def.columns;

    QSet<QString> resolved;
    auto addInstance = [&](const Instance& instance, const LocalizedText& label, int rowCell) {
        SumCheck check;
        check.label = label;
        check.rowCell = rowCell;
        if (resolveSide(*lhs, instance, tableKey, set, check.lhs, resolved) &&
            resolveSide(*rhs, instance, tableKey, set, check.rhs, resolved)) {
            rule.checks.push_back(std::move(check));
        }
    };
    for (const BlockDef& block : table->blocks) {
        if (perColumn) {
            for (const ColumnDef& column : block.columns) {
                if (selected(columns, column.key)) {
                    addInstance({&block, &column, nullptr}, column.label, -1);
                }
            }
            continue;
        }
        for (const RowDef& row : block.rows) {
            if (selected(rows, row.key) && !block.columns.isEmpty()) {
                const QString first = cellKey(tableKey, row.key, block.columns.first().key);
                addInstance({&block, nullptr, &row}, row.label, set.cellIndex.value(first, -1));
            }
        }
    }
    // A term that names nothing anywhere is a typo in the data, not a rule that never applies.
    for (const auto* side : {lhs, rhs}) {
        for (const RuleTermDef& term : *side) {
            if (!term.isWildcard() && !resolved.contains(term.pattern)) {
                const QString problem =
                    perColumn ? QCoreApplication::translate("nianbao::RuleCompiler",
                                                            "\"%1\" is not a row of table %2")
                              : QCoreApplication::translate("nianbao::RuleCompiler",
                                                            "\"%1\" is not a column of table %2");
                return std::unexpected(ruleError(rule.code, problem.arg(term.pattern, tableKey)));
            }
        }
    }
    if (rule.checks.empty()) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "it applies to no row or column")));
    }
    return rule;
}

} // namespace nianbao::rules::compile
