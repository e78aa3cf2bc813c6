#pragma once

#include "archive/reportprocessing.h"
#include "archive/storedreport.h"
#include "common/error.h"
#include "rules/validator.h"
#include "session/cellannotations.h"
#include "session/cellreview.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace nianbao {
class Archive;
class ReportTemplate;
} // namespace nianbao

namespace nianbao::ui {

/// One report open for review: its stored extraction, the reviewer's current values and the
/// findings on them, and the undo stack of this report's edits.
///
/// Every accepted edit goes to the archive at once, as a correction with the reviewer's name,
/// and the report is re-checked with the same body's previous-year report. Undoing an edit
/// records a correction back to the earlier value: the archive keeps the whole history.
class ReportSession : public QObject {
    Q_OBJECT

public:
    /// Loads report `id` and its body's previous-year report. `archive` must outlive the
    /// session; `processing` re-checks the body's following-year report after each edit.
    static Result<std::unique_ptr<ReportSession>>
    open(Archive& archive, ReportProcessing processing, ReportId id, QObject* parent = nullptr);
    ~ReportSession() override;

    [[nodiscard]] ReportId id() const { return m_stored.info.id; }
    [[nodiscard]] const ReportInfo& info() const { return m_stored.info; }
    /// Current values (corrections applied) and the findings on them.
    [[nodiscard]] const Report& current() const { return m_current; }
    [[nodiscard]] const StoredReport& stored() const { return m_stored; }
    [[nodiscard]] const Document& document() const { return m_stored.document; }
    /// The report's format, or null for a report whose format was not recognised.
    [[nodiscard]] const ReportTemplate* format() const { return m_format; }
    [[nodiscard]] const std::vector<Finding>& findings() const { return m_current.findings; }
    [[nodiscard]] const CellAnnotation& annotation(QStringView key) const
    {
        return m_annotations.of(key);
    }
    [[nodiscard]] bool hasPreviousYear() const { return m_context.previousYear.has_value(); }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }

    [[nodiscard]] QString reviewer() const { return m_reviewer; }
    void setReviewer(const QString& reviewer) { m_reviewer = reviewer; }

    /// Sets a cell to the reviewer's value (nothing: blank in the report) as an undoable edit.
    /// Returns false, changing nothing, when the archive refused it (failed() says why).
    bool editCell(const QString& key, std::optional<double> value, const QString& reason);
    /// The reviewer vouches for the value of a cell the extractor was unsure of, as an
    /// undoable step recorded in its history; the cell stops being shown as uncertain. A cell
    /// with nothing to accept is left alone. Returns false when the archive refused it.
    bool acceptCell(const QString& key, const QString& reason);
    /// The file as imported (a PDF's pages are drawn from it).
    Result<QByteArray> originalBytes();
    /// Every correction of a cell, oldest first.
    Result<std::vector<Correction>> history(const QString& key);
    Result<void> decide(const Finding& finding, FindingVerdict verdict, const QString& comment);
    Result<void> setStatus(ReviewStatus status);

signals:
    void cellChanged(const QString& key);
    void findingsChanged();
    void statusChanged(nianbao::ReviewStatus status);
    void failed(const QString& message);

private:
    friend class ChangeCellCommand;

    ReportSession(Archive& archive, ReportProcessing processing, StoredReport stored,
                  std::optional<Report> previousYear, QObject* parent);

    /// Writes a value (and whether the reviewer vouches for it) as a correction, re-checks,
    /// and updates what the views read. Extraction findings the step settles are dismissed
    /// (returned, so that undo can reopen them); those in `reopen` are reopened.
    Result<QStringList> writeValue(const QString& key, const CellReview& review,
                                   const QString& reason, const QStringList& reopen = {});
    /// Within the caller's transaction: dismisses the extraction findings `correction`
    /// settles (except those in `reopen`) and reopens those in `reopen`.
    Result<std::vector<FindingDecision>> decideDoubts(const std::vector<Finding>& findings,
                                                      const Correction& correction,
                                                      const QStringList& reopen,
                                                      const QString& reason);
    /// Writes a change of value or of the reviewer's stance and puts it on the undo stack.
    bool record(const QString& key, const CellReview& review, const QString& reason);
    void rememberCorrection(const Correction& correction);
    void rememberDecision(const FindingDecision& decision);
    void annotate();

    Archive& m_archive;
    ReportProcessing m_processing;
    StoredReport m_stored;
    Report m_current;
    ValidationContext m_context;
    const ReportTemplate* m_format = nullptr;
    CellAnnotations m_annotations;
    QUndoStack* m_undoStack = nullptr;
    QString m_reviewer;
};

} // namespace nianbao::ui
