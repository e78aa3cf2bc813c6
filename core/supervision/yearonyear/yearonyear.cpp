#include "supervision/yearonyear/yearonyear.h"

#include "rules/rulefindings.h"
#include "rules/ruleset.h"
#include "rules/ruletext.h"
#include "rules/validator.h"
#include "templates/templateregistry.h"

#include <QSet>

#include <cmath>

namespace nianbao::supervision {

namespace {

/// A cell's name in both languages, from the format that has it.
LocalizedText nameOf(const QString& key, const ReportTemplate* current,
                     const ReportTemplate* previous)
{
    for (const ReportTemplate* format : {current, previous}) {
        if (const CellDef* cell = format ? format->cell(key) : nullptr) {
            return rules::cellName(format->row(*cell).label, format->column(*cell).label);
        }
    }
    return {key, key};
}

/// Why a change is implausible, or nothing.
std::optional<QLatin1String> implausibility(double previous, double current, ValueType type,
                                            const YearOnYearThresholds& thresholds)
{
    if (type == ValueType::Signed || previous < 0 || current < 0) {
        return std::nullopt; // 本年增/减 moves either way by nature
    }
    const bool money = type == ValueType::Money;
    const double floor = money ? thresholds.moneyFloor : thresholds.jumpFloor;
    const double appearing = money ? thresholds.moneyAppearingFloor : thresholds.appearingFloor;
    const double factor = thresholds.jumpFactor;
    if (previous == 0 && current >= appearing) {
        return kAppearedRule;
    }
    if (current == 0 && previous >= appearing) {
        return kVanishedRule;
    }
    if (previous > 0 && current >= factor * previous && current >= floor) {
        return kJumpRule;
    }
    if (current > 0 && previous >= factor * current && previous >= floor) {
        return kDropRule;
    }
    return std::nullopt;
}

Finding changeFinding(QLatin1String rule, const CellChange& cell, const LocalizedText& name,
                      int previousYear)
{
    Finding finding;
    finding.rule = rule;
    finding.severity = Severity::Warning;
    finding.cells = {cell.key};
    const FindingArg term = FindingArg::localized(name);
    const FindingArg now = FindingArg::value(rules::formatNumber(*cell.current));
    const FindingArg then = FindingArg::value(rules::formatNumber(*cell.previous));
    const FindingArg year = FindingArg::value(QString::number(previousYear));
    if (rule == kAppearedRule) {
        finding.messageTemplate = QString::fromUtf8(QT_TRANSLATE_NOOP(
            "nianbao::Finding", "%1: %2 this year where the report for %3 had none; check the "
                                "figure and the row it was put in."));
        finding.args = {term, now, year};
    } else if (rule == kVanishedRule) {
        finding.messageTemplate = QString::fromUtf8(QT_TRANSLATE_NOOP(
            "nianbao::Finding", "%1: none this year where the report for %2 had "
                                "%3; check the figure and the row it was put in."));
        finding.args = {term, year, then};
    } else {
        const double ratio =
            rule == kJumpRule ? *cell.current / *cell.previous : *cell.previous / *cell.current;
        const FindingArg times = FindingArg::value(QString::number(std::floor(ratio * 10) / 10));
        finding.messageTemplate = QString::fromUtf8(
            rule == kJumpRule
                ? QT_TRANSLATE_NOOP("nianbao::Finding",
                                    "%1: %2 this year against %3 in the report for %4, %5 times "
                                    "as many; check the figure (a unit, a digit too many?).")
                : QT_TRANSLATE_NOOP("nianbao::Finding",
                                    "%1: %2 this year against %3 in the report for %4, only "
                                    "1/%5 of it; check the figure (a unit, a digit lost?)."));
        finding.args = {term, now, then, year, times};
    }
    return finding;
}

std::vector<NarrativeChange> narrativeChanges(const Report& previous, const Report& current)
{
    QStringList keys;
    for (const Report* report : {&current, &previous}) {
        for (const NarrativePart& part : report->narrative) {
            if (!keys.contains(part.key)) {
                keys.append(part.key);
            }
        }
    }
    std::vector<NarrativeChange> changes;
    for (const QString& key : keys) {
        NarrativeChange change;
        change.key = key;
        if (const NarrativePart* part = previous.narrativePart(key)) {
            change.previous = part->text;
        }
        if (const NarrativePart* part = current.narrativePart(key)) {
            change.current = part->text;
        }
        change.edits = diffTexts(change.previous, change.current);
        change.keptShare = keptShare(change.edits, change.current);
        changes.push_back(std::move(change));
    }
    return changes;
}

} // namespace

std::optional<double> CellChange::change() const
{
    if (previous && current) {
        return *current - *previous;
    }
    return std::nullopt;
}

std::optional<double> CellChange::ratio() const
{
    if (previous && current && *previous != 0) {
        return *current / *previous;
    }
    return std::nullopt;
}

QStringList crossYearRuleCodes(const QString& templateId, const TemplateRegistry& formats)
{
    QStringList codes;
    const ReportTemplate* format = formats.find(templateId);
    if (!format) {
        return codes;
    }
    const auto compiled = rules::ruleSet(*format, formats);
    if (!compiled) {
        return codes;
    }
    for (const rules::Rule& rule : (*compiled)->rules) {
        if (const auto* sum = std::get_if<rules::SumRule>(&rule); sum && sum->crossYear) {
            codes.append(sum->code);
        }
    }
    return codes;
}

YearOnYear compareYears(const Report& previous, const Report& current,
                        const YearOnYearThresholds& thresholds, const TemplateRegistry* formats)
{
    const TemplateRegistry& registry = formats ? *formats : TemplateRegistry::builtin();
    const ReportTemplate* previousFormat = registry.find(previous.templateId);
    const ReportTemplate* currentFormat = registry.find(current.templateId);
    YearOnYear result;
    result.previousYear = previous.meta.year.value_or(0);
    result.currentYear = current.meta.year.value_or(0);

    QStringList keys;
    QSet<QString> seen;
    for (const Report* report : {&current, &previous}) {
        for (const Cell& cell : report->cells) {
            if (!seen.contains(cell.key)) {
                seen.insert(cell.key);
                keys.append(cell.key);
            }
        }
    }
    for (const QString& key : keys) {
        CellChange change;
        change.key = key;
        change.inPrevious = previousFormat && previousFormat->cell(key);
        change.inCurrent = currentFormat && currentFormat->cell(key);
        change.previous = change.inPrevious ? previous.value(key) : std::nullopt;
        change.current = change.inCurrent ? current.value(key) : std::nullopt;
        if (change.previous && change.current) {
            const ValueType type = currentFormat->cell(key)->type;
            if (const auto rule =
                    implausibility(*change.previous, *change.current, type, thresholds)) {
                result.findings.push_back(changeFinding(*rule, change,
                                                        nameOf(key, currentFormat, previousFormat),
                                                        result.previousYear));
            }
        }
        result.cells.push_back(std::move(change));
    }

    // The identities: the format's cross-year rules, as validation evaluates them.
    const QStringList identities = crossYearRuleCodes(current.templateId, registry);
    if (!identities.isEmpty()) {
        ValidationContext context;
        context.previousYear = previous;
        context.templates = &registry;
        for (Finding& finding : validateReport(current, context)) {
            QString code = finding.rule;
            if (code.endsWith(rules::findings::kUnassessable)) {
                code.chop(rules::findings::kUnassessable.size());
            }
            if (identities.contains(code)) {
                result.findings.push_back(std::move(finding));
            }
        }
    }
    result.narrative = narrativeChanges(previous, current);
    return result;
}

} // namespace nianbao::supervision
