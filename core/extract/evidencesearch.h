#pragma once

#include "extract/evidencesolver.h"

#include <optional>
#include <vector>

/// The search behind solveEvidence: one group of related variables at a time.
namespace nianbao::extract::search {

inline constexpr double kTolerance = 1e-6;

/// A variable's share of one equation, per reading: nothing where the reading leaves one of
/// the equation's cells without a value (the equation then holds whatever the others are).
using Shares = std::vector<std::optional<double>>;

/// constant + Σ shares of the variables' chosen readings = 0.
struct CompiledEquation {
    double constant = 0;
    std::vector<int> variables;
    std::vector<Shares> shares; ///< per entry of `variables`
};

/// Evidence over the variables: it holds when one of its equations does.
struct CompiledEvidence {
    EvidenceSource source = EvidenceSource::Identity;
    std::vector<CompiledEquation> anyOf;
};

struct GroupResult {
    bool capped = false;
    bool contradicted = false;
    std::vector<VariableOutcome> outcomes; ///< per variable of the group, in group order
};

/// Keeps the readings of `group` that some combination satisfying every identity among
/// `evidence` uses: each reading is kept only with a witness, a combination found by a depth
/// first search with interval bounds on the identities (one witness vouches for a reading of
/// every variable, so few searches are needed). Then the soft evidence (narrative, previous
/// year) is added piece by piece while the identities still hold with it, and the readings
/// the combinations satisfying all of that use are kept. Spends at most `budget` search
/// steps, and lowers it by what it spent; a reading whose search ran out is kept.
GroupResult solveGroup(const std::vector<SolverVariable>& variables, const std::vector<int>& group,
                       const std::vector<const CompiledEvidence*>& evidence, int& budget);

} // namespace nianbao::extract::search
