#include "rules/rulecompiler.h"
#include "rules/ruletext.h"
#include "templates/reporttemplate.h"

#include <QCoreApplication>

namespace nianbao::rules::compile {

namespace {

/// Words and patterns in the ASCII forms prepareNarrative() leaves.
QStringList asciiFormsOf(const QStringList& strings)
{
    QStringList list;
    list.reserve(strings.size());
    for (const QString& item : strings) {
        list.append(asciiForms(item));
    }
    return list;
}

Result<int> cellOf(const QString& code, const QString& key, const RuleSet& set)
{
    const int index = set.cellIndex.value(key, -1);
    if (index < 0) {
        return std::unexpected(ruleError(
            code, QCoreApplication::translate("nianbao::RuleCompiler", "there is no cell \"%1\"")
                      .arg(key)));
    }
    return index;
}

Result<std::vector<int>> cellsOf(const QString& code, const QStringList& keys, const RuleSet& set)
{
    std::vector<int> cells;
    for (const QString& key : keys) {
        const auto cell = cellOf(code, key, set);
        if (!cell) {
            return std::unexpected(cell.error());
        }
        cells.push_back(*cell);
    }
    if (cells.empty()) {
        return std::unexpected(ruleError(
            code, QCoreApplication::translate("nianbao::RuleCompiler", "it names no cell")));
    }
    return cells;
}

/// Parts, patterns, scope words and years, common to both narrative kinds. Patterns are
/// matched against prepareNarrative() text, so they are brought to the same ASCII forms.
Result<NarrativeScope> scopeOf(const RuleDef& def, RuleSet& set, bool needsNumber)
{
    const QString& code = def.code;
    NarrativeScope scope;
    scope.parts = asciiFormsOf(def.parts);
    if (scope.parts.isEmpty()) {
        return std::unexpected(
            ruleError(code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                        "it names no narrative part")));
    }
    for (const QString& part : std::as_const(scope.parts)) {
        const SectionDef* section = set.format->section(part);
        if (!section || section->kind != SectionKind::Narrative) {
            return std::unexpected(ruleError(
                code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                  "\"%1\" is not a narrative part of the format")
                          .arg(part)));
        }
    }
    for (const QString& source : asciiFormsOf(def.patterns)) {
        QRegularExpression pattern(source);
        if (!pattern.isValid()) {
            return std::unexpected(
                ruleError(code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                            "pattern \"%1\" is invalid: %2")
                                    .arg(source, pattern.errorString())));
        }
        if (needsNumber && !pattern.namedCaptureGroups().contains(QLatin1String("n"))) {
            return std::unexpected(ruleError(
                code,
                QCoreApplication::translate("nianbao::RuleCompiler",
                                            "pattern \"%1\" has no group (?<n>…) for the number")
                    .arg(source)));
        }
        pattern.optimize();
        scope.patterns.push_back(std::move(pattern));
    }
    if (scope.patterns.empty()) {
        return std::unexpected(ruleError(
            code, QCoreApplication::translate("nianbao::RuleCompiler", "it has no pattern")));
    }
    const auto keywords = set.keywords.add(asciiFormsOf(def.keywords));
    if (!keywords) {
        return std::unexpected(ruleError(
            code, QCoreApplication::translate("nianbao::RuleCompiler",
                                              "the narrative rules have more than %1 keywords")
                      .arg(KeywordIndex::kMaxWords)));
    }
    scope.keywords = *keywords;
    scope.scopeWords = asciiFormsOf(def.scopeWords);
    scope.yearOffsets = def.yearOffsets;
    if (scope.yearOffsets.empty()) {
        scope.yearOffsets.push_back(0);
    }
    return scope;
}

/// What both narrative kinds read: code, severity, the cells' name and the scope.
template <typename T>
Result<T> narrativeRule(const RuleDef& def, RuleSet& set, bool needsNumber)
{
    T rule = ruleHead<T>(def, Severity::Warning);
    rule.cellLabel = def.cellLabel;
    auto scope = scopeOf(def, set, needsNumber);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    rule.scope = std::move(*scope);
    return rule;
}

} // namespace

Result<NarrativeCountRule> narrativeCountRule(const RuleDef& def, RuleSet& set)
{
    auto rule = narrativeRule<NarrativeCountRule>(def, set, true);
    if (!rule) {
        return rule;
    }
    for (const QStringList& sum : def.accept) {
        auto cells = cellsOf(rule->code, sum, set);
        if (!cells) {
            return std::unexpected(cells.error());
        }
        rule->accepted.push_back(std::move(*cells));
    }
    if (rule->accepted.empty()) {
        return std::unexpected(
            ruleError(rule->code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                              "it accepts no sum of cells")));
    }
    return rule;
}

Result<NarrativeAbsenceRule> narrativeAbsenceRule(const RuleDef& def, RuleSet& set)
{
    auto rule = narrativeRule<NarrativeAbsenceRule>(def, set, false);
    if (!rule) {
        return rule;
    }
    auto cells = cellsOf(rule->code, def.cells, set);
    if (!cells) {
        return std::unexpected(cells.error());
    }
    rule->cells = std::move(*cells);
    return rule;
}

} // namespace nianbao::rules::compile
