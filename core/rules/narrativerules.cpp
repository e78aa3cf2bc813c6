#include "rules/narrativescan.h"
#include "rules/ruleevaluation.h"
#include "rules/rulefindings.h"
#include "rules/ruletext.h"
#include "templates/reporttemplate.h"

#include <QSet>

namespace nianbao::rules {

namespace {

LocalizedText partTitle(const Evaluation& evaluation, const QString& key)
{
    const SectionDef* section = evaluation.rules.format->section(key);
    return section ? section->title : LocalizedText{key, key};
}

/// The sum of cells, or nothing when one the report should hold is blank or missing.
std::optional<double> sumOf(const std::vector<int>& cells, const Evaluation& evaluation)
{
    double total = 0;
    for (const int index : cells) {
        if (!evaluation.cells.expected(index)) {
            continue;
        }
        const Cell* cell = evaluation.cells.cell(index);
        if (!cell || !cell->value) {
            return std::nullopt;
        }
        total += *cell->value;
    }
    return total;
}

QStringList keysOf(const std::vector<int>& cells, const Evaluation& evaluation)
{
    QStringList keys;
    for (const int index : cells) {
        keys.append(evaluation.cells.key(index));
    }
    return keys;
}

} // namespace

const PreparedNarrative* Evaluation::narrative(const QString& part)
{
    if (const auto it = preparedNarrative.constFind(part); it != preparedNarrative.constEnd()) {
        return &*it;
    }
    const NarrativePart* found = report.narrativePart(part);
    if (!found) {
        return nullptr;
    }
    return &*preparedNarrative.insert(part, PreparedNarrative(found->text, rules.keywords));
}

void evaluate(const NarrativeCountRule& rule, Evaluation& evaluation)
{
    QSet<qint64> reported;
    bool noted = false;
    for (const QString& part : rule.scope.parts) {
        const PreparedNarrative* narrative = evaluation.narrative(part);
        if (!narrative) {
            continue;
        }
        for (const Mention& mention :
             findMentions(rule.scope, *narrative, evaluation.report.meta.year, true)) {
            if (reported.contains(mention.number)) {
                continue;
            }
            std::optional<double> first;
            bool matched = false;
            for (const std::vector<int>& cells : rule.accepted) {
                const auto sum = sumOf(cells, evaluation);
                if (!sum) {
                    continue;
                }
                if (!first) {
                    first = sum;
                }
                matched = matched || sameValue(*sum, static_cast<double>(mention.number));
            }
            if (matched) {
                continue;
            }
            reported.insert(mention.number);
            if (!first) {
                if (!noted) {
                    evaluation.findings.push_back(findings::narrativeCountUnassessable(
                        rule.code, partTitle(evaluation, part), mention.number, mention.quote,
                        rule.cellLabel, keysOf(rule.accepted.front(), evaluation)));
                    noted = true;
                }
                continue;
            }
            evaluation.findings.push_back(findings::narrativeCount(
                rule.code, rule.severity, partTitle(evaluation, part), mention.number,
                mention.quote, rule.cellLabel, *first, keysOf(rule.accepted.front(), evaluation)));
        }
    }
}

void evaluate(const NarrativeAbsenceRule& rule, Evaluation& evaluation)
{
    for (const QString& part : rule.scope.parts) {
        const PreparedNarrative* narrative = evaluation.narrative(part);
        if (!narrative) {
            continue;
        }
        const std::vector<Mention> mentions =
            findMentions(rule.scope, *narrative, evaluation.report.meta.year, false);
        if (mentions.empty()) {
            continue;
        }
        // One statement of absence is enough to compare; the first one is quoted.
        const Mention& mention = mentions.front();
        double positive = 0;
        bool blank = false;
        for (const int index : rule.cells) {
            const Cell* cell = evaluation.cells.cell(index);
            if (!cell || !cell->value) {
                blank = true;
            } else if (*cell->value > 0 && positive == 0) {
                positive = *cell->value;
            }
        }
        if (positive > 0) {
            evaluation.findings.push_back(findings::narrativeAbsence(
                rule.code, rule.severity, partTitle(evaluation, part), mention.quote,
                rule.cellLabel, positive, keysOf(rule.cells, evaluation)));
        } else if (blank) {
            evaluation.findings.push_back(findings::narrativeAbsenceUnassessable(
                rule.code, partTitle(evaluation, part), mention.quote, rule.cellLabel,
                keysOf(rule.cells, evaluation)));
        }
        return;
    }
}

} // namespace nianbao::rules
