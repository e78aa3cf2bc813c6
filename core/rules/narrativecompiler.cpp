#include "rules/rulecompiler.h"
#include "rules/ruletext.h"
#include "templates/reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nianbao::rules::compile {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(asciiForms(item.toString()));
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

Result<std::vector<int>> cellsOf(const QString& code, const QJsonValue& keys, const RuleSet& set)
{
    std::vector<int> cells;
    for (const QJsonValue& key : keys.toArray()) {
        const auto cell = cellOf(code, key.toString(), set);
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
Result<NarrativeScope> scopeOf(const QJsonObject& object, RuleSet& set, bool needsNumber)
{
    const QString code = object.value(QLatin1String("code")).toString();
    NarrativeScope scope;
    scope.parts = strings(object.value(QLatin1String("parts")));
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
    for (const QString& source : strings(object.value(QLatin1String("patterns")))) {
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
    const auto keywords = set.keywords.add(strings(object.value(QLatin1String("keywords"))));
    if (!keywords) {
        return std::unexpected(ruleError(
            code, QCoreApplication::translate("nianbao::RuleCompiler",
                                              "the narrative rules have more than %1 keywords")
                      .arg(KeywordIndex::kMaxWords)));
    }
    scope.keywords = *keywords;
    scope.scopeWords = strings(object.value(QLatin1String("scope_words")));
    const QJsonArray years = object.value(QLatin1String("years")).toArray();
    for (const QJsonValue& offset : years) {
        scope.yearOffsets.push_back(offset.toInt());
    }
    if (scope.yearOffsets.empty()) {
        scope.yearOffsets.push_back(0);
    }
    return scope;
}

/// What both narrative kinds read: code, severity, the cells' name and the scope.
template <typename T>
Result<T> narrativeRule(const QJsonObject& object, RuleSet& set, bool needsNumber)
{
    auto rule = ruleHead<T>(object, Severity::Warning);
    if (!rule) {
        return rule;
    }
    rule->cellLabel = LocalizedText::fromJson(object.value(QLatin1String("cell_label")));
    if (rule->cellLabel.isEmpty()) {
        return std::unexpected(
            ruleError(rule->code,
                      QCoreApplication::translate("nianbao::RuleCompiler", "it needs cell_label")));
    }
    auto scope = scopeOf(object, set, needsNumber);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    rule->scope = std::move(*scope);
    return rule;
}

} // namespace

Result<NarrativeCountRule> narrativeCountRule(const QJsonObject& object, RuleSet& set)
{
    auto rule = narrativeRule<NarrativeCountRule>(object, set, true);
    if (!rule) {
        return rule;
    }
    for (const QJsonValue& sum : object.value(QLatin1String("accept")).toArray()) {
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

Result<NarrativeAbsenceRule> narrativeAbsenceRule(const QJsonObject& object, RuleSet& set)
{
    auto rule = narrativeRule<NarrativeAbsenceRule>(object, set, false);
    if (!rule) {
        return rule;
    }
    auto cells = cellsOf(rule->code, object.value(QLatin1String("cells")), set);
    if (!cells) {
        return std::unexpected(cells.error());
    }
    rule->cells = std::move(*cells);
    return rule;
}

} // namespace nianbao::rules::compile
