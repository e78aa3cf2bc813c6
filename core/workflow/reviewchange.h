#pragma once

#include "model/finding.h"
#include "model/review.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace nianbao::workflow {

/// What a review step does to one cell.
struct CellStep {
    enum class Kind {
        /// The reviewer's value (nothing: the report leaves the cell blank).
        Edit,
        /// The reviewer vouches for the value as read, or for one of the extractor's
        /// candidate readings (`candidate`).
        Accept,
        /// Back to a value and whether anyone vouched for it: what undoing writes.
        Restore,
    };
    Kind kind = Kind::Edit;
    QString key;
    std::optional<double> value;  ///< Edit, Restore
    std::optional<int> candidate; ///< Accept: an index into Cell::candidates (0 = the best)
    bool vouched = true;          ///< Restore

    static CellStep edit(QString key, std::optional<double> value);
    static CellStep accept(QString key);
    static CellStep acceptCandidate(QString key, int candidate);
    static CellStep restore(QString key, std::optional<double> value, bool vouched);
};

/// Changes to cells, written as one step: a value, an acceptance, or a row or a selection at
/// once. `reopen`: extraction doubts to reopen in the same step (an undo of one that settled
/// them).
struct CellsChange {
    std::vector<CellStep> steps;
    QStringList reopen;
};

/// A verdict on the findings with a fingerprint (findingFingerprint).
struct FindingVerdictStep {
    QString fingerprint;
    FindingVerdict verdict = FindingVerdict::Confirmed;
};

/// Verdicts on one finding or several (a selection in the findings panel), written as one
/// step with one comment.
struct DecisionChange {
    std::vector<FindingVerdictStep> verdicts;
};

/// A new value for the report's agency, year, title or region (ReportChange's text form).
struct FieldValue {
    ReportField field = ReportField::Agency;
    QString value;
};

/// New values for some of the report's fields, written as one step, in order. A new agency
/// brings the region it names along unless the step sets the region itself or a reviewer
/// chose the region before.
struct FieldsChange {
    std::vector<FieldValue> fields;
};

/// A new review status. Marking a report reviewed while it has undecided errors takes
/// `override` and a reason (ReviewSession::apply says why it refuses otherwise).
struct StatusChange {
    ReviewStatus status = ReviewStatus::Pending;
    bool override = false;
};

/// One change a reviewer asks for, with why. A ReviewSession applies it in one transaction.
struct ReviewChange {
    std::variant<CellsChange, DecisionChange, FieldsChange, StatusChange> what;
    /// Why, in the reviewer's words (a decision's comment); may be empty except for an
    /// override.
    QString reason;

    static ReviewChange cells(std::vector<CellStep> steps, QString reason = {});
    static ReviewChange edit(const QString& key, std::optional<double> value, QString reason = {});
    static ReviewChange accept(const QString& key, QString reason = {});
    static ReviewChange decide(QString fingerprint, FindingVerdict verdict, QString comment = {});
    static ReviewChange decideAll(const QStringList& fingerprints, FindingVerdict verdict,
                                  QString comment = {});
    static ReviewChange setField(ReportField field, QString value, QString reason = {});
    static ReviewChange setStatus(ReviewStatus status, QString reason = {}, bool override = false);
};

/// A cell as it was before a step: what undoing the step restores.
struct CellBefore {
    QString key;
    std::optional<double> value;
    bool vouched = false;

    friend bool operator==(const CellBefore&, const CellBefore&) = default;
};

/// What applying one ReviewChange did, all of it committed together: the archive's new rows,
/// the report's findings and open counts after it, and what undoing it needs.
struct ChangeRecord {
    ReportId reportId = 0;
    ReviewChange change;
    /// Cell steps: each cell written, as it was before, in the order written.
    std::vector<CellBefore> cellsBefore;
    std::vector<Correction> corrections;
    /// A decision step: per verdict asked for, the decision in force on its fingerprint
    /// before (none: it was open).
    std::vector<std::optional<FindingDecision>> decisionsBefore;
    /// Every decision written: the one asked for, the extraction doubts a cell step settled
    /// (dismissed) or reopened.
    std::vector<FindingDecision> decisions;
    /// Field and status steps: each field written (an agency brings its region along).
    std::vector<ReportChange> reportChanges;
    /// The fingerprints of the extraction doubts this step settled.
    QStringList settled;
    /// The report's findings after the step (re-validated when a value, the agency or the
    /// year changed), and those still open by severity.
    std::vector<Finding> findings;
    SeverityCounts open;
    /// Values or identity changed, so the findings were checked again.
    bool revalidated = false;
};

} // namespace nianbao::workflow
