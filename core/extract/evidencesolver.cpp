#include "extract/evidencesolver.h"

#include "extract/evidencesearch.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nianbao::extract {

namespace {

using search::CompiledEquation;
using search::CompiledEvidence;

/// Turns equations over cell keys into equations over the variables' readings.
class EvidenceCompiler {
public:
    EvidenceCompiler(const std::vector<SolverVariable>& variables,
                     const QHash<QString, std::optional<double>>& fixed)
        : m_variables(variables)
        , m_fixed(fixed)
    {
        for (int v = 0; v < static_cast<int>(variables.size()); ++v) {
            for (int k = 0; k < variables[v].keys.size(); ++k) {
                m_slotOf.insert(variables[v].keys.at(k), {v, k});
            }
        }
    }

    /// Nothing when the equation cannot be assessed (a blank or doubtful cell in it).
    std::optional<CompiledEquation> compile(const Equation& equation) const
    {
        CompiledEquation out;
        out.constant = equation.constant;
        std::vector<std::pair<int, std::vector<std::pair<int, double>>>> perVariable;
        for (const Equation::Term& term : equation.terms) {
            if (const auto slot = m_slotOf.constFind(term.key); slot != m_slotOf.constEnd()) {
                auto it =
                    std::find_if(perVariable.begin(), perVariable.end(),
                                 [&](const auto& entry) { return entry.first == slot->first; });
                if (it == perVariable.end()) {
                    perVariable.push_back({slot->first, {}});
                    it = perVariable.end() - 1;
                }
                it->second.emplace_back(slot->second, term.coefficient);
                continue;
            }
            const auto known = m_fixed.constFind(term.key);
            if (known == m_fixed.constEnd()) {
                continue; // not a cell of the form the report prints
            }
            if (!known->has_value()) {
                return std::nullopt;
            }
            out.constant += term.coefficient * **known;
        }
        for (const auto& [variable, parts] : perVariable) {
            const SolverVariable& var = m_variables[variable];
            search::Shares shares(var.readings.size());
            for (std::size_t r = 0; r < var.readings.size(); ++r) {
                double share = 0;
                bool known = true;
                for (const auto& [index, coefficient] : parts) {
                    const std::optional<double>& value = var.readings[r][index];
                    known = known && value.has_value();
                    share += value ? coefficient * *value : 0;
                }
                shares[r] = known ? std::optional<double>(share) : std::nullopt;
            }
            out.variables.push_back(variable);
            out.shares.push_back(std::move(shares));
        }
        return out;
    }

    /// The evidence over the variables; nothing when it cannot bear on any of them.
    std::optional<CompiledEvidence> compile(const Evidence& evidence) const
    {
        CompiledEvidence out;
        out.source = evidence.source;
        for (const Equation& equation : evidence.anyOf) {
            std::optional<CompiledEquation> compiled = compile(equation);
            if (!compiled) {
                continue; // cannot be assessed: the other alternatives decide
            }
            if (compiled->variables.empty()) {
                if (std::abs(compiled->constant) <= search::kTolerance) {
                    return std::nullopt; // holds whatever the readings: says nothing
                }
                continue; // fails whatever the readings: not this alternative
            }
            out.anyOf.push_back(std::move(*compiled));
        }
        if (out.anyOf.empty()) {
            return std::nullopt;
        }
        return out;
    }

private:
    const std::vector<SolverVariable>& m_variables;
    const QHash<QString, std::optional<double>>& m_fixed;
    QHash<QString, std::pair<int, int>> m_slotOf;
};

/// Groups of variables that evidence relates, each solved on its own.
std::vector<std::vector<int>> components(int count, const std::vector<CompiledEvidence>& evidence)
{
    std::vector<int> parent(static_cast<std::size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&](int v) {
        while (parent[v] != v) {
            v = parent[v] = parent[parent[v]];
        }
        return v;
    };
    for (const CompiledEvidence& item : evidence) {
        int first = -1;
        for (const CompiledEquation& equation : item.anyOf) {
            for (const int v : equation.variables) {
                if (first < 0) {
                    first = v;
                } else {
                    parent[root(v)] = root(first);
                }
            }
        }
    }
    std::vector<std::vector<int>> groups;
    std::vector<int> groupOf(static_cast<std::size_t>(count), -1);
    for (int v = 0; v < count; ++v) {
        const int r = root(v);
        if (groupOf[r] < 0) {
            groupOf[r] = static_cast<int>(groups.size());
            groups.emplace_back();
        }
        groups[groupOf[r]].push_back(v);
    }
    return groups;
}

/// Every reading kept, weighted by its prior alone.
VariableOutcome untouched(const SolverVariable& variable)
{
    VariableOutcome outcome;
    outcome.kept.resize(variable.readings.size());
    std::iota(outcome.kept.begin(), outcome.kept.end(), 0);
    const double total = std::accumulate(variable.prior.begin(), variable.prior.end(), 0.0);
    for (const double prior : variable.prior) {
        outcome.weight.push_back(total > 0 ? prior / total
                                           : 1.0 / static_cast<double>(variable.prior.size()));
    }
    return outcome;
}

} // namespace

std::vector<VariableOutcome> solveEvidence(const std::vector<SolverVariable>& variables,
                                           const QHash<QString, std::optional<double>>& fixed,
                                           const std::vector<Evidence>& evidence,
                                           const SolverLimits& limits)
{
    std::vector<VariableOutcome> outcomes;
    outcomes.reserve(variables.size());
    for (const SolverVariable& variable : variables) {
        outcomes.push_back(untouched(variable));
    }
    const EvidenceCompiler compiler(variables, fixed);
    std::vector<CompiledEvidence> compiled;
    for (const Evidence& item : evidence) {
        if (std::optional<CompiledEvidence> c = compiler.compile(item)) {
            compiled.push_back(std::move(*c));
        }
    }
    int budget = limits.nodes;
    for (const std::vector<int>& group : components(static_cast<int>(variables.size()), compiled)) {
        std::vector<const CompiledEvidence*> related;
        for (const CompiledEvidence& item : compiled) {
            const int v = item.anyOf.front().variables.front();
            if (std::find(group.begin(), group.end(), v) != group.end()) {
                related.push_back(&item);
            }
        }
        if (related.empty()) {
            continue; // nothing bears on it: the prior ranks its readings
        }
        search::GroupResult result = search::solveGroup(variables, group, related, budget);
        for (std::size_t i = 0; i < group.size(); ++i) {
            VariableOutcome& outcome = outcomes[group[i]];
            if (result.capped) {
                outcome.capped = true; // nothing is known: every reading stays
                continue;
            }
            if (result.contradicted) {
                outcome.contradicted = true;
                continue;
            }
            outcome = std::move(result.outcomes[i]);
        }
    }
    return outcomes;
}

} // namespace nianbao::extract
