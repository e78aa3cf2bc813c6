#include "extract/evidencesearch.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace nianbao::extract::search {

namespace {

/// Search steps one look for a combination may take: a reading whose look runs out is kept
/// (and its variable reported as capped), never dropped.
constexpr int kStepsPerLook = 4000;

enum class Look { Found, None, Capped };

/// A variable's place in one equation, with the range of its shares for bounding.
struct Part {
    int equation = -1;
    int position = -1;
    double low = 0;
    double high = 0;
    bool open = false; ///< some reading leaves the share unknown
};

/// How one equation stands while the search assigns readings.
struct Progress {
    double partial = 0; ///< shares of the readings assigned
    double low = 0;     ///< least the unassigned variables may add
    double high = 0;    ///< most they may add
    int open = 0;       ///< unassigned variables with a reading of unknown share
    int unknown = 0;    ///< assigned readings of unknown share: the equation cannot fail
};

bool fails(const CompiledEvidence& evidence, const std::vector<int>& readingOf)
{
    for (const CompiledEquation& equation : evidence.anyOf) {
        double total = equation.constant;
        bool known = true;
        for (std::size_t i = 0; i < equation.variables.size() && known; ++i) {
            const std::optional<double>& share =
                equation.shares[i][readingOf[equation.variables[i]]];
            known = share.has_value();
            total += share.value_or(0);
        }
        if (!known || std::abs(total) <= kTolerance) {
            return false;
        }
    }
    return true;
}

/// Looks for combinations of the group's readings that satisfy a set of evidence: depth first,
/// with interval bounds on every single equation, the other evidence judged on complete
/// combinations.
class GroupSearch {
public:
    GroupSearch(const std::vector<SolverVariable>& variables, const std::vector<int>& group,
                const std::vector<const CompiledEvidence*>& constraints,
                const std::vector<std::vector<bool>>& allowed)
        : m_variables(variables)
        , m_group(group)
        , m_allowed(allowed)
        , m_readingOf(variables.size(), -1)
        , m_parts(group.size())
        , m_local(variables.size(), -1)
    {
        for (std::size_t i = 0; i < group.size(); ++i) {
            m_local[group[i]] = static_cast<int>(i);
        }
        for (const CompiledEvidence* item : constraints) {
            if (item->anyOf.size() == 1) {
                addBound(item->anyOf.front());
            } else {
                m_atLeaf.push_back(item);
            }
        }
        orderVariables();
    }

    /// A combination with group variable `fixed` (or none: -1) on `reading`, trying readings
    /// not yet `witnessed` first so that each look witnesses as many as it can.
    Look find(int fixed, int reading, const std::vector<std::vector<bool>>& witnessed, int& budget)
    {
        m_fixed = fixed;
        m_fixedReading = reading;
        m_witnessed = &witnessed;
        m_steps = std::min(budget, kStepsPerLook);
        const int before = m_steps;
        m_order.clear();
        if (fixed >= 0) {
            m_order.push_back(fixed);
        }
        for (const int v : m_staticOrder) {
            if (v != fixed) {
                m_order.push_back(v);
            }
        }
        const bool found = descend(0);
        budget -= before - std::max(m_steps, 0);
        if (found) {
            return Look::Found;
        }
        return m_steps < 0 ? Look::Capped : Look::None;
    }

    /// The last combination found: a reading per group variable.
    [[nodiscard]] const std::vector<int>& solution() const { return m_solution; }

private:
    void addBound(const CompiledEquation& equation)
    {
        const int e = static_cast<int>(m_equations.size());
        m_equations.push_back(&equation);
        Progress progress;
        for (std::size_t i = 0; i < equation.variables.size(); ++i) {
            Part part{e, static_cast<int>(i), std::numeric_limits<double>::infinity(),
                      -std::numeric_limits<double>::infinity(), false};
            for (const std::optional<double>& share : equation.shares[i]) {
                if (share) {
                    part.low = std::min(part.low, *share);
                    part.high = std::max(part.high, *share);
                } else {
                    part.open = true;
                }
            }
            if (part.low > part.high) {
                part.low = part.high = 0; // every reading leaves it unknown
            }
            progress.low += part.low;
            progress.high += part.high;
            progress.open += part.open ? 1 : 0;
            m_parts[m_local[equation.variables[i]]].push_back(part);
        }
        m_progress.push_back(progress);
    }

    /// Variables sharing equations with those already placed first, so that equations close
    /// (and prune) early; among them, the fewest readings first.
    void orderVariables()
    {
        std::vector<int> left(m_group.size());
        std::iota(left.begin(), left.end(), 0);
        std::vector<bool> touched(m_equations.size(), false);
        while (!left.empty()) {
            auto best = left.begin();
            int bestShared = -1;
            for (auto it = left.begin(); it != left.end(); ++it) {
                int shared = 0;
                for (const Part& part : m_parts[*it]) {
                    shared += touched[part.equation] ? 1 : 0;
                }
                if (shared > bestShared ||
                    (shared == bestShared && readingCount(*it) < readingCount(*best))) {
                    best = it;
                    bestShared = shared;
                }
            }
            for (const Part& part : m_parts[*best]) {
                touched[part.equation] = true;
            }
            m_staticOrder.push_back(*best);
            left.erase(best);
        }
    }

    [[nodiscard]] std::size_t readingCount(int local) const
    {
        return m_variables[m_group[local]].readings.size();
    }

    bool assign(int local, int reading)
    {
        m_readingOf[m_group[local]] = reading;
        bool feasible = true;
        for (const Part& part : m_parts[local]) {
            Progress& p = m_progress[part.equation];
            const std::optional<double>& share =
                m_equations[part.equation]->shares[part.position][reading];
            p.low -= part.low;
            p.high -= part.high;
            p.open -= part.open ? 1 : 0;
            p.partial += share.value_or(0);
            p.unknown += share ? 0 : 1;
            feasible = feasible && possible(part.equation);
        }
        return feasible;
    }

    void unassign(int local, int reading)
    {
        for (const Part& part : m_parts[local]) {
            Progress& p = m_progress[part.equation];
            const std::optional<double>& share =
                m_equations[part.equation]->shares[part.position][reading];
            p.low += part.low;
            p.high += part.high;
            p.open += part.open ? 1 : 0;
            p.partial -= share.value_or(0);
            p.unknown -= share ? 0 : 1;
        }
        m_readingOf[m_group[local]] = -1;
    }

    /// Whether the equation can still hold with the readings not yet assigned.
    [[nodiscard]] bool possible(int e) const
    {
        const Progress& p = m_progress[e];
        if (p.unknown > 0 || p.open > 0) {
            return true;
        }
        const double base = m_equations[e]->constant + p.partial;
        return base + p.low <= kTolerance && base + p.high >= -kTolerance;
    }

    bool tryReading(std::size_t depth, int local, int reading)
    {
        const bool found = assign(local, reading) && descend(depth + 1);
        unassign(local, reading); // the next look starts from a clean slate
        return found;
    }

    bool descend(std::size_t depth)
    {
        if (--m_steps < 0) {
            return false;
        }
        if (depth == m_order.size()) {
            if (std::any_of(m_atLeaf.begin(), m_atLeaf.end(), [&](const CompiledEvidence* item) {
                    return fails(*item, m_readingOf);
                })) {
                return false;
            }
            m_solution.clear();
            for (const int v : m_group) {
                m_solution.push_back(m_readingOf[v]);
            }
            return true;
        }
        const int local = m_order[depth];
        if (local == m_fixed) {
            return tryReading(depth, local, m_fixedReading);
        }
        const int count = static_cast<int>(readingCount(local));
        for (const bool witnessedPass : {false, true}) {
            for (int r = 0; r < count && m_steps >= 0; ++r) {
                if (m_allowed[local][r] && (*m_witnessed)[local][r] == witnessedPass &&
                    tryReading(depth, local, r)) {
                    return true;
                }
            }
        }
        return false;
    }

    const std::vector<SolverVariable>& m_variables;
    const std::vector<int>& m_group;
    const std::vector<std::vector<bool>>& m_allowed; ///< per group variable, per reading
    std::vector<int> m_readingOf;                    ///< per variable (all): assigned, or -1
    std::vector<std::vector<Part>> m_parts;          ///< per group variable
    std::vector<int> m_local;                        ///< variable → group index, or -1
    std::vector<const CompiledEquation*> m_equations;
    std::vector<Progress> m_progress;
    std::vector<const CompiledEvidence*> m_atLeaf;
    std::vector<int> m_staticOrder;
    std::vector<int> m_order;
    int m_fixed = -1;
    int m_fixedReading = -1;
    const std::vector<std::vector<bool>>* m_witnessed = nullptr;
    int m_steps = 0;
    std::vector<int> m_solution;
};

/// Which readings of the group some combination satisfying `constraints` uses.
struct Support {
    bool satisfiable = false;
    bool capped = false;                     ///< nothing could be looked at at all
    std::vector<std::vector<bool>> possible; ///< per group variable, per reading
    std::vector<bool> undecided;             ///< per group variable: a look ran out
};

Support support(const std::vector<SolverVariable>& variables, const std::vector<int>& group,
                const std::vector<const CompiledEvidence*>& constraints,
                const std::vector<std::vector<bool>>& allowed, int& budget)
{
    Support result;
    GroupSearch searcher(variables, group, constraints, allowed);
    std::vector<std::vector<bool>> witnessed;
    for (const std::vector<bool>& readings : allowed) {
        witnessed.emplace_back(readings.size(), false);
    }
    const auto witness = [&] {
        const std::vector<int>& found = searcher.solution();
        for (std::size_t i = 0; i < group.size(); ++i) {
            witnessed[i][found[i]] = true;
            result.possible[i][found[i]] = true;
        }
    };
    const Look first = searcher.find(-1, -1, witnessed, budget);
    if (first != Look::Found) {
        result.capped = first == Look::Capped;
        return result;
    }
    result.satisfiable = true;
    result.possible = witnessed;
    result.undecided.assign(group.size(), false);
    witness();
    for (std::size_t i = 0; i < group.size(); ++i) {
        for (std::size_t r = 0; r < allowed[i].size(); ++r) {
            if (!allowed[i][r] || witnessed[i][r]) {
                continue;
            }
            const Look look =
                searcher.find(static_cast<int>(i), static_cast<int>(r), witnessed, budget);
            if (look == Look::Found) {
                witness();
            } else if (look == Look::Capped) {
                result.undecided[i] = true;
                result.possible[i][r] = true; // not refuted: kept
            }
        }
    }
    return result;
}

int countOf(const std::vector<bool>& flags)
{
    return static_cast<int>(std::count(flags.begin(), flags.end(), true));
}

} // namespace

GroupResult solveGroup(const std::vector<SolverVariable>& variables, const std::vector<int>& group,
                       const std::vector<const CompiledEvidence*>& evidence, int& budget)
{
    GroupResult result;
    std::vector<const CompiledEvidence*> identities;
    std::vector<const CompiledEvidence*> soft;
    for (const CompiledEvidence* item : evidence) {
        (item->source == EvidenceSource::Identity ? identities : soft).push_back(item);
    }
    std::vector<std::vector<bool>> all;
    for (const int v : group) {
        all.emplace_back(variables[v].readings.size(), true);
    }
    const Support hard = support(variables, group, identities, all, budget);
    if (!hard.satisfiable) {
        result.capped = hard.capped;
        result.contradicted = !hard.capped;
        return result;
    }

    // Soft evidence: the pieces that hold with the identities, if they all hold together. A
    // piece no reading satisfies speaks of something else (another scope, a corrected last
    // year) and is left out; pieces that hold one by one but not together leave it open which
    // one does, so none is used.
    std::vector<std::vector<bool>> none;
    for (const std::vector<bool>& readings : hard.possible) {
        none.emplace_back(readings.size(), false);
    }
    const auto satisfiable = [&](const std::vector<const CompiledEvidence*>& constraints) {
        GroupSearch trial(variables, group, constraints, hard.possible);
        return trial.find(-1, -1, none, budget) == Look::Found;
    };
    std::vector<const CompiledEvidence*> constraints = identities;
    std::optional<EvidenceSource> softSource;
    for (const CompiledEvidence* item : soft) {
        std::vector<const CompiledEvidence*> alone = identities;
        alone.push_back(item);
        if (satisfiable(alone)) {
            constraints.push_back(item);
            softSource = std::max(softSource.value_or(item->source), item->source);
        }
    }
    if (softSource && !satisfiable(constraints)) {
        softSource.reset();
    }
    Support chosen = hard;
    if (softSource) {
        Support narrowed = support(variables, group, constraints, hard.possible, budget);
        if (narrowed.satisfiable) {
            chosen = std::move(narrowed);
        } else {
            softSource.reset();
        }
    }

    result.outcomes.resize(group.size());
    for (std::size_t i = 0; i < group.size(); ++i) {
        const SolverVariable& variable = variables[group[i]];
        VariableOutcome& outcome = result.outcomes[i];
        outcome.capped = chosen.undecided[i] || hard.undecided[i];
        double total = 0;
        for (std::size_t r = 0; r < variable.readings.size(); ++r) {
            if (chosen.possible[i][r]) {
                outcome.kept.push_back(static_cast<int>(r));
                outcome.weight.push_back(variable.prior[r]);
                total += variable.prior[r];
            }
        }
        for (double& weight : outcome.weight) {
            weight = total > 0 ? weight / total : 1.0 / double(outcome.weight.size());
        }
        const int keptCount = countOf(chosen.possible[i]);
        const int hardCount = countOf(hard.possible[i]);
        if (keptCount < hardCount) {
            outcome.narrowedBy = softSource;
        } else if (hardCount < static_cast<int>(variable.readings.size())) {
            outcome.narrowedBy = EvidenceSource::Identity;
        }
    }
    return result;
}

} // namespace nianbao::extract::search
