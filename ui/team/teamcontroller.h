#pragma once

#include "model/review.h"
#include "store/teamreview.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QTimer;

namespace nianbao::store {
class ArchiveWatcher;
}

namespace nianbao::ui {

class AppSettings;
class ClaimBar;
class TeamAssignments;
class MainWindow;
class Prompter;

/// What a window does as one of a team's clients on a shared (PostgreSQL) archive:
///
/// - the report opened for review is claimed for the reviewer, and the claim is renewed by a
///   heartbeat while it stays open; closing it or the window gives the claim up;
/// - a report another reviewer holds opens read-only, with the ClaimBar saying by whom and
///   since when, and a button to take it over;
/// - a change refused because another client changed the report meanwhile reloads the report
///   and says why;
/// - other clients' changes reach the browser's lines and the open report as they commit
///   (ArchiveWatcher), without reading the whole list again.
///
/// On a private (SQLite) archive only File → Connect to team archive… does anything.
class TeamController final : public QObject {
    Q_OBJECT

public:
    TeamController(MainWindow* window, AppSettings& settings, Prompter& prompter);
    ~TeamController() override;

    static constexpr std::chrono::milliseconds kDefaultLease = std::chrono::minutes(2);

    /// Whether the window's archive is a team archive (claims, live updates).
    [[nodiscard]] bool isTeamArchive() const { return m_team != nullptr; }
    /// Whether other clients' changes are heard.
    [[nodiscard]] bool isLive() const { return m_watcher != nullptr; }
    /// How long a claim lasts without a heartbeat; the heartbeat comes at a third of it.
    [[nodiscard]] std::chrono::milliseconds lease() const { return m_lease; }
    void setLease(std::chrono::milliseconds lease);
    /// The report this window holds a claim on, or 0.
    [[nodiscard]] ReportId claimedReport() const { return m_claimed; }
    [[nodiscard]] ClaimBar* claimBar() const { return m_bar; }
    [[nodiscard]] TeamAssignments* assignments() const { return m_assignments; }

    /// After the window shows a report (MainWindow::openReport): claims it, or makes it
    /// read-only when another reviewer holds it.
    void reportOpened();
    /// Takes the open report over from the reviewer who holds it.
    void takeOver();
    /// Gives up the claim this window holds, if any.
    void releaseClaim();

    /// Opens the archive at `location` in a window of its own and remembers it among the
    /// recent archives; the new window, or null with the reason in the status bar.
    MainWindow* connectTo(const QString& location);

signals:
    /// A window opened by connectTo.
    void windowOpened(nianbao::ui::MainWindow* window);

private:
    void askConnect();
    void fillRecentMenu();
    void heartbeat();
    void heard(ReportId id, const QString& kind);
    void claimChanged(ReportId id);
    void updateListedRow(ReportId id);
    void reload(const QString& why);
    void showReadOnly(const store::Claim& held);
    void say(const QString& text);

    MainWindow* m_window;
    AppSettings& m_settings;
    Prompter& m_prompter;
    store::TeamReview* m_team = nullptr;
    std::unique_ptr<store::ArchiveWatcher> m_watcher;
    QTimer* m_heartbeat = nullptr;
    /// Reports added by other clients are listed after a short pause, all at once.
    QTimer* m_relist = nullptr;
    ClaimBar* m_bar = nullptr;
    TeamAssignments* m_assignments = nullptr;
    std::chrono::milliseconds m_lease = kDefaultLease;
    ReportId m_claimed = 0;
    /// The name the claim is held under.
    QString m_claimedAs;
};

} // namespace nianbao::ui
