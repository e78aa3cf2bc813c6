#pragma once

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QTabWidget;
class QToolButton;

namespace nianbao::ui {

class FormModel;
class FormView;
class ReadingsPanel;
class ReportSession;

/// The tables of the open report's format (2, 3 and 4 for the bundled formats), one tab each
/// named "formTable_<key>", with the reason recorded with the next edits and the way to a
/// cell's history.
class FormPane final : public QWidget {
    Q_OBJECT

public:
    explicit FormPane(QWidget* parent = nullptr);

    void setSession(ReportSession* session);
    [[nodiscard]] QString currentCellKey() const;
    /// Shows the table holding the first of `keys` and selects those of its cells.
    void selectCells(const QStringList& keys);
    /// Moves to the next cell (in table order, wrapping) with a finding that is not
    /// dismissed, low confidence or a disagreement. Returns false when there is none.
    bool moveToNextProblem();
    [[nodiscard]] FormView* view(const QString& tableKey) const;
    [[nodiscard]] ReadingsPanel* readingsPanel() const { return m_readings; }
    /// Accepts the selected cells of the current table (the current cell when one is
    /// selected) as one step, then moves to the next problem.
    void acceptSelection();
    /// Applies candidate reading `index` of the current cell's row, then moves on.
    void applyReading(int index);
    /// Fills cells from the figures of `text` (tabs or spaces): one figure fills every
    /// selected cell, several fill the current cell's line rightwards; one undoable step.
    void paste(const QString& text);

signals:
    void currentCellChanged(const QString& cellKey);
    void historyRequested(const QString& cellKey);
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// A tab per table key; rebuilt only when the keys change.
    void setTables(const QStringList& keys);
    void retranslate();
    /// The pane's own texts (the models' labels change with retranslate only).
    void updateTexts();
    /// The reason for the step about to be taken: the field is cleared after it unless the
    /// reviewer pinned it.
    QString takeReason();
    [[nodiscard]] FormView* currentView() const;
    /// Every cell key of every table, in table order.
    [[nodiscard]] QStringList cellKeysInOrder() const;

    QPointer<ReportSession> m_session;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QToolButton* m_pinReason = nullptr;
    QToolButton* m_historyButton = nullptr;
    ReadingsPanel* m_readings = nullptr;
    QStringList m_tableKeys;
    std::vector<FormModel*> m_models;
    std::vector<FormView*> m_views;
};

} // namespace nianbao::ui
