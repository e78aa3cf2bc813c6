#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::extract {

/// Where a piece of evidence comes from, strongest first.
enum class EvidenceSource {
    Identity,  ///< an identity of the format (row and column totals, 一+二 = 七+四): it holds
               ///< in every report whose arithmetic is right
    Narrative, ///< a figure the report's own narrative states (共收到申请8件)
    PreviousYear, ///< the same body's previous report (its 结转下年度 = this year's 上年结转)
};

/// Σ coefficient × cell + constant = 0, over cells named by key.
struct Equation {
    struct Term {
        QString key;
        double coefficient = 1;
    };
    std::vector<Term> terms;
    double constant = 0;
};

/// One piece of evidence: it holds when any of its equations does (a narrative's 收到…N件 may
/// count this year's requests alone, or with those carried over).
struct Evidence {
    EvidenceSource source = EvidenceSource::Identity;
    std::vector<Equation> anyOf;
    QString rule; ///< the rule it comes from
};

/// An unknown of the solver: a row whose printed figures admit several readings.
struct SolverVariable {
    QStringList keys; ///< the cells the row decides
    /// Per reading, the value it gives each key; nothing where the reading leaves the cell
    /// without a figure and no sum implies one.
    std::vector<std::vector<std::optional<double>>> readings;
    /// Per reading, how plausible it is before any evidence (> 0).
    std::vector<double> prior;
};

/// What the evidence made of one variable.
struct VariableOutcome {
    /// The readings still possible, in their original order.
    std::vector<int> kept;
    /// Per kept reading, how well it fits the evidence and its prior (they sum to 1).
    std::vector<double> weight;
    /// The weakest evidence that was needed to drop readings; none when none were dropped.
    std::optional<EvidenceSource> narrowedBy;
    /// The search over the readings hit its bound: readings it could not decide on were kept.
    bool capped = false;
    /// No combination of readings satisfies the identities the variable takes part in (the
    /// report's own arithmetic is wrong, or a figure is misread): nothing was dropped.
    bool contradicted = false;
};

/// Bounds on the work per report.
struct SolverLimits {
    int nodes = 60000; ///< search steps over all variables
};

/// Settles the readings of every variable with all the evidence at once. `fixed` holds the
/// report's other cells: a value where it is certain, nothing where it is blank or doubtful
/// (evidence naming such a cell cannot be assessed). Evidence naming a cell that is neither a
/// variable's nor in `fixed` skips that cell (a row of the form the report does not print).
///
/// Identities are hard: a reading remains only if some combination of readings satisfying
/// every one of them uses it. Narrative and previous-year figures are soft: each is added while
/// the identities and the figures already added still hold with it (a figure that contradicts
/// them is left out), and only the readings some combination satisfying all of that uses
/// remain. Where no combination satisfies the identities, nothing is dropped.
std::vector<VariableOutcome> solveEvidence(const std::vector<SolverVariable>& variables,
                                           const QHash<QString, std::optional<double>>& fixed,
                                           const std::vector<Evidence>& evidence,
                                           const SolverLimits& limits = {});

} // namespace nianbao::extract
