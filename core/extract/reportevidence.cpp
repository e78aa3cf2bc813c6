#include "extract/reportevidence.h"

#include "rules/narrativescan.h"
#include "rules/reportcells.h"
#include "rules/ruleset.h"
#include "templates/templateregistry.h"

#include <QHash>

namespace nianbao::extract {

namespace {

/// Gathers the evidence rule by rule (one overload per rule kind that bears on cells).
class EvidenceGatherer {
public:
    EvidenceGatherer(const EvidenceContext& context, const rules::RuleSet& rules)
        : m_context(context)
        , m_rules(rules)
    {
        const Report* previous = context.previousYear;
        const bool previousFits = previous && (!context.year || !previous->meta.year ||
                                               *previous->meta.year == *context.year - 1);
        if (previousFits) {
            m_previous.emplace(*previous, context.registry.find(previous->templateId));
        }
    }

    void add(const rules::SumRule& rule)
    {
        if (rule.crossYear && !m_previous) {
            return;
        }
        for (const rules::SumCheck& check : rule.checks) {
            Equation equation;
            bool usable = true;
            for (const auto& [side, sign] :
                 {std::pair{&check.lhs, 1.0}, std::pair{&check.rhs, -1.0}}) {
                for (const rules::Operand& operand : *side) {
                    const double coefficient = sign * operand.sign;
                    if (!operand.previousYear) {
                        equation.terms.push_back({operand.key, coefficient});
                        continue;
                    }
                    const rules::PreviousCells::Lookup found = m_previous->find(operand.key);
                    usable = usable && found.state == rules::PreviousCells::State::Value;
                    equation.constant += coefficient * found.value;
                }
            }
            if (usable) {
                m_evidence.push_back(Evidence{rule.crossYear ? EvidenceSource::PreviousYear
                                                             : EvidenceSource::Identity,
                                              {std::move(equation)},
                                              rule.code});
            }
        }
    }

    void add(const rules::NarrativeCountRule& rule)
    {
        for (const rules::Mention& mention : mentions(rule.scope, true)) {
            Evidence evidence{EvidenceSource::Narrative, {}, rule.code};
            for (const std::vector<int>& cells : rule.accepted) {
                evidence.anyOf.push_back(sumOf(cells, static_cast<double>(mention.number)));
            }
            m_evidence.push_back(std::move(evidence));
        }
    }

    void add(const rules::NarrativeAbsenceRule& rule)
    {
        if (!mentions(rule.scope, false).empty()) {
            m_evidence.push_back(
                Evidence{EvidenceSource::Narrative, {sumOf(rule.cells, 0)}, rule.code});
        }
    }

    template <typename Other>
    void add(const Other&)
    {}

    std::vector<Evidence> take() { return std::move(m_evidence); }

private:
    Equation sumOf(const std::vector<int>& cells, double total) const
    {
        Equation equation;
        equation.constant = -total;
        for (const int cell : cells) {
            equation.terms.push_back({m_rules.format->cells().at(cell).key, 1.0});
        }
        return equation;
    }

    std::vector<rules::Mention> mentions(const rules::NarrativeScope& scope, bool withNumber)
    {
        std::vector<rules::Mention> found;
        for (const QString& part : scope.parts) {
            const rules::PreparedNarrative* narrative = prepared(part);
            if (!narrative) {
                continue;
            }
            std::vector<rules::Mention> more =
                rules::findMentions(scope, *narrative, m_context.year, withNumber);
            found.insert(found.end(), more.begin(), more.end());
        }
        return found;
    }

    const rules::PreparedNarrative* prepared(const QString& key)
    {
        if (const auto it = m_prepared.constFind(key); it != m_prepared.constEnd()) {
            return &*it;
        }
        for (const NarrativePart& part : m_context.narrative) {
            if (part.key == key) {
                return &*m_prepared.insert(key,
                                           rules::PreparedNarrative(part.text, m_rules.keywords));
            }
        }
        return nullptr;
    }

    const EvidenceContext& m_context;
    const rules::RuleSet& m_rules;
    std::optional<rules::PreviousCells> m_previous;
    QHash<QString, rules::PreparedNarrative> m_prepared;
    std::vector<Evidence> m_evidence;
};

} // namespace

std::vector<Evidence> gatherEvidence(const EvidenceContext& context)
{
    const auto compiled = rules::ruleSet(context.format, context.registry);
    if (!compiled) {
        return {}; // validation reports unusable rules; extraction does without them
    }
    EvidenceGatherer gatherer(context, **compiled);
    for (const rules::Rule& rule : (*compiled)->rules) {
        std::visit([&](const auto& kind) { gatherer.add(kind); }, rule);
    }
    return gatherer.take();
}

} // namespace nianbao::extract
