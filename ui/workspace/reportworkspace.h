#pragma once

#include "model/storedreport.h"
#include "store/reportquery.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QUndoView;

namespace nianbao::store {
class Archive;
}

namespace nianbao::ui {

class ChartsPane;
class FindingsPanel;
class FormPane;
class Prompter;
class ReportDetails;
class ReportSession;
class SourcePane;
class TimelinePane;

/// The review of one report: its text beside the editable tables and the charts, the
/// findings below. Choosing a cell, a figure in the text or a finding shows the same place
/// in every pane.
class ReportWorkspace final : public QWidget {
    Q_OBJECT

public:
    ReportWorkspace(Prompter& prompter, QWidget* parent = nullptr);
    ~ReportWorkspace() override;

    /// Shows a report (null: none). `archive` feeds the chart across years.
    void setSession(std::unique_ptr<ReportSession> session, store::Archive* archive);
    [[nodiscard]] ReportSession* session() const { return m_session.get(); }

    [[nodiscard]] FormPane* formPane() const { return m_form; }
    [[nodiscard]] SourcePane* sourcePane() const { return m_source; }
    [[nodiscard]] ChartsPane* chartsPane() const { return m_charts; }
    [[nodiscard]] FindingsPanel* findingsPanel() const { return m_findings; }
    [[nodiscard]] ReportDetails* details() const { return m_details; }
    [[nodiscard]] TimelinePane* timeline() const { return m_timeline; }
    [[nodiscard]] QTabWidget* bottomTabs() const { return m_bottom; }
    [[nodiscard]] QTabWidget* sideTabs() const { return m_side; }
    /// The splitters whose sizes the window remembers.
    [[nodiscard]] QList<QSplitter*> splitters() const;

    bool nextFinding();
    bool previousFinding();
    /// Asks for a comment and records the verdict on the findings chosen (one or several),
    /// as one step.
    void decideCurrentFinding(FindingVerdict verdict);
    /// Adds to the findings chosen every open finding of the current one's rule.
    bool selectFindingsAlike();
    /// Accepts every cell the chosen findings name, as one step.
    bool acceptChosenFindingsCells();
    /// Shows the corrections of a cell (the current one when `cellKey` is empty).
    void showHistory(const QString& cellKey = {});
    /// Sets the report's status as an undoable step; false (the reason in message()) when the
    /// session refused it. Marking a report with undecided errors reviewed says why and asks
    /// for a reason to override; without one, the first undecided error is shown.
    bool setStatus(ReviewStatus status);

signals:
    /// For the status bar.
    void message(const QString& text);
    /// The open report's status or open findings changed (the archive list shows them).
    void reportChanged(const nianbao::store::ReportRow& row);
    /// The reviewer says reports printed `agency` are the body `bodyName` (ReportDetails).
    void sameBodyRequested(const QString& agency, const QString& bodyName);
    /// "Keep this one" / "Bring back" on the report's copies (ReportDetails).
    void keepRequested(nianbao::ReportId id);
    void restoreRequested(nianbao::ReportId id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCellSources(const QString& cellKey);
    void showFinding(const QStringList& cellKeys);
    /// Chooses the first undecided error and shows its cells.
    void showFirstUndecidedError();
    void updateHeader();
    void announceChange();
    void retranslate();

    Prompter& m_prompter;
    std::unique_ptr<ReportSession> m_session;
    QLabel* m_title = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_banner = nullptr;
    QSplitter* m_panes = nullptr;
    /// The report as imported and the charts, one at a time, beside the form: the form keeps
    /// the width tables 3 and 4 need at 1440 pixels.
    QTabWidget* m_side = nullptr;
    QSplitter* m_vertical = nullptr;
    SourcePane* m_source = nullptr;
    FormPane* m_form = nullptr;
    ChartsPane* m_charts = nullptr;
    QTabWidget* m_bottom = nullptr;
    FindingsPanel* m_findings = nullptr;
    QUndoView* m_undoView = nullptr;
    TimelinePane* m_timeline = nullptr;
    ReportDetails* m_details = nullptr;
    /// Set while a finding's cells are being shown, so the form's current-cell change does
    /// not narrow the text's highlight to one cell.
    bool m_showingFinding = false;
};

} // namespace nianbao::ui
