#include "templates/ruledef.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nianbao {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

std::optional<RuleKind> ruleKind(const QString& name)
{
    static const std::pair<const char*, RuleKind> kKinds[] = {
        {"sum", RuleKind::Sum},
        {"cross_year", RuleKind::CrossYear},
        {"domain", RuleKind::Domain},
        {"completeness", RuleKind::Completeness},
        {"zero_marks", RuleKind::ZeroMarks},
        {"template_year", RuleKind::TemplateYear},
        {"subtotal_extras", RuleKind::SubtotalExtras},
        {"narrative_count", RuleKind::NarrativeCount},
        {"narrative_absence", RuleKind::NarrativeAbsence},
    };
    for (const auto& [text, kind] : kKinds) {
        if (name == QLatin1String(text)) {
            return kind;
        }
    }
    return std::nullopt;
}

Result<std::vector<RuleTermDef>> terms(const QJsonObject& object, const QString& code,
                                       const QString& side, bool crossYear)
{
    std::vector<RuleTermDef> result;
    for (const QJsonValue& value : object.value(side).toArray()) {
        RuleTermDef term;
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
        result.push_back(term);
    }
    if (result.empty()) {
        return std::unexpected(ruleError(
            code, QCoreApplication::translate("nianbao::RuleCompiler", "its side %1 is empty")
                      .arg(side)));
    }
    return result;
}

Result<void> readSum(const QJsonObject& object, RuleDef& rule)
{
    const bool crossYear = rule.kind == RuleKind::CrossYear;
    rule.lhsLabel = LocalizedText::fromJson(object.value(QLatin1String("lhs_label")));
    rule.rhsLabel = LocalizedText::fromJson(object.value(QLatin1String("rhs_label")));
    if (rule.lhsLabel.isEmpty() || rule.rhsLabel.isEmpty()) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "it needs lhs_label and rhs_label")));
    }
    const QString forEach = object.value(QLatin1String("for_each")).toString();
    if (forEach != QLatin1String("column") && forEach != QLatin1String("row")) {
        return std::unexpected(ruleError(
            rule.code,
            QCoreApplication::translate("nianbao::RuleCompiler",
                                        "for_each must be \"column\" or \"row\", not \"%1\"")
                .arg(forEach)));
    }
    rule.forEach = forEach == QLatin1String("column") ? SumAxis::Column : SumAxis::Row;
    auto lhs = terms(object, rule.code, QStringLiteral("lhs"), crossYear);
    if (!lhs) {
        return std::unexpected(lhs.error());
    }
    auto rhs = terms(object, rule.code, QStringLiteral("rhs"), crossYear);
    if (!rhs) {
        return std::unexpected(rhs.error());
    }
    rule.lhs = std::move(*lhs);
    rule.rhs = std::move(*rhs);
    rule.rows = strings(object.value(QLatin1String("rows")));
    rule.columns = strings(object.value(QLatin1String("columns")));
    return {};
}

Result<void> readNarrative(const QJsonObject& object, RuleDef& rule)
{
    rule.cellLabel = LocalizedText::fromJson(object.value(QLatin1String("cell_label")));
    if (rule.cellLabel.isEmpty()) {
        return std::unexpected(
            ruleError(rule.code,
                      QCoreApplication::translate("nianbao::RuleCompiler", "it needs cell_label")));
    }
    rule.parts = strings(object.value(QLatin1String("parts")));
    rule.keywords = strings(object.value(QLatin1String("keywords")));
    rule.patterns = strings(object.value(QLatin1String("patterns")));
    rule.scopeWords = strings(object.value(QLatin1String("scope_words")));
    for (const QJsonValue& offset : object.value(QLatin1String("years")).toArray()) {
        rule.yearOffsets.push_back(offset.toInt());
    }
    for (const QJsonValue& sum : object.value(QLatin1String("accept")).toArray()) {
        rule.accept.push_back(strings(sum));
    }
    rule.cells = strings(object.value(QLatin1String("cells")));
    return {};
}

Result<RuleDef> readRule(const QJsonObject& object)
{
    RuleDef rule;
    rule.code = object.value(QLatin1String("code")).toString();
    const QString kindName = object.value(QLatin1String("kind")).toString();
    if (rule.code.isEmpty()) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("nianbao::RuleCompiler",
                                                "a rule of kind \"%1\" has no code")
                        .arg(kindName));
    }
    const std::optional<RuleKind> kind = ruleKind(kindName);
    if (!kind) {
        return std::unexpected(
            ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                             "unknown rule kind \"%1\"")
                                     .arg(kindName)));
    }
    rule.kind = *kind;
    rule.name = LocalizedText::fromJson(object.value(QLatin1String("name")));
    if (const QJsonValue severity = object.value(QLatin1String("severity"));
        !severity.isUndefined()) {
        rule.severity = severityFromCode(severity.toString());
        if (!rule.severity) {
            return std::unexpected(
                ruleError(rule.code, QCoreApplication::translate("nianbao::RuleCompiler",
                                                                 "unknown severity \"%1\"")
                                         .arg(severity.toVariant().toString())));
        }
    }
    rule.table = object.value(QLatin1String("table")).toString();
    Result<void> details;
    switch (rule.kind) {
    case RuleKind::Sum:
    case RuleKind::CrossYear:
        details = readSum(object, rule);
        break;
    case RuleKind::NarrativeCount:
    case RuleKind::NarrativeAbsence:
        details = readNarrative(object, rule);
        break;
    case RuleKind::Completeness:
        rule.coveredBy = strings(object.value(QLatin1String("covered_by")));
        break;
    case RuleKind::ZeroMarks:
        rule.marks = strings(object.value(QLatin1String("marks")));
        break;
    case RuleKind::Domain:
    case RuleKind::TemplateYear:
    case RuleKind::SubtotalExtras:
        break;
    }
    if (!details) {
        return std::unexpected(details.error());
    }
    return rule;
}

} // namespace

// The messages keep the rule compiler's translation context: they are the rule data's own
// problems, whichever step finds them.
Error ruleError(const QString& code, const QString& problem)
{
    return {ErrorCode::Corrupt,
            QCoreApplication::translate("nianbao::RuleCompiler", "rule %1: %2").arg(code, problem)};
}

bool RuleTermDef::matches(QStringView key) const
{
    if (isWildcard()) {
        return key.startsWith(QStringView(pattern).chopped(1));
    }
    return key == pattern;
}

Result<std::vector<RuleDef>> readRules(const QJsonArray& rules)
{
    std::vector<RuleDef> result;
    result.reserve(static_cast<std::size_t>(rules.size()));
    for (const QJsonValue& value : rules) {
        if (!value.isObject()) {
            return fail(ErrorCode::Corrupt,
                        QCoreApplication::translate("nianbao::RuleCompiler",
                                                    "a rule is not a JSON object"));
        }
        auto rule = readRule(value.toObject());
        if (!rule) {
            return std::unexpected(rule.error());
        }
        result.push_back(std::move(*rule));
    }
    return result;
}

} // namespace nianbao
