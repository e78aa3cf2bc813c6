#include "rules/rulecompiler.h"

#include "rules/ruletext.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nianbao::rules {

namespace {

QString codeOf(const QJsonObject& object)
{
    return object.value(QLatin1String("code")).toString();
}

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

Result<CompletenessRule> completenessRule(const QJsonObject& object, const RuleSet& set)
{
    auto head = compile::ruleHead<CompletenessRule>(object, Severity::Warning);
    if (!head) {
        return std::unexpected(head.error());
    }
    CompletenessRule rule = std::move(*head);
    for (const QJsonValue& code : object.value(QLatin1String("covered_by")).toArray()) {
        rule.coveredBy.append(code.toString());
    }
    rule.rows = rowsOf(*set.format);
    return rule;
}

Result<ZeroMarkRule> zeroMarkRule(const QJsonObject& object)
{
    auto head = compile::ruleHead<ZeroMarkRule>(object, Severity::Note);
    if (!head) {
        return std::unexpected(head.error());
    }
    ZeroMarkRule rule = std::move(*head);
    for (const QJsonValue& mark : object.value(QLatin1String("marks")).toArray()) {
        rule.marks.append(prepareMark(mark.toString()));
    }
    if (rule.marks.isEmpty()) {
        return std::unexpected(
            compile::ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                                      "it lists no zero marks")));
    }
    return rule;
}

/// Every non-official subtotal the format's tables let a report print.
Result<SubtotalRule> subtotalRule(const QJsonObject& object, const RuleSet& set)
{
    auto head = compile::ruleHead<SubtotalRule>(object, Severity::Warning);
    if (!head) {
        return std::unexpected(head.error());
    }
    SubtotalRule rule = std::move(*head);
    const QString tableKey = object.value(QLatin1String("table")).toString();
    const TableDef* table = set.format->table(tableKey);
    if (!table) {
        return std::unexpected(
            compile::ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                                      "there is no table \"%1\"")
                                              .arg(tableKey)));
    }
    auto cellOf = [&](const QString& row, const QString& column) {
        return set.cellIndex.value(tableKey + QLatin1Char('.') + row + QLatin1Char('.') + column,
                                   -1);
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
                rule.extras.insert(tableKey + QLatin1Char('.') + group.key +
                                       QStringLiteral(".subtotal.") + column.key,
                                   check);
            }
        }
        for (const OptionalColumnDef& optional : block.optionalColumns) {
            for (const RowDef& row : block.rows) {
                ExtraCheck check{cellName(row.label, optional.label), {}};
                for (const QString& column : optional.sumOf) {
                    check.parts.push_back(cellOf(row.key, column));
                }
                rule.extras.insert(
                    tableKey + QLatin1Char('.') + row.key + QLatin1Char('.') + optional.key, check);
            }
        }
    }
    for (const ExtraCheck& check : std::as_const(rule.extras)) {
        if (check.parts.empty() ||
            std::find(check.parts.begin(), check.parts.end(), -1) != check.parts.end()) {
            return std::unexpected(compile::ruleError(
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

Result<Rule> compileRule(const QJsonObject& object, RuleSet& set)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (codeOf(object).isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::RuleCompiler",
                                                "a rule of kind \"%1\" has no code")
                        .arg(kind));
    }
    if (kind == QLatin1String("sum") || kind == QLatin1String("cross_year")) {
        return asRule(compile::sumRule(object, set, kind == QLatin1String("cross_year")));
    }
    if (kind == QLatin1String("domain")) {
        return asRule(compile::ruleHead<DomainRule>(object, Severity::Error));
    }
    if (kind == QLatin1String("completeness")) {
        return asRule(completenessRule(object, set));
    }
    if (kind == QLatin1String("zero_marks")) {
        return asRule(zeroMarkRule(object));
    }
    if (kind == QLatin1String("template_year")) {
        return asRule(compile::ruleHead<TemplateYearRule>(object, Severity::Warning));
    }
    if (kind == QLatin1String("subtotal_extras")) {
        return asRule(subtotalRule(object, set));
    }
    if (kind == QLatin1String("narrative_count")) {
        return asRule(compile::narrativeCountRule(object, set));
    }
    if (kind == QLatin1String("narrative_absence")) {
        return asRule(compile::narrativeAbsenceRule(object, set));
    }
    return std::unexpected(
        compile::ruleError(codeOf(object), QCoreApplication::translate("nianbao::RuleCompiler",
                                                                       "unknown rule kind \"%1\"")
                                               .arg(kind)));
}

} // namespace

namespace compile {

Error ruleError(const QString& code, const QString& problem)
{
    return {ErrorCode::Corrupt,
            QCoreApplication::translate("nianbao::RuleCompiler", "rule %1: %2").arg(code, problem)};
}

Result<Severity> severity(const QJsonObject& object, Severity fallback)
{
    const QJsonValue value = object.value(QLatin1String("severity"));
    if (value.isUndefined()) {
        return fallback;
    }
    const auto severity = severityFromCode(value.toString());
    if (!severity) {
        return std::unexpected(
            ruleError(codeOf(object), QCoreApplication::translate("nianbao::RuleCompiler",
                                                                  "unknown severity \"%1\"")
                                          .arg(value.toVariant().toString())));
    }
    return *severity;
}

} // namespace compile

Result<std::shared_ptr<const RuleSet>> compileRules(const ReportTemplate& format)
{
    auto set = std::make_shared<RuleSet>();
    set->format = &format;
    indexCells(*set);
    findRowForms(*set);
    QStringList codes;
    for (const QJsonValue& value : format.rules) {
        if (!value.isObject()) {
            return fail(ErrorCode::Corrupt,
                        QCoreApplication::translate("nianbao::RuleCompiler",
                                                    "format %1: a rule is not a JSON object")
                            .arg(format.id));
        }
        auto rule = compileRule(value.toObject(), *set);
        if (!rule) {
            Error error = rule.error();
            error.message = QCoreApplication::translate("nianbao::RuleCompiler", "format %1: %2")
                                .arg(format.id, error.message);
            return std::unexpected(error);
        }
        const QString code = codeOf(value.toObject());
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
