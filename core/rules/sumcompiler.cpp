#include "rules/rulecompiler.h"
#include "templates/reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace nianbao::rules::compile {

namespace {

/// One side's term as written in the data: "new", "denied.*" or
/// {"key": "repealed", "sign": -1, "year": "previous"}.
struct TermSpec {
    QString pattern;
    int sign = 1;
    bool previousYear = false;
};

bool matches(const QString& pattern, const QString& key)
{
    if (pattern.endsWith(QLatin1String(".*"))) {
        return key.startsWith(QStringView(pattern).chopped(1));
    }
    return key == pattern;
}

bool isWildcard(const QString& pattern)
{
    return pattern.endsWith(QLatin1String(".*"));
}

Result<std::vector<TermSpec>> termSpecs(const QJsonObject& object, const QString& side,
                                        bool crossYear)
{
    const QString code = object.value(QLatin1String("code")).toString();
    std::vector<TermSpec> terms;
    for (const QJsonValue& value : object.value(side).toArray()) {
        TermSpec term;
        if (value.isString()) {
            term.pattern = value.toString();
        } else {
            const QJsonObject spec = value.toObject();
            term.pattern = spec.value(QLatin1String("key")).toString();
            term.sign = spec.value(QLatin1String("sign")).toInt(1) < 0 ? -1 : 1;
            const QString year = spec.value(QLatin1String("year")).toString();
            if (!year.isEmpty() && year != QLatin1String("previous") &&
                year != QLatin1String("current")) {
                return std::unexpected(
                    ruleError(code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                                "unknown year \"%1\"")
                                        .arg(year)));
            }
            term.previousYear = year == QLatin1String("previous");
        }
        if (term.pattern.isEmpty()) {
            return std::unexpected(
                ruleError(code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                            "a term of %1 names no key")
                                    .arg(side)));
        }
        if (term.previousYear && !crossYear) {
            // The extractor reads the "sum" rules to split glued digits: they must only
            // relate cells of one report.
            return std::unexpected(ruleError(
                code,
                QCoreApplication::translate("nianbao::RuleCompiler",
                                            "only a cross_year rule may use the previous year")));
        }
        terms.push_back(term);
    }
    if (terms.empty()) {
        return std::unexpected(ruleError(
            code, QCoreApplication::translate("nianbao::RuleCompiler", "its side %1 is empty")
                      .arg(side)));
    }
    return terms;
}

/// The instances of a rule: the columns (for_each column) or rows (for_each row) of a block.
struct Instance {
    const BlockDef* block = nullptr;
    const ColumnDef* column = nullptr; ///< for_each column
    const RowDef* row = nullptr;       ///< for_each row
};

/// Resolves one side of one instance; false when a non-wildcard term names nothing in the
/// block (the rule does not apply to that instance).
bool resolveSide(const std::vector<TermSpec>& terms, const Instance& instance,
                 const QString& tableKey, const RuleSet& set, std::vector<Operand>& operands,
                 QSet<QString>& resolved)
{
    for (const TermSpec& term : terms) {
        bool found = false;
        auto add = [&](const QString& rowKey, const QString& columnKey) {
            Operand operand;
            operand.key = tableKey + QLatin1Char('.') + rowKey + QLatin1Char('.') + columnKey;
            operand.sign = term.sign;
            operand.previousYear = term.previousYear;
            operand.cell = term.previousYear ? -1 : set.cellIndex.value(operand.key, -1);
            operands.push_back(operand);
            found = true;
        };
        if (instance.column) {
            for (const RowDef& row : instance.block->rows) {
                if (matches(term.pattern, row.key)) {
                    add(row.key, instance.column->key);
                }
            }
        } else {
            for (const ColumnDef& column : instance.block->columns) {
                if (matches(term.pattern, column.key)) {
                    add(instance.row->key, column.key);
                }
            }
        }
        if (found) {
            resolved.insert(term.pattern);
        } else if (!isWildcard(term.pattern)) {
            return false;
        }
    }
    return true;
}

QStringList filterList(const QJsonObject& object, const QString& name)
{
    QStringList list;
    for (const QJsonValue& value : object.value(name).toArray()) {
        list.append(value.toString());
    }
    return list;
}

bool selected(const QStringList& filter, const QString& key)
{
    return filter.isEmpty() ||
           std::any_of(filter.begin(), filter.end(),
                       [&](const QString& pattern) { return matches(pattern, key); });
}

} // namespace

Result<SumRule> sumRule(const QJsonObject& object, const RuleSet& set, bool crossYear)
{
    auto head = ruleHead<SumRule>(object, crossYear ? Severity::Warning : Severity::Error);
    if (!head) {
        return head;
    }
    SumRule rule = std::move(*head);
    rule.crossYear = crossYear;
    rule.lhsLabel = LocalizedText::fromJson(object.value(QLatin1String("lhs_label")));
    rule.rhsLabel = LocalizedText::fromJson(object.value(QLatin1String("rhs_label")));
    if (rule.lhsLabel.isEmpty() || rule.rhsLabel.isEmpty()) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "it needs lhs_label and rhs_label")));
    }

    const QString tableKey = object.value(QLatin1String("table")).toString();
    const TableDef* table = set.format->table(tableKey);
    if (!table) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "there is no table \"%1\"")
                                     .arg(tableKey)));
    }
    const QString forEach = object.value(QLatin1String("for_each")).toString();
    const bool perColumn = forEach == QLatin1String("column");
    if (!perColumn && forEach != QLatin1String("row")) {
        return std::unexpected(ruleError(
            rule.code,
            QCoreApplication::translate("nianbao::RuleCompiler",
                                        "for_each must be \"column\" or \"row\", not \"%1\"")
                .arg(forEach)));
    }
    const auto lhs = termSpecs(object, QStringLiteral("lhs"), crossYear);
    if (!lhs) {
        return std::unexpected(lhs.error());
    }
    const auto rhs = termSpecs(object, QStringLiteral("rhs"), crossYear);
    if (!rhs) {
        return std::unexpected(rhs.error());
    }
    const QStringList rows = filterList(object, QStringLiteral("rows"));
    const QStringList columns = filterList(object, QStringLiteral("columns"));

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
                const QString first = tableKey + QLatin1Char('.') + row.key + QLatin1Char('.') +
                                      block.columns.first().key;
                addInstance({&block, nullptr, &row}, row.label, set.cellIndex.value(first, -1));
            }
        }
    }
    // A term that names nothing anywhere is a typo in the data, not a rule that never applies.
    for (const auto* side : {&*lhs, &*rhs}) {
        for (const TermSpec& term : *side) {
            if (!isWildcard(term.pattern) && !resolved.contains(term.pattern)) {
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
