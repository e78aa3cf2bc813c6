#include "team/teamcontroller.h"

#include "browser/browserpane.h"
#include "browser/reportlistmodel.h"
#include "common/prompter.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "session/reportsession.h"
#include "settings/appsettings.h"
#include "store/archive.h"
#include "store/archivewatcher.h"
#include "store/pgconnection.h"
#include "team/claimbar.h"
#include "team/teamassignments.h"
#include "workspace/reportworkspace.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace nianbao::ui {

namespace {

constexpr int kMessageTimeoutMs = 8000;
/// Reports other clients add are listed this long after the last one is heard.
constexpr int kRelistDelayMs = 300;

} // namespace

TeamController::TeamController(MainWindow* window, AppSettings& settings, Prompter& prompter)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_heartbeat(new QTimer(this))
    , m_relist(new QTimer(this))
    , m_bar(new ClaimBar(window))
    , m_assignments(new TeamAssignments(window, settings, prompter))
{
    setObjectName(QStringLiteral("teamController"));
    window->addToolBar(Qt::TopToolBarArea, m_bar);
    m_bar->hide();
    connect(m_bar, &ClaimBar::takeOverRequested, this, &TeamController::takeOver);

    MainActions* actions = window->actions();
    connect(actions->connectTeam, &QAction::triggered, this, &TeamController::askConnect);
    connect(actions->recentArchives, &QMenu::aboutToShow, this, &TeamController::fillRecentMenu);
    fillRecentMenu();
    // A new name claims the open report under it (after the window took the name).
    connect(actions->reviewerName, &QAction::triggered, this, &TeamController::reportOpened);

    // Only a team archive has other reviewers: a private file is one user's.
    if (!store::PgConnection::isUri(window->archive().location())) {
        return;
    }
    m_team = store::teamReview(window->archive());
    if (!m_team) {
        return;
    }
    m_heartbeat->setInterval(int(m_lease.count() / 3));
    connect(m_heartbeat, &QTimer::timeout, this, &TeamController::heartbeat);
    m_relist->setSingleShot(true);
    m_relist->setInterval(kRelistDelayMs);
    connect(m_relist, &QTimer::timeout, window->browser(), &BrowserPane::refresh);

    Result<std::unique_ptr<store::ArchiveWatcher>> watcher = m_team->watch();
    if (!watcher) {
        say(tr("Other reviewers' changes will not show until the archive is opened again: %1")
                .arg(watcher.error().message));
        return;
    }
    m_watcher = std::move(*watcher);
    connect(m_watcher.get(), &store::ArchiveWatcher::reportChanged, this, &TeamController::heard);
    connect(m_watcher.get(), &store::ArchiveWatcher::lost, this, [this](const QString& reason) {
        say(tr("Other reviewers' changes no longer show: %1").arg(reason));
    });
}

TeamController::~TeamController()
{
    releaseClaim();
}

void TeamController::setLease(std::chrono::milliseconds lease)
{
    m_lease = lease;
    m_heartbeat->setInterval(int(std::max<qint64>(1, m_lease.count() / 3)));
}

void TeamController::say(const QString& text)
{
    m_window->statusBar()->showMessage(text, kMessageTimeoutMs);
}

void TeamController::reportOpened()
{
    ReportSession* session = m_window->workspace()->session();
    if (!session) {
        return;
    }
    // On any archive: a write over a change made by another client (another process on an
    // SQLite file too) is refused; the report is then read again.
    connect(session, &ReportSession::changedElsewhere, this, &TeamController::reload,
            Qt::UniqueConnection);
    if (!m_team) {
        return;
    }
    const QString me = m_settings.reviewerName().trimmed();
    if (m_claimed != 0 && (m_claimed != session->id() || m_claimedAs != me)) {
        releaseClaim();
    }
    if (me.isEmpty()) {
        // The session refuses changes without a name anyway; nothing to claim under.
        m_bar->showProblem(tr("Set your reviewer name (Edit menu) to review this report."));
        return;
    }
    const Result<store::ClaimOutcome> outcome = m_team->claim(session->id(), me, m_lease);
    if (!outcome) {
        // Without a claim nobody else is kept out: changing the report here is not safe.
        session->setReadOnly(outcome.error().message);
        m_bar->showProblem(
            tr("Read-only: the report could not be claimed: %1").arg(outcome.error().message));
        return;
    }
    if (!outcome->granted) {
        showReadOnly(outcome->claim);
        return;
    }
    m_claimed = session->id();
    m_claimedAs = me;
    session->setReadOnly(QString());
    m_heartbeat->start();
    m_bar->clear();
}

void TeamController::showReadOnly(const store::Claim& held)
{
    if (ReportSession* session = m_window->workspace()->session()) {
        session->setReadOnly(store::claimedMessage(held));
    }
    m_bar->showHeldBy(held);
}

void TeamController::releaseClaim()
{
    m_heartbeat->stop();
    if (m_team && m_claimed != 0) {
        // Lapsing after the lease would do too; giving it up lets a colleague in at once.
        (void)m_team->releaseClaim(m_claimed, m_claimedAs);
    }
    m_claimed = 0;
    m_claimedAs.clear();
}

void TeamController::heartbeat()
{
    if (!m_team || m_claimed == 0) {
        m_heartbeat->stop();
        return;
    }
    const ReportId id = m_claimed;
    const Result<store::ClaimOutcome> renewed = m_team->claim(id, m_claimedAs, m_lease);
    if (!renewed) {
        // The next beat tries again; the lease outlives a short outage.
        say(tr("The claim on report %1 could not be renewed: %2")
                .arg(id)
                .arg(renewed.error().message));
        return;
    }
    if (!renewed->granted) {
        // Taken over meanwhile (or lapsed and claimed by someone else).
        claimChanged(id);
    }
}

void TeamController::takeOver()
{
    ReportSession* session = m_window->workspace()->session();
    const QString me = m_settings.reviewerName().trimmed();
    if (!m_team || !session || me.isEmpty()) {
        return;
    }
    const ReportId id = session->id();
    const Result<std::optional<store::Claim>> before = m_team->claimOf(id);
    const Result<store::ClaimOutcome> taken = m_team->claim(id, me, m_lease, true);
    if (!taken || !taken->granted) {
        say(tr("Report %1 could not be taken over: %2")
                .arg(id)
                .arg(taken ? store::claimedMessage(taken->claim) : taken.error().message));
        return;
    }
    m_claimed = id;
    m_claimedAs = me;
    // Read again: the other reviewer may have changed it until a moment ago.
    reload(before && *before
               ? tr("You took report %1 over from %2.").arg(id).arg((*before)->reviewer)
               : tr("You took report %1 over.").arg(id));
}

void TeamController::heard(ReportId id, const QString& kind)
{
    if (kind == QLatin1String("added") || kind == QLatin1String("assignment")) {
        // A list filtered by assignee gains or loses the report: read the list again.
        m_relist->start();
    } else if (kind == QLatin1String("claim") &&
               m_window->browser()->model()->filter().claimedByOthersThan) {
        m_relist->start();
    } else {
        updateListedRow(id);
    }
    ReportSession* session = m_window->workspace()->session();
    if (!session || session->id() != id) {
        return;
    }
    if (kind == QLatin1String("claim")) {
        claimChanged(id);
        return;
    }
    // This window's own writes leave the report at the session's version.
    const Result<store::ReportVersion> stored = m_team->reportVersion(id);
    if (stored && *stored != session->version()) {
        reload(tr("Report %1 was changed by another reviewer: it is shown as it is now.").arg(id));
    }
}

void TeamController::claimChanged(ReportId id)
{
    ReportSession* session = m_window->workspace()->session();
    const Result<std::optional<store::Claim>> held = m_team->claimOf(id);
    if (!held || !session || session->id() != id) {
        return;
    }
    const QString me = m_settings.reviewerName().trimmed();
    if (*held && (*held)->reviewer == me) {
        return;
    }
    if (*held) {
        if (m_claimed == id) {
            // Ours until now: whatever is written from here on would be refused anyway.
            m_heartbeat->stop();
            m_claimed = 0;
            m_claimedAs.clear();
            say(tr("%1 took report %2 over: it is read-only here now.")
                    .arg((*held)->reviewer)
                    .arg(id));
        }
        showReadOnly(**held);
        return;
    }
    if (session->isReadOnly()) {
        // Given up by whoever held it: read it again as they left it, and claim it.
        reload(tr("Report %1 is free again: it is yours to review.").arg(id));
    }
}

void TeamController::updateListedRow(ReportId id)
{
    ReportListModel* list = m_window->browser()->model();
    const int at = list->rowOf(id);
    if (at < 0) {
        return;
    }
    store::Archive& archive = m_window->archive();
    const Result<ReportInfo> info = archive.reportInfo(id);
    const Result<SeverityCounts> open = archive.openCounts(id);
    if (!info || !open) {
        return;
    }
    store::ReportRow line = *list->row(at);
    line.fileName = info->fileName;
    line.agency = info->agency;
    line.region = info->region;
    line.year = info->year;
    line.templateId = info->templateId;
    line.status = info->status;
    line.openErrors = int(open->errors);
    line.openWarnings = int(open->warnings);
    line.openNotes = int(open->notes);
    list->updateRow(line);
}

void TeamController::reload(const QString& why)
{
    ReportSession* session = m_window->workspace()->session();
    if (!session) {
        return;
    }
    const ReportId id = session->id();
    // Later, never from inside the session's own call (a refused write reports from there).
    QTimer::singleShot(0, this, [this, id, why] {
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QWidget* shown = tabs ? tabs->currentWidget() : nullptr;
        if (m_window->openReport(id)) {
            say(why);
        }
        if (shown) {
            // A reload keeps the reviewer where they were (the list, the desk).
            tabs->setCurrentWidget(shown);
        }
    });
}

MainWindow* TeamController::connectTo(const QString& location)
{
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(location.trimmed());
    if (!archive) {
        say(tr("%1 cannot be opened: %2")
                .arg(store::PgConnection::withoutPassword(location.trimmed()),
                     archive.error().message));
        return nullptr;
    }
    m_settings.addRecentArchive(location.trimmed());
    auto* opened = new MainWindow(std::move(*archive), m_settings, m_prompter);
    opened->setAttribute(Qt::WA_DeleteOnClose);
    opened->show();
    emit windowOpened(opened);
    return opened;
}

void TeamController::askConnect()
{
    const QStringList recent = m_settings.recentArchives();
    const std::optional<QString> location = m_prompter.askText(
        m_window, tr("Connect to team archive"),
        tr("PostgreSQL connection URI (postgresql://user@host/dbname). The password is read "
           "from ~/.pgpass or PGPASSWORD; Nianbao never stores it."),
        recent.isEmpty() ? QStringLiteral("postgresql://") : recent.front());
    if (!location || location->trimmed().isEmpty()) {
        return;
    }
    if (!store::PgConnection::isUri(location->trimmed())) {
        say(tr("Not a PostgreSQL connection URI: %1").arg(location->trimmed()));
        return;
    }
    connectTo(*location);
}

void TeamController::fillRecentMenu()
{
    QMenu* menu = m_window->actions()->recentArchives;
    menu->clear();
    const QStringList recent = m_settings.recentArchives();
    for (const QString& location : recent) {
        QAction* item = menu->addAction(location);
        connect(item, &QAction::triggered, this, [this, location] { connectTo(location); });
    }
    menu->setEnabled(!recent.isEmpty());
}

} // namespace nianbao::ui
