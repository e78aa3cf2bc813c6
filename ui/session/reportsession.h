#pragma once

#include "common/error.h"
#include "model/storedreport.h"
#include "session/cellannotations.h"
#include "workflow/reportprocessing.h"
#include "workflow/reviewsession.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace nianbao {
class ReportTemplate;
}

namespace nianbao::store {
class Archive;
struct ReportHistory;
} // namespace nianbao::store

namespace nianbao::ui {

/// One report open for review in the window: the core's review session (which writes every
/// change, re-validates and settles doubts in one transaction), the annotations the views
/// paint, and the undo stack of this report's changes.
///
/// Every change is a ReviewCommand pushed on the stack: its redo() applies the change, its
/// undo() reverts it, each as one more step of the archive's history. A change the archive
/// refuses never enters the stack (and an undo or redo that fails leaves it), the session and
/// the archive stay as they were, and failed() says why.
class ReportSession : public QObject {
    Q_OBJECT

public:
    /// Loads report `id` and its body's previous-year report. `archive` must outlive the
    /// session; `processing` re-checks the report and its body's following year after each
    /// change.
    static Result<std::unique_ptr<ReportSession>> open(store::Archive& archive,
                                                       workflow::ReportProcessing processing,
                                                       ReportId id, QObject* parent = nullptr);
    ~ReportSession() override;

    [[nodiscard]] ReportId id() const { return m_review.id(); }
    [[nodiscard]] const ReportInfo& info() const { return m_review.info(); }
    /// Current values (corrections applied) and the findings on them.
    [[nodiscard]] const Report& current() const { return m_review.current(); }
    [[nodiscard]] const StoredReport& stored() const { return m_review.stored(); }
    [[nodiscard]] const Document& document() const { return m_review.stored().document; }
    /// The report's format, or null for a report whose format was not recognised.
    [[nodiscard]] const ReportTemplate* format() const { return m_format; }
    [[nodiscard]] const std::vector<Finding>& findings() const { return m_review.findings(); }
    /// The findings still open, by severity, as the archive counts them.
    [[nodiscard]] const SeverityCounts& openCounts() const { return m_review.openCounts(); }
    /// The first open finding of error severity, or null: what keeps the report from being
    /// marked reviewed.
    [[nodiscard]] const Finding* firstUndecidedError() const
    {
        return m_review.firstUndecidedError();
    }
    [[nodiscard]] const CellAnnotation& annotation(QStringView key) const
    {
        return m_annotations.of(key);
    }
    [[nodiscard]] bool hasPreviousYear() const { return m_review.hasPreviousYear(); }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }

    [[nodiscard]] QString reviewer() const { return m_review.reviewer(); }
    void setReviewer(const QString& reviewer) { m_review.setReviewer(reviewer); }

    /// Sets a cell to the reviewer's value (nothing: blank in the report) as an undoable step.
    /// Returns false, changing nothing, when the archive refused it (failed() says why).
    bool editCell(const QString& key, std::optional<double> value, const QString& reason);
    /// Sets several cells at once (a row pasted, a selection corrected), as one undoable step.
    bool editCells(const std::vector<std::pair<QString, std::optional<double>>>& values,
                   const QString& reason);
    /// The reviewer vouches for the values of the cells among `keys` the extractor was unsure
    /// of (a row, a rectangle, a finding's cells), as one undoable step; the doubts they
    /// settle are settled with it. Cells with nothing to accept are left alone.
    bool acceptCells(const QStringList& keys, const QString& reason);
    /// The reviewer vouches for the value of a cell the extractor was unsure of, as an
    /// undoable step recorded in its history; the cell stops being shown as uncertain. A cell
    /// with nothing to accept is left alone. Returns false when the archive refused it.
    bool acceptCell(const QString& key, const QString& reason);
    /// The reviewer takes one of the extractor's candidate readings (Cell::candidates) as the
    /// cell's value, recorded as an acceptance of that reading, as one undoable step.
    bool acceptCandidate(const QString& key, int candidate, const QString& reason);
    /// The candidate readings of the row holding a cell, best first (workflow::rowReadings).
    [[nodiscard]] workflow::RowReadings rowReadings(const QString& key) const
    {
        return m_review.rowReadings(key);
    }
    /// Fills the row holding `key` with its candidate reading `reading` (an index into
    /// rowReadings(key)), recorded as the acceptance of each reading chosen, as one undoable
    /// step. Returns false when there is no such reading or the archive refused it.
    bool acceptReading(const QString& key, int reading, const QString& reason);
    /// Records a verdict on a finding, as an undoable step.
    Result<void> decide(const Finding& finding, FindingVerdict verdict, const QString& comment);
    /// Records one verdict on several findings with one comment, as one undoable step.
    Result<void> decideAll(const std::vector<Finding>& findings, FindingVerdict verdict,
                           const QString& comment);
    /// Sets the review status, as an undoable step. Marking a report with undecided errors
    /// reviewed is refused unless `override` is given with a reason.
    Result<void> setStatus(ReviewStatus status, const QString& reason = {}, bool override = false);
    /// Sets the agency, year, title or region, as an undoable step.
    Result<void> setField(ReportField field, const QString& value, const QString& reason);

    /// The file as imported (a PDF's pages are drawn from it).
    Result<QByteArray> originalBytes();
    /// Every correction of a cell, oldest first.
    Result<std::vector<Correction>> history(const QString& key);
    /// Every correction, decision and change of the report (the timeline).
    Result<store::ReportHistory> reportHistory();

signals:
    void cellChanged(const QString& key);
    void findingsChanged();
    void statusChanged(nianbao::ReviewStatus status);
    /// The agency, year, title or region changed.
    void infoChanged();
    void failed(const QString& message);

private:
    friend class ReviewCommand;

    ReportSession(workflow::ReviewSession review, QObject* parent);

    /// Pushes a command for `change` (whose redo applies it) and says whether it was applied.
    Result<void> perform(const workflow::ReviewChange& change, const QString& text);
    /// What commands call: the core session's apply and revert, then the views are told.
    Result<workflow::ChangeRecord> applyChange(const workflow::ReviewChange& change);
    Result<workflow::ChangeRecord> revertChange(const workflow::ChangeRecord& record,
                                                const QString& reason);
    void announce(const workflow::ChangeRecord& record);

    workflow::ReviewSession m_review;
    const ReportTemplate* m_format = nullptr;
    CellAnnotations m_annotations;
    QUndoStack* m_undoStack = nullptr;
    /// Why the command last pushed was not applied, read right after the push.
    std::optional<Error> m_lastFailure;
};

} // namespace nianbao::ui
