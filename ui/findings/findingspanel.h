#pragma once

#include "model/review.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

#include "model/finding.h"

namespace nianbao::ui {

class FindingsModel;
class ReportSession;

/// The findings on the open report: choosing one shows its cells and their source; the
/// reviewer confirms or dismisses it with a comment.
class FindingsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setSession(ReportSession* session);
    /// Moves to the next (or previous) finding nobody decided on yet, wrapping; false when
    /// there is none.
    bool selectNext();
    bool selectPrevious();
    /// Chooses the finding with `fingerprint`; false when the list has none.
    bool selectFinding(const QString& fingerprint);
    /// Adds every open finding of the current one's rule to the selection: how many were
    /// added, or -1 when no finding is chosen.
    int selectAlike();
    /// The finding chosen, or null.
    [[nodiscard]] const Finding* currentFinding() const;
    /// The findings selected (several with Shift or Ctrl), the current one first; copies,
    /// since deciding re-reads the findings.
    [[nodiscard]] std::vector<Finding> selectedFindings() const;
    [[nodiscard]] QTableView* table() const { return m_table; }

signals:
    /// A finding was chosen: its cells (possibly none, for report-level findings).
    void findingChosen(const QStringList& cellKeys);
    /// The reviewer asks to confirm, dismiss or reopen the current finding.
    void decisionRequested(nianbao::FindingVerdict verdict);

protected:
    void changeEvent(QEvent* event) override;

private:
    bool selectRow(int row);
    /// The next row from `current` in direction `step` whose finding is still open.
    bool selectOpen(int step);
    /// The header's context menu: which columns show (the rule id is hidden by default).
    void showColumnMenu(const QPoint& position);
    void updateSummary();
    void updateButtons();
    void retranslate();

    FindingsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_reopen = nullptr;
    /// The finding the reviewer chose, found again when the list is rebuilt (while it is, the
    /// choice is not announced: the other panes stay where they are).
    QString m_chosenRule;
    QStringList m_chosenCells;
    bool m_restoring = false;
};

} // namespace nianbao::ui
