#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace nianbao::ui {

class Prompter;
class ReportSession;
class TimelineModel;

/// The report-wide timeline in the review window: every step with who, when and why; Enter
/// or a double-click shows the cells of a step; "Save…" writes it as CSV or XLSX.
class TimelinePane final : public QWidget {
    Q_OBJECT

public:
    TimelinePane(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(ReportSession* session);
    [[nodiscard]] TimelineModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    /// Writes the timeline to `path` (CSV, or XLSX by its suffix); false with a message.
    bool save(const QString& path);

signals:
    void cellsChosen(const QStringList& cellKeys);
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void askSave();
    void retranslate();

    Prompter& m_prompter;
    TimelineModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace nianbao::ui
