#pragma once

#include "common/error.h"
#include "model/storedreport.h"
#include "workflow/reportprocessing.h"
#include "workflow/reviewchange.h"
#include "workflow/rowreadings.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao::store {
class Archive;
struct ReportHistory;
} // namespace nianbao::store

namespace nianbao::workflow {

/// One report under review: the one way a reviewer's change reaches the archive, for the
/// review window and the CLI alike.
///
/// apply() writes a change (cells, a decision, a field, the status) and everything it implies
/// in ONE transaction: the corrections, the findings checked again through the processing
/// hook (ReportProcessing::validate, as import and re-extraction do), the re-check of the
/// body's following year, the extraction doubts the change settles, the open counts. It
/// returns what it did as a ChangeRecord; revert() applies the inverse of a record. When a
/// write fails the transaction rolls back, the session is left as it was, and the error says
/// why. Nothing is ever overwritten: every step, undo included, is one more row of history.
///
/// Not a QObject: the window wraps it (ui/session/reportsession.h), the CLI uses it as is.
class ReviewSession {
public:
    /// Loads report `id` with its body's previous-year report. `archive` must outlive the
    /// session; changes are recorded under `reviewer`'s name.
    static Result<ReviewSession> open(store::Archive& archive, ReportProcessing processing,
                                      ReportId id, QString reviewer);

    ReviewSession(ReviewSession&&) noexcept;
    ReviewSession& operator=(ReviewSession&&) noexcept;
    ReviewSession(const ReviewSession&) = delete;
    ReviewSession& operator=(const ReviewSession&) = delete;
    ~ReviewSession();

    [[nodiscard]] ReportId id() const { return m_stored.info.id; }
    [[nodiscard]] const ReportInfo& info() const { return m_stored.info; }
    /// The extraction with the reviewers' layer (corrections, decisions) as stored.
    [[nodiscard]] const StoredReport& stored() const { return m_stored; }
    /// Current values (corrections applied) and the findings on them.
    [[nodiscard]] const Report& current() const { return m_current; }
    [[nodiscard]] const std::vector<Finding>& findings() const { return m_current.findings; }
    /// The findings still open, by severity, as the archive counts them.
    [[nodiscard]] const SeverityCounts& openCounts() const { return m_open; }
    [[nodiscard]] bool hasPreviousYear() const { return m_previousYear.has_value(); }
    /// The first open finding of error severity, if any: what keeps the report from being
    /// marked reviewed.
    [[nodiscard]] const Finding* firstUndecidedError() const;

    /// The candidate readings of the row holding `cellKey`, checked on the current values.
    [[nodiscard]] RowReadings rowReadings(const QString& cellKey) const;

    [[nodiscard]] const QString& reviewer() const { return m_reviewer; }
    void setReviewer(const QString& reviewer) { m_reviewer = reviewer; }

    /// Writes `change` and everything it implies in one transaction (see the class comment).
    /// Refused, with nothing written, when the report has no such cell, finding or candidate,
    /// when the change changes nothing, when no reviewer is named, or when marking a report
    /// reviewed that still has undecided errors without an override and a reason.
    Result<ChangeRecord> apply(const ReviewChange& change);
    /// Applies the inverse of `record` (a change applied by this session): cells back to how
    /// they were (and the doubts they settled reopened), a decision back to the one in force
    /// before, fields and status back to their values. `reason` says why (an undo).
    Result<ChangeRecord> revert(const ChangeRecord& record, const QString& reason);

    /// Every correction of a cell, oldest first.
    Result<std::vector<Correction>> history(const QString& cellKey);
    /// The file as imported (a PDF's pages are drawn from it).
    Result<QByteArray> originalBytes();
    /// Every correction, decision and change of the report: its timeline.
    Result<store::ReportHistory> reportHistory();

private:
    struct Next;
    ReviewSession(store::Archive& archive, ReportProcessing processing, StoredReport stored,
                  std::optional<Report> previousYear, SeverityCounts open, QString reviewer);

    Result<void> applyCells(const CellsChange& change, const QString& reason, Next& next,
                            ChangeRecord& record);
    Result<void> applyDecision(const DecisionChange& change, const QString& reason, Next& next,
                               ChangeRecord& record);
    Result<void> applyFields(const FieldsChange& change, const QString& reason, Next& next,
                             ChangeRecord& record);
    Result<void> applyStatus(const StatusChange& change, const QString& reason, Next& next,
                             ChangeRecord& record);
    /// Checks `next`'s values again through the processing hook and stores the findings, then
    /// the body's following year(s).
    Result<void> revalidate(Next& next, ChangeRecord& record, const ReportInfo& before);

    store::Archive* m_archive;
    ReportProcessing m_processing;
    StoredReport m_stored;
    Report m_current;
    std::optional<Report> m_previousYear;
    SeverityCounts m_open;
    QString m_reviewer;
};

} // namespace nianbao::workflow
