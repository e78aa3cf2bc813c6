#pragma once

#include "common/error.h"
#include "rules/ruleset.h"

#include <QJsonObject>

namespace nianbao::rules {

/// The pieces of rule compilation, one per family of kinds (rulecompiler.cpp dispatches).
namespace compile {

/// A translated "rule %1: …" message for malformed rule data.
Error ruleError(const QString& code, const QString& problem);

/// Kinds "sum" and "cross_year".
Result<SumRule> sumRule(const QJsonObject& object, const RuleSet& set, bool crossYear);

/// Kind "narrative_count".
/// Narrative rules add their keywords to the rule set's index.
Result<NarrativeCountRule> narrativeCountRule(const QJsonObject& object, RuleSet& set);
/// Kind "narrative_absence".
Result<NarrativeAbsenceRule> narrativeAbsenceRule(const QJsonObject& object, RuleSet& set);

/// Severity of a rule ("error", "warning", "note"), or `fallback` when the data names none.
Result<Severity> severity(const QJsonObject& object, Severity fallback);

/// A rule of kind T with what every rule has: its code and its severity.
template <typename T>
Result<T> ruleHead(const QJsonObject& object, Severity fallback)
{
    T rule;
    rule.code = object.value(QLatin1String("code")).toString();
    const auto level = severity(object, fallback);
    if (!level) {
        return std::unexpected(level.error());
    }
    rule.severity = *level;
    return rule;
}

} // namespace compile
} // namespace nianbao::rules
