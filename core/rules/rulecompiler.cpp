#include "rules/rulecompiler.h"

#include "model/cellkey.h"
#include "rules/ruletext.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>

namespace nianbao::rules {

namespace {

void indexCells(RuleSet& set)
{
    const QList<CellDef>& cells = set.format->cells();
    set.cellIndex.reserve(cells.size());
    for (int i = 0; i < cells.size(); ++i) {
        set.cellIndex.insert(cells.at(i).key, i);
    }
}

/// The cells of the rows of a group printed in one of two forms ((六)其他处理).
void findRowForms(RuleSet& set)
{
    const ReportTemplate& format = *set.format;
    set.formOfCell.assign(format.cells().size(), -1);
    for (const TableDef& table : format.tables) {
        for (const GroupDef& group : table.groups) {
            if (group.collapsedRow.isEmpty() || group.detailedRows.isEmpty()) {
                continue;
            }
            const QStringList rows = QStringList(group.collapsedRow) + group.detailedRows;
            RowForm form;
            const int formIndex = static_cast<int>(set.forms.size());
            for (int i = 0; i < format.cells().size(); ++i) {
                const CellDef& cell = format.cells().at(i);
                if (format.tables.at(cell.table).key != table.key ||
                    !rows.contains(format.row(cell).key)) {
                    continue;
                }
                set.formOfCell[i] = formIndex;
                if (cell.alternative) {
                    form.alternativeCells.push_back(i);
                }
            }
            set.forms.push_back(std::move(form));
        }
    }
}

std::vector<RowCells> rowsOf(const ReportTemplate& format)
{
    std::vector<RowCells> rows;
    const QList<CellDef>& cells = format.cells();
    for (int i = 0; i < cells.size(); ++i) {
        const CellDef& cell = cells.at(i);
        const bool newRow = i == 0 || cells.at(i - 1).table != cell.table ||
                            cells.at(i - 1).block != cell.block || cells.at(i - 1).row != cell.row;
        if (newRow) {
            rows.push_back({format.row(cell).label, {}});
        }
        rows.back().cells.push_back(i);
    }
    return rows;
}

Result<CompletenessRule> completenessRule(const RuleDef& def, const RuleSet& set)
{
    auto rule = compile::ruleHead<CompletenessRule>(def, Severity::Warning);
    rule.coveredBy = def.coveredBy;
    rule.rows = rowsOf(*set.format);
    return rule;
}

Result<ZeroMarkRule> zeroMarkRule(const RuleDef& def)
{
    auto rule = compile::ruleHead<ZeroMarkRule>(def, Severity::Note);
    for (const QString& mark : def.marks) {
        rule.marks.append(prepareMark(mark));
    }
    if (rule.marks.isEmpty()) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "it lists no zero marks")));
    }
    return rule;
}

/// Every non-official subtotal the format's tables let a report print.
Result<SubtotalRule> subtotalRule(const RuleDef& def, const RuleSet& set)
{
    auto rule = compile::ruleHead<SubtotalRule>(def, Severity::Warning);
    const QString& tableKey = def.table;
    const TableDef* table = set.format->table(tableKey);
    if (!table) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "there is no table \"%1\"")
                                     .arg(tableKey)));
    }
    auto cellOf = [&](const QString& row, const QString& column) {
        return set.cellIndex.value(cellKey(tableKey, row, column), -1);
    };
    for (const BlockDef& block : table->blocks) {
        for (const GroupDef& group : table->groups) {
            if (!group.subtotal) {
                continue;
            }
            for (const ColumnDef& column : block.columns) {
                ExtraCheck check{cellName(group.label, column.label), {}};
                for (const RowDef& row : block.rows) {
                    if (row.group == group.key) {
                        check.parts.push_back(cellOf(row.key, column.key));
                    }
                }
                rule.extras.insert(groupSubtotalKey(tableKey, group.key, column.key), check);
            }
        }
        for (const OptionalColumnDef& optional : block.optionalColumns) {
            for (const RowDef& row : block.rows) {
                ExtraCheck check{cellName(row.label, optional.label), {}};
                for (const QString& column : optional.sumOf) {
                    check.parts.push_back(cellOf(row.key, column));
                }
                rule.extras.insert(cellKey(tableKey, row.key, optional.key), check);
            }
        }
    }
    for (const ExtraCheck& check : std::as_const(rule.extras)) {
        if (check.parts.empty() ||
            std::find(check.parts.begin(), check.parts.end(), -1) != check.parts.end()) {
            return std::unexpected(ruleError(
                rule.code, QCoreApplication::translate(
                               "nianbao::RuleCompiler",
                               "a subtotal of \"%1\" totals cells the table does not have")
                               .arg(check.label.zh)));
        }
    }
    return rule;
}

template <typename T>
Result<Rule> asRule(Result<T> compiled)
{
    if (!compiled) {
        return std::unexpected(compiled.error());
    }
    return Rule(std::move(*compiled));
}

Result<Rule> compileRule(const RuleDef& def, RuleSet& set)
{
    switch (def.kind) {
    case RuleKind::Sum:
    case RuleKind::CrossYear:
        return asRule(compile::sumRule(def, set));
    case RuleKind::Domain:
        return Rule(compile::ruleHead<DomainRule>(def, Severity::Error));
    case RuleKind::Completeness:
        return asRule(completenessRule(def, set));
    case RuleKind::ZeroMarks:
        return asRule(zeroMarkRule(def));
    case RuleKind::TemplateYear:
        return Rule(compile::ruleHead<TemplateYearRule>(def, Severity::Warning));
    case RuleKind::SubtotalExtras:
        return asRule(subtotalRule(def, set));
    case RuleKind::NarrativeCount:
        return asRule(compile::narrativeCountRule(def, set));
    case RuleKind::NarrativeAbsence:
        return asRule(compile::narrativeAbsenceRule(def, set));
    }
    return fail(ErrorCode::Corrupt, def.code); // every kind is handled above
}

} // namespace

Result<std::shared_ptr<const RuleSet>> compileRules(const ReportTemplate& format)
{
    auto set = std::make_shared<RuleSet>();
    set->format = &format;
    indexCells(*set);
    findRowForms(*set);
    const auto inFormat = [&](Error error) {
        error.message = QCoreApplication::translate("nianbao::RuleCompiler", "format %1: %2")
                            .arg(format.id, error.message);
        return std::unexpected(error);
    };
    if (format.rulesError) {
        return inFormat(*format.rulesError);
    }
    QStringList codes;
    for (const RuleDef& def : format.rules) {
        auto rule = compileRule(def, *set);
        if (!rule) {
            return inFormat(rule.error());
        }
        const QString& code = def.code;
        if (codes.contains(code)) {
            return fail(ErrorCode::Corrupt,
                        QCoreApplication::translate("nianbao::RuleCompiler",
                                                    "format %1: two rules have the code %2")
                            .arg(format.id, code));
        }
        codes.append(code);
        set->rules.push_back(std::move(*rule));
    }
    return std::shared_ptr<const RuleSet>(std::move(set));
}

Result<std::shared_ptr<const RuleSet>> ruleSet(const ReportTemplate& format,
                                               const TemplateRegistry& registry)
{
    using Compiled = Result<std::shared_ptr<const RuleSet>>;
    const TemplateRegistry& builtin = TemplateRegistry::builtin();
    if (&registry == &builtin) {
        static const QHash<const ReportTemplate*, Compiled> cache = [&] {
            QHash<const ReportTemplate*, Compiled> all;
            for (const auto& t : builtin.templates()) {
                all.insert(t.get(), compileRules(*t));
            }
            return all;
        }();
        if (const auto it = cache.constFind(&format); it != cache.constEnd()) {
            return *it;
        }
    }
    return compileRules(format);
}

} // namespace nianbao::rules
