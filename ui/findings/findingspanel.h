#pragma once

#include "model/review.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace nianbao {
struct Finding;
}

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
    /// Moves to the next (or previous) finding, wrapping; false when there is none.
    bool selectNext();
    bool selectPrevious();
    /// The finding chosen, or null.
    [[nodiscard]] const Finding* currentFinding() const;
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
