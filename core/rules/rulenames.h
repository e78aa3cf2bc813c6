#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

class ReportTemplate;

/// The names of rules for people: the one place that turns a finding's rule id into words.
/// A format's own rules are named in its data ("name" of each rule in resources/templates);
/// the rules the code raises itself (extraction doubts, the report's identity, year-on-year
/// changes, copied text) are named in a table here, translated through Qt Linguist in context
/// "nianbao::RuleName". A rule that could not be evaluated ("t3.balance.unassessable") is named
/// after its rule.
namespace rules {

/// Every rule id the code raises with a fixed name (not a format's rule).
QStringList fixedRuleIds();

/// The name of `ruleId` in the current language: a rule of `format` (may be null) or a fixed
/// one; nothing when neither knows it (a finding stored by another version).
std::optional<QString> ruleName(const QString& ruleId, const ReportTemplate* format);

/// As above, but the id itself when the rule has no name, so something is always shown.
QString ruleNameOrId(const QString& ruleId, const ReportTemplate* format);

} // namespace rules
} // namespace nianbao
