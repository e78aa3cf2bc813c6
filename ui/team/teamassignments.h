#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QDialog;

namespace nianbao::ui {

class AppSettings;
class MainWindow;
class Prompter;

/// The supervisor's side of a team: assigning the reports listed in the browser (its filter
/// chooses them) to a reviewer, each reviewer's progress, and the browser's team filters —
/// every report, those assigned to me, those assigned to nobody, those other reviewers hold.
/// Works on any archive with assignments (both back ends).
class TeamAssignments final : public QObject {
    Q_OBJECT

public:
    /// Which reports the browser lists (View → Show).
    enum class Shown { All, AssignedToMe, Unassigned, ClaimedByOthers };

    TeamAssignments(MainWindow* window, AppSettings& settings, Prompter& prompter);

    /// Lists only the reports `shown` says, on top of the browser's own filters.
    void show(Shown shown);
    /// Asks for a reviewer (empty: nobody) and assigns every report listed to them.
    void assignListed();
    /// Shows each reviewer's progress (a table in a window of its own, kept up to date).
    void showProgress();
    [[nodiscard]] QDialog* progressDialog() const { return m_progress; }

private:
    void fillProgress();

    MainWindow* m_window;
    AppSettings& m_settings;
    Prompter& m_prompter;
    QDialog* m_progress = nullptr;
};

} // namespace nianbao::ui
