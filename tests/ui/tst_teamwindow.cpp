// The review window as one of a team's clients on a shared PostgreSQL archive: two real main
// windows (two reviewers, two connections) on the test server, offscreen. Opening a report
// claims it; the other reviewer sees it read-only with who holds it and can take it over; the
// heartbeat renews the claim and closing gives it up; a write over another client's change is
// refused, reloads the report and says why; other clients' changes reach the browser and the
// open report live; File → Connect to team archive… opens one and remembers it without the
// password.

#include "browser/browserpane.h"
#include "browser/reportlistmodel.h"
#include "mainwindow/mainactions.h"
#include "session/reportsession.h"
#include "store/pgconnection.h"
#include "team/claimbar.h"
#include "team/teamassignments.h"
#include "team/teamcontroller.h"
#include "testbackend.h"
#include "uitestkit.h"
#include "workflow/reviewsession.h"
#include "workspace/reportworkspace.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::ui;
using namespace nianbao::test;
using namespace std::chrono_literals;

namespace {

const QString kAnna = QStringLiteral("安娜");
const QString kBo = QStringLiteral("薄文");
const QString kCell = QStringLiteral("t3.new.natural");
/// Other clients' changes are heard within about a second; this leaves room on a busy machine.
constexpr int kLiveMs = 5000;

/// One reviewer's client: settings in memory, scripted answers, the real main window.
struct Client {
    explicit Client(const QString& location, const QString& name)
        : settings(std::make_unique<MemorySettingsStorage>())
    {
        settings.setReviewerName(name);
        Result<std::unique_ptr<Archive>> archive = Archive::open(location);
        if (!archive) {
            qFatal("cannot open %s: %s", qPrintable(location), qPrintable(archive.error().message));
        }
        window = std::make_unique<MainWindow>(std::move(*archive), settings, prompter);
        window->show();
    }

    [[nodiscard]] ReportSession* session() const { return window->workspace()->session(); }
    [[nodiscard]] ClaimBar* bar() const { return window->team()->claimBar(); }
    [[nodiscard]] TeamReview* team() const { return teamReview(window->archive()); }

    AppSettings settings;
    ScriptedPrompter prompter;
    std::unique_ptr<MainWindow> window;
};

std::optional<double> valueOf(const ReportSession* session, const QString& key)
{
    const Cell* cell = session->current().cell(key);
    return cell ? cell->value : std::nullopt;
}

} // namespace

class TestTeamWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingClaimsAndAnotherReviewerSeesItReadOnly();
    void takingOverMakesTheHolderReadOnlyLive();
    void heartbeatRenewsTheClaimAndClosingGivesItUp();
    void aWriteOverAnotherClientsChangeReloadsAndSaysWhy();
    void otherClientsChangesReachTheBrowserAndTheOpenReport();
    void connectOpensATeamArchiveAndRemembersItWithoutPassword();
    void aPrivateArchiveClaimsNothing();
    void assigningTheListedReportsFiltersAndCountsThem();

private:
    QString m_location;
    ReportId m_report = 0;
    std::unique_ptr<Client> m_anna;
    std::unique_ptr<Client> m_bo;
};

void TestTeamWindow::initTestCase()
{
    QString why;
    if (postgresUri(&why).isEmpty()) {
        QSKIP(qPrintable(why));
    }
}

void TestTeamWindow::init()
{
    m_location = freshPostgresLocation();
    writeArchive(m_location,
                 {generatedSample(1, 2022), generatedSample(1, 2023), generatedSample(2, 2023)});
    m_anna = std::make_unique<Client>(m_location, kAnna);
    m_bo = std::make_unique<Client>(m_location, kBo);
    QVERIFY(m_anna->window->team()->isTeamArchive());
    QVERIFY(m_anna->window->team()->isLive());
    const Result<std::vector<ReportId>> ids = m_anna->window->archive().reportIds();
    QVERIFY(ids && ids->size() == 3);
    m_report = ids->at(1);
}

void TestTeamWindow::cleanup()
{
    m_anna.reset();
    m_bo.reset();
}

void TestTeamWindow::openingClaimsAndAnotherReviewerSeesItReadOnly()
{
    QVERIFY(m_anna->window->openReport(m_report));
    QCOMPARE(m_anna->window->team()->claimedReport(), m_report);
    const Result<std::optional<Claim>> held = m_bo->team()->claimOf(m_report);
    QVERIFY(held && *held);
    QCOMPARE((*held)->reviewer, kAnna);
    QVERIFY(!m_anna->session()->isReadOnly());
    QVERIFY(m_anna->bar()->isHidden());

    QVERIFY(m_bo->window->openReport(m_report));
    QCOMPARE(m_bo->window->team()->claimedReport(), ReportId(0));
    QVERIFY(m_bo->session()->isReadOnly());
    QVERIFY(!m_bo->bar()->isHidden());
    QVERIFY2(m_bo->bar()->text().contains(kAnna), qPrintable(m_bo->bar()->text()));
    QVERIFY(m_bo->bar()->takeOverAction()->isVisible());

    // Bo's edit is refused with who holds the report; nothing reaches the archive.
    const std::optional<double> before = valueOf(m_bo->session(), kCell);
    QSignalSpy failed(m_bo->session(), &ReportSession::failed);
    QVERIFY(!m_bo->session()->editCell(kCell, 4242, QString()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.front().front().toString().contains(kAnna));
    QCOMPARE(valueOf(m_bo->session(), kCell), before);
    QVERIFY(m_bo->window->archive().cellHistory(m_report, kCell)->empty());

    // Anna, who holds it, changes it.
    QVERIFY(m_anna->session()->editCell(kCell, 4242, QString()));
    QCOMPARE(m_anna->window->archive().cellHistory(m_report, kCell)->size(), std::size_t(1));
}

void TestTeamWindow::takingOverMakesTheHolderReadOnlyLive()
{
    QVERIFY(m_anna->window->openReport(m_report));
    QVERIFY(m_bo->window->openReport(m_report));
    QVERIFY(m_bo->session()->isReadOnly());

    m_bo->bar()->takeOverAction()->trigger();
    QTRY_VERIFY(m_bo->session() && !m_bo->session()->isReadOnly());
    QVERIFY(m_bo->bar()->isHidden());
    QCOMPARE(m_bo->window->team()->claimedReport(), m_report);
    QCOMPARE((*m_anna->team()->claimOf(m_report))->reviewer, kBo);
    QVERIFY(m_bo->window->statusBar()->currentMessage().contains(kAnna));

    // Anna's window hears it without doing anything: read-only, with Bo's name.
    QTRY_VERIFY_WITH_TIMEOUT(m_anna->session()->isReadOnly(), kLiveMs);
    QVERIFY(!m_anna->bar()->isHidden());
    QVERIFY2(m_anna->bar()->text().contains(kBo), qPrintable(m_anna->bar()->text()));
    QCOMPARE(m_anna->window->team()->claimedReport(), ReportId(0));
    QVERIFY(!m_anna->session()->editCell(kCell, 7, QString()));
    QVERIFY(m_bo->session()->editCell(kCell, 8, QString()));
    const Result<std::vector<Correction>> history =
        m_bo->window->archive().cellHistory(m_report, kCell);
    QCOMPARE(history->size(), std::size_t(1));
    QCOMPARE(history->front().reviewer, kBo);
}

void TestTeamWindow::heartbeatRenewsTheClaimAndClosingGivesItUp()
{
    m_anna->window->team()->setLease(1200ms);
    QVERIFY(m_anna->window->openReport(m_report));
    const Claim first = **m_bo->team()->claimOf(m_report);
    // Three leases long: without the heartbeat (every 400 ms) the claim would have lapsed.
    QTest::qWait(3600);
    const Result<std::optional<Claim>> later = m_bo->team()->claimOf(m_report);
    QVERIFY(later && *later);
    QCOMPARE((*later)->reviewer, kAnna);
    QCOMPARE((*later)->since, first.since);
    QVERIFY((*later)->expires > first.expires);

    // Another report opened: the first is given up at once and the new one claimed.
    const ReportId other = m_anna->window->archive().reportIds()->back();
    QVERIFY(m_anna->window->openReport(other));
    QCOMPARE(*m_bo->team()->claimOf(m_report), std::nullopt);
    QCOMPARE((**m_bo->team()->claimOf(other)).reviewer, kAnna);
    // The window closed: nothing held.
    m_anna.reset();
    QCOMPARE(*m_bo->team()->claimOf(other), std::nullopt);
}

void TestTeamWindow::aWriteOverAnotherClientsChangeReloadsAndSaysWhy()
{
    QVERIFY(m_anna->window->openReport(m_report));
    const ReportSession* opened = m_anna->session();
    // Another client (a script through the CLI's own session) writes without a claim.
    {
        Result<std::unique_ptr<Archive>> script = Archive::open(m_location);
        QVERIFY(script);
        Result<workflow::ReviewSession> review = workflow::ReviewSession::open(
            **script, workflow::defaultReportProcessing(), m_report, QStringLiteral("脚本"));
        QVERIFY(review);
        QVERIFY(review->apply(workflow::ReviewChange::edit(kCell, 555, QStringLiteral("批量"))));
    }
    // Before the window hears of it, Anna edits: refused, not written over the script's value.
    QVERIFY(!m_anna->session()->editCell(kCell, 777, QString()));
    const Result<std::vector<Correction>> history =
        m_anna->window->archive().cellHistory(m_report, kCell);
    QCOMPARE(history->size(), std::size_t(1));
    QCOMPARE(history->front().newValue, std::optional<double>(555));
    // The report is read again, showing the script's value, and the status bar says why.
    QTRY_VERIFY(m_anna->session() != opened);
    QCOMPARE(valueOf(m_anna->session(), kCell), std::optional<double>(555));
    QVERIFY2(
        m_anna->window->statusBar()->currentMessage().contains(QStringLiteral("another reviewer")),
        qPrintable(m_anna->window->statusBar()->currentMessage()));
    // Read again, Anna's change goes through.
    QVERIFY(m_anna->session()->editCell(kCell, 777, QString()));
    QCOMPARE(m_anna->window->archive().cellHistory(m_report, kCell)->size(), std::size_t(2));
}

void TestTeamWindow::otherClientsChangesReachTheBrowserAndTheOpenReport()
{
    ReportListModel* list = m_bo->window->browser()->model();
    const int row = list->rowOf(m_report);
    QVERIFY(row >= 0);
    QCOMPARE(list->row(row)->status, ReviewStatus::Pending);
    QVERIFY(m_bo->window->openReport(m_report)); // Bo first: Anna's is the read-only one
    QVERIFY(m_anna->window->openReport(m_report));
    QVERIFY(m_anna->session()->isReadOnly());
    m_anna->window->team()->takeOver();
    QTRY_VERIFY(!m_anna->session()->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(m_bo->session()->isReadOnly(), kLiveMs);

    // Anna's change shows in Bo's read-only view of the report and in his list.
    QVERIFY(m_anna->session()->editCell(kCell, 31, QString()));
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(m_bo->session(), kCell), std::optional<double>(31), kLiveMs);
    QVERIFY(m_bo->session()->isReadOnly());
    QVERIFY(m_anna->session()->setStatus(ReviewStatus::Doubtful).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(list->row(list->rowOf(m_report))->status, ReviewStatus::Doubtful,
                              kLiveMs);

    // A report another client imports is listed.
    const int listed = list->rowCount();
    writeArchive(m_location, {generatedSample(2, 2024)});
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), listed + 1, kLiveMs);
}

void TestTeamWindow::connectOpensATeamArchiveAndRemembersItWithoutPassword()
{
    QUrl withPassword(m_location);
    withPassword.setPassword(QStringLiteral("s3cret-word"));
    m_anna->prompter.texts.push_back(withPassword.toString());
    QSignalSpy opened(m_anna->window->team(), &TeamController::windowOpened);
    m_anna->window->actions()->connectTeam->trigger();
    QCOMPARE(opened.size(), 1);
    auto* second = opened.front().front().value<MainWindow*>();
    QVERIFY(second);
    QCOMPARE(second->browser()->model()->rowCount(), 3);
    QVERIFY(second->team()->isTeamArchive());

    const QStringList recent = m_anna->settings.recentArchives();
    QCOMPARE(recent.size(), 1);
    QVERIFY(!recent.front().contains(QStringLiteral("s3cret")));
    QCOMPARE(recent.front(), PgConnection::withoutPassword(m_location));
    QVERIFY(!second->windowTitle().contains(QStringLiteral("s3cret")));
    second->close(); // deletes itself
    QTRY_COMPARE(opened.size(), 1);

    // The recent entry opens it again; a bad URI says why and opens nothing.
    QMenu* menu = m_anna->window->actions()->recentArchives;
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    menu->actions().front()->trigger();
    QCOMPARE(opened.size(), 2);
    auto* third = opened.back().front().value<MainWindow*>();
    QCOMPARE(third->browser()->model()->rowCount(), 3);
    third->close();

    m_anna->prompter.texts.push_back(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
    m_anna->window->actions()->connectTeam->trigger();
    QCOMPARE(opened.size(), 2);
    QVERIFY2(m_anna->window->statusBar()->currentMessage().contains(QStringLiteral("127.0.0.1:1")),
             qPrintable(m_anna->window->statusBar()->currentMessage()));
    QCOMPARE(m_anna->settings.recentArchives().size(), 1);
}

void TestTeamWindow::aPrivateArchiveClaimsNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("private.sqlite"));
    writeArchive(file, {generatedSample(1, 2023)});
    Client alone(file, kAnna);
    QVERIFY(!alone.window->team()->isTeamArchive());
    const ReportId id = alone.window->archive().reportIds()->front();
    QVERIFY(alone.window->openReport(id));
    QCOMPARE(alone.window->team()->claimedReport(), ReportId(0));
    QCOMPARE(*alone.team()->claimOf(id), std::nullopt);
    QVERIFY(alone.bar()->isHidden());
    QVERIFY(alone.session()->editCell(kCell, 5, QString()));
}

void TestTeamWindow::assigningTheListedReportsFiltersAndCountsThem()
{
    // The supervisor narrows the list to one body, then gives what is listed to Bo.
    ReportListModel* annaList = m_anna->window->browser()->model();
    store::ReportFilter body;
    body.agency = annaList->row(annaList->rowOf(m_report))->agency;
    annaList->setFilter(body);
    const int given = annaList->rowCount();
    QVERIFY(given >= 1 && given < 3);
    m_anna->prompter.texts.push_back(kBo);
    m_anna->window->actions()->assignListed->trigger();
    QVERIFY(m_anna->window->statusBar()->currentMessage().contains(kBo));
    QCOMPARE((**m_bo->team()->assignmentOf(m_report)).reviewer, kBo);
    QCOMPARE((**m_bo->team()->assignmentOf(m_report)).assignedBy, kAnna);

    // Bo's list: his own reports, then those of nobody; it follows new assignments live.
    ReportListModel* boList = m_bo->window->browser()->model();
    m_bo->window->actions()->showMine->trigger();
    QVERIFY(m_bo->window->actions()->showMine->isChecked());
    QCOMPARE(boList->rowCount(), given);
    QVERIFY(boList->rowOf(m_report) >= 0);
    m_bo->window->actions()->showUnassigned->trigger();
    QCOMPARE(boList->rowCount(), 3 - given);
    QVERIFY(m_bo->team()->assign({m_report}, QString(), kAnna));
    QTRY_COMPARE_WITH_TIMEOUT(boList->rowCount(), 3 - given + 1, kLiveMs);
    // Typing in the browser's own filters keeps the team filter.
    m_bo->window->browser()->refresh();
    QCOMPARE(boList->filter().assignee, std::optional<QString>(QString()));

    // Claimed by others: what Anna holds shows in Bo's list.
    m_bo->window->actions()->showClaimedByOthers->trigger();
    QCOMPARE(boList->rowCount(), 0);
    QVERIFY(m_anna->window->openReport(m_report));
    QTRY_COMPARE_WITH_TIMEOUT(boList->rowCount(), 1, kLiveMs);
    m_bo->window->actions()->showAll->trigger();
    QCOMPARE(boList->rowCount(), 3);

    // Progress per reviewer.
    QVERIFY(m_anna->team()->assign({m_report}, kBo, kAnna));
    m_anna->window->actions()->teamProgress->trigger();
    QDialog* dialog = m_anna->window->team()->assignments()->progressDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("progressTable"));
    QCOMPARE(table->rowCount(), 2);
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            cells << table->item(row, column)->text();
        }
        lines << cells.join(QLatin1Char('|'));
    }
    QVERIFY2(lines.contains(QStringLiteral("%1|%2|%2|0|0").arg(kBo).arg(given)),
             qPrintable(lines.join(u';')));
    QVERIFY2(lines.contains(QStringLiteral("(nobody)|%1|%1|0|0").arg(3 - given)),
             qPrintable(lines.join(u';')));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
