#pragma once

#include "common/error.h"
#include "rules/ruleset.h"
#include "templates/ruledef.h"

namespace nianbao::rules {

/// The pieces of rule compilation, one per family of kinds (rulecompiler.cpp dispatches).
namespace compile {

/// Kinds "sum" and "cross_year".
Result<SumRule> sumRule(const RuleDef& def, const RuleSet& set);

/// Kind "narrative_count".
/// Narrative rules add their keywords to the rule set's index.
Result<NarrativeCountRule> narrativeCountRule(const RuleDef& def, RuleSet& set);
/// Kind "narrative_absence".
Result<NarrativeAbsenceRule> narrativeAbsenceRule(const RuleDef& def, RuleSet& set);

/// A rule of kind T with what every rule has: its code and its severity (the data's, else
/// the kind's default).
template <typename T>
T ruleHead(const RuleDef& def, Severity fallback)
{
    T rule;
    rule.code = def.code;
    rule.severity = def.severity.value_or(fallback);
    return rule;
}

} // namespace compile
} // namespace nianbao::rules
