#include "mainwindow/mainwindow.h"

#include "browser/browserpane.h"
#include "browser/reportlistmodel.h"
#include "common/language.h"
#include "common/prompter.h"
#include "desk/deskpane.h"
#include "documents/readlimits.h"
#include "documents/reportfile.h"
#include "doubts/doubtsalikedialog.h"
#include "export/exportdialog.h"
#include "form/formpane.h"
#include "import/bundledsamples.h"
#include "import/importdialog.h"
#include "import/importrunner.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/shortcutsdialog.h"
#include "session/reportsession.h"
#include "settings/appsettings.h"
#include "store/pgconnection.h"
#include "team/teamcontroller.h"
#include "workflow/bodyidentity.h"
#include "workspace/reportworkspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

namespace nianbao::ui {

namespace {

/// An archive as the window names it: never with a password.
QString archiveName(const QString& location)
{
    return store::PgConnection::withoutPassword(location);
}

constexpr int kMessageTimeoutMs = 8000;

/// The archive id of a file's report, found by the file's content as the importer stores it.
std::optional<ReportId> storedReportOf(store::Archive& archive, const QString& path)
{
    // The importer's own reader: a pipe or a device given at start never blocks the window.
    const Result<QByteArray> bytes = readReportFile(path, ReadLimits{}.maxFileBytes);
    if (!bytes) {
        return std::nullopt;
    }
    const Result<std::optional<ReportId>> found =
        archive.findByHash(store::Archive::hashOf(*bytes));
    return found ? *found : std::nullopt;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Archive> archive, AppSettings& settings,
                       Prompter& prompter, MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent)
    , m_archive(std::move(archive))
    , m_settings(settings)
    , m_prompter(prompter)
    , m_options(std::move(options))
    , m_actions(new MainActions(this))
    , m_tabs(new QTabWidget(this))
    , m_browser(new BrowserPane(m_tabs))
    , m_workspace(new ReportWorkspace(prompter, m_tabs))
    , m_importer(new ImportRunner(m_archive->location(), m_options.processing, this))
    , m_importDialog(new ImportDialog(m_importer, this))
    , m_countsLabel(new QLabel(this))
    , m_reviewerLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_browser->setObjectName(QStringLiteral("browserPane"));
    m_workspace->setObjectName(QStringLiteral("reportWorkspace"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_reviewerLabel->setObjectName(QStringLiteral("reviewerLabel"));
    m_tabs->addTab(m_browser, QString());
    m_tabs->addTab(m_workspace, QString());
    // The supervisor's desk (ui/desk): read when first shown, and again each time.
    m_desk = new DeskPane(*m_archive, prompter, m_tabs);
    m_tabs->addTab(m_desk, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_desk) {
            m_desk->refresh();
        }
    });
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_reviewerLabel);

    connect(m_browser, &BrowserPane::openRequested, this, &MainWindow::openReport);
    connect(m_browser, &BrowserPane::countsChanged, this, &MainWindow::updateStatusBar);
    connect(m_browser, &BrowserPane::failed, this,
            [this](const QString& text) { statusBar()->showMessage(text, kMessageTimeoutMs); });
    connect(m_workspace, &ReportWorkspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kMessageTimeoutMs); });
    connect(m_workspace, &ReportWorkspace::reportChanged, this,
            [this](const store::ReportRow& row) { m_browser->model()->updateRow(row); });
    connect(m_workspace, &ReportWorkspace::sameBodyRequested, this, &MainWindow::matchBody);
    connect(m_workspace, &ReportWorkspace::keepRequested, this, &MainWindow::keepReport);
    connect(m_workspace, &ReportWorkspace::restoreRequested, this, &MainWindow::restoreReport);
    connect(m_importer, &ImportRunner::finished, this, &MainWindow::importFinished);

    wireActions();
    m_browser->setArchive(m_archive.get());
    restoreLayout();
    // After the layout: its claim bar is shown only while a report is held by another.
    m_team = new TeamController(this, settings, prompter);
    retranslate();

    if (m_archive->damage()) {
        // Read-only until recovered: said where it stays in view, with how to recover it.
        statusBar()->showMessage(*m_archive->damage());
        statusBar()->setToolTip(*m_archive->damage());
    }

    QStringList atStart = m_options.importPaths;
    m_openAfterImport = m_options.importPaths;
    if (m_options.fillWhenEmpty && isArchiveEmpty(*m_archive).value_or(false)) {
        atStart = bundledSampleFolders() + atStart;
    }
    if (!atStart.isEmpty()) {
        // After the window is up, so the import dialog has a window to sit on.
        QTimer::singleShot(0, this, [this, atStart] { importPaths(atStart); });
    }
}

MainWindow::~MainWindow()
{
    // The children below refer to the archive, a member that goes before the children would:
    // they go first (the import thread is waited for). The team's claim is given up first.
    delete m_team;
    delete m_workspace;
    delete m_importDialog;
    delete m_importer;
}

void MainWindow::wireActions()
{
    MainActions& a = *m_actions;
    connect(a.openArchive, &QAction::triggered, this, &MainWindow::askOpenArchive);
    connect(a.keyboardShortcuts, &QAction::triggered, this, [this] {
        auto* dialog = new ShortcutsDialog(QWidget::actions(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(a.importFiles, &QAction::triggered, this, &MainWindow::askImportFiles);
    connect(a.importFolder, &QAction::triggered, this, &MainWindow::askImportFolder);
    connect(a.exportData, &QAction::triggered, this,
            [this] { ExportDialog::launch(m_archive->location(), this); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.undo, &QAction::triggered, this, [this] {
        if (ReportSession* session = m_workspace->session()) {
            session->undoStack()->undo();
        }
    });
    connect(a.redo, &QAction::triggered, this, [this] {
        if (ReportSession* session = m_workspace->session()) {
            session->undoStack()->redo();
        }
    });
    // Enabled by the open report's undo stack (openReport).
    a.undo->setEnabled(false);
    a.redo->setEnabled(false);
    connect(a.cellHistory, &QAction::triggered, this, [this] { m_workspace->showHistory(); });
    connect(a.reviewerName, &QAction::triggered, this, &MainWindow::askReviewerName);
    connect(a.nextProblem, &QAction::triggered, this, [this] {
        if (!m_workspace->formPane()->moveToNextProblem()) {
            statusBar()->showMessage(tr("No cell left with a problem."), kMessageTimeoutMs);
        }
    });
    connect(a.nextFinding, &QAction::triggered, this, [this] {
        if (!m_workspace->nextFinding()) {
            statusBar()->showMessage(tr("No finding left without a decision."), kMessageTimeoutMs);
        }
    });
    connect(a.previousFinding, &QAction::triggered, this, [this] {
        if (!m_workspace->previousFinding()) {
            statusBar()->showMessage(tr("No finding left without a decision."), kMessageTimeoutMs);
        }
    });
    connect(a.selectFindingsAlike, &QAction::triggered, this,
            [this] { m_workspace->selectFindingsAlike(); });
    connect(a.acceptFindingCells, &QAction::triggered, this,
            [this] { m_workspace->acceptChosenFindingsCells(); });
    connect(a.doubtsAlike, &QAction::triggered, this, &MainWindow::showDoubtsAlike);
    connect(a.confirmFinding, &QAction::triggered, this,
            [this] { m_workspace->decideCurrentFinding(FindingVerdict::Confirmed); });
    connect(a.dismissFinding, &QAction::triggered, this,
            [this] { m_workspace->decideCurrentFinding(FindingVerdict::Dismissed); });
    connect(a.reviewedAndNext, &QAction::triggered, this, &MainWindow::markReviewedAndOpenNext);
    connect(a.markDoubtful, &QAction::triggered, this,
            [this] { m_workspace->setStatus(ReviewStatus::Doubtful); });
    connect(a.markPending, &QAction::triggered, this,
            [this] { m_workspace->setStatus(ReviewStatus::Pending); });
    connect(a.showArchive, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_browser);
        m_browser->table()->setFocus();
    });
    connect(a.showReport, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_workspace); });
    connect(a.chinese, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });
    connect(a.english, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Nianbao"),
                           tr("<b>Nianbao %1</b><p>Turns China's open-government-information "
                              "annual reports into checked datasets.</p><p>Archive: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    archiveName(m_archive->location()).toHtmlEscaped()));
    });
    (currentLanguage() == Language::Chinese ? a.chinese : a.english)->setChecked(true);
}

bool MainWindow::openReport(ReportId id)
{
    Result<std::unique_ptr<ReportSession>> session =
        ReportSession::open(*m_archive, m_options.processing, id);
    if (!session) {
        statusBar()->showMessage(session.error().message, kMessageTimeoutMs);
        return false;
    }
    if (m_settings.reviewerName().isEmpty()) {
        // Every correction and decision carries a name: ask for it before the first one.
        askReviewerName();
    }
    ReportSession* opened = session->get();
    opened->setReviewer(m_settings.reviewerName());
    QUndoStack* stack = opened->undoStack();
    m_actions->undo->setEnabled(false);
    m_actions->redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, m_actions->undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_actions->redo, &QAction::setEnabled);
    m_workspace->setSession(std::move(*session), m_archive.get());
    // Claimed for the reviewer on a team archive, or read-only while another holds it.
    m_team->reportOpened();
    m_tabs->setCurrentWidget(m_workspace);
    m_browser->selectReport(id);
    // The reviewer starts at the first cell that needs a look; F8 walks the findings.
    if (!m_workspace->formPane()->moveToNextProblem()) {
        m_workspace->formPane()->setFocus();
    }
    updateStatusBar();
    return true;
}

void MainWindow::matchBody(const QString& agency, const QString& bodyName)
{
    const Result<std::vector<ReportId>> checked =
        workflow::matchAgencyToBody(*m_archive, m_options.processing, agency, bodyName);
    if (!checked) {
        statusBar()->showMessage(checked.error().message, kMessageTimeoutMs);
        return;
    }
    // The open report's previous year and findings follow from who is who: read again.
    if (ReportSession* session = m_workspace->session()) {
        openReport(session->id());
    }
    m_browser->refresh();
    statusBar()->showMessage(bodyName.isEmpty()
                                 ? tr("“%1” is its own body again; %n report(s) checked again.",
                                      nullptr, int(checked->size()))
                                       .arg(agency)
                                 : tr("“%1” is now the body “%2”; %n report(s) checked again.",
                                      nullptr, int(checked->size()))
                                       .arg(agency, bodyName),
                             kMessageTimeoutMs);
}

void MainWindow::keepReport(ReportId id)
{
    const Result<std::vector<ReportId>> retired =
        workflow::keepReport(*m_archive, m_options.processing, id, m_settings.reviewerName(), {});
    if (!retired) {
        statusBar()->showMessage(retired.error().message, kMessageTimeoutMs);
        return;
    }
    openReport(id);
    m_browser->refresh();
    statusBar()->showMessage(
        tr("Report %1 is kept; %n other copy(ies) retired.", nullptr, int(retired->size())).arg(id),
        kMessageTimeoutMs);
}

void MainWindow::restoreReport(ReportId id)
{
    if (const Result<void> done =
            workflow::restoreRetiredReport(*m_archive, m_options.processing, id);
        !done) {
        statusBar()->showMessage(done.error().message, kMessageTimeoutMs);
        return;
    }
    openReport(id);
    m_browser->refresh();
}

void MainWindow::markReviewedAndOpenNext()
{
    ReportSession* session = m_workspace->session();
    if (!session) {
        return;
    }
    const ReportId current = session->id();
    ReportListModel* list = m_browser->model();
    // Chosen before the status changes, in the list's own order (its filter and sort).
    const int next = list->nextPending(list->rowOf(current), current);
    const ReportId nextId = next < 0 ? 0 : list->row(next)->id;
    // A report with undecided errors stays open, with the reason in the status bar.
    if (session->info().status != ReviewStatus::Reviewed &&
        !m_workspace->setStatus(ReviewStatus::Reviewed)) {
        return;
    }
    if (nextId == 0) {
        statusBar()->showMessage(tr("Marked reviewed. No pending report is left in the list."),
                                 kMessageTimeoutMs);
        return;
    }
    if (openReport(nextId)) {
        statusBar()->showMessage(tr("Marked reviewed; opened the next pending report."),
                                 kMessageTimeoutMs);
    }
}

void MainWindow::showDoubtsAlike()
{
    // The reports of the archive's list as filtered now.
    QSet<ReportId> listed;
    const ReportListModel* list = m_browser->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        listed.insert(list->row(row)->id);
    }
    auto* dialog = new DoubtsAlikeDialog(*m_archive, m_options.processing,
                                         m_settings.reviewerName(), listed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DoubtsAlikeDialog::openRequested, this,
            [this](ReportId id, const QStringList& cells) {
                if (openReport(id)) {
                    m_workspace->formPane()->selectCells(cells);
                }
            });
    connect(dialog, &DoubtsAlikeDialog::reportsChanged, this, [this] {
        m_browser->refresh();
        // The open report may be among those changed: it is read again.
        if (ReportSession* session = m_workspace->session()) {
            openReport(session->id());
        }
    });
    dialog->show();
}

void MainWindow::setLanguage(Language language)
{
    if (language == currentLanguage()) {
        return;
    }
    installTranslations(language);
    m_settings.setLanguage(language);
    // Installing a translator sends every widget a LanguageChange event: each retranslates.
}

void MainWindow::askReviewerName()
{
    const std::optional<QString> name = m_prompter.askText(
        this, tr("Reviewer name"), tr("Your name, recorded with every correction and decision:"),
        m_settings.reviewerName());
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    m_settings.setReviewerName(*name);
    if (ReportSession* session = m_workspace->session()) {
        session->setReviewer(m_settings.reviewerName());
    }
    updateStatusBar();
}

void MainWindow::askOpenArchive()
{
    const QString path =
        m_prompter
            .askFiles(this, tr("Open archive"), QFileInfo(m_archive->location()).absolutePath(),
                      tr("Nianbao archives (*.sqlite *.db);;All files (*)"))
            .value(0);
    if (path.isEmpty()) {
        return;
    }
    // Opened here first, so a file that is no archive is refused with the window unchanged.
    const Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(path);
    if (!archive) {
        statusBar()->showMessage(
            tr("%1 cannot be opened as an archive: %2").arg(path, archive.error().message),
            kMessageTimeoutMs);
        return;
    }
    emit openArchiveRequested((*archive)->location());
}

void MainWindow::askImportFiles()
{
    const QStringList files = m_prompter.askFiles(
        this, tr("Import reports"), m_settings.importFolder(),
        tr("Reports (*.txt *.htm *.html *.mht *.mhtml *.doc *.docx *.wps *.pdf);;All files (*)"));
    if (!files.isEmpty()) {
        m_settings.setImportFolder(QFileInfo(files.front()).absolutePath());
        importPaths(files);
    }
}

void MainWindow::askImportFolder()
{
    const QString folder =
        m_prompter.askFolder(this, tr("Import a folder of reports"), m_settings.importFolder());
    if (!folder.isEmpty()) {
        m_settings.setImportFolder(folder);
        importPaths({folder});
    }
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!m_importer->start(paths)) {
        statusBar()->showMessage(tr("An import is running: wait for it to finish or stop it."),
                                 kMessageTimeoutMs);
        m_importDialog->show();
        return;
    }
    m_importDialog->show();
    m_importDialog->raise();
}

void MainWindow::importFinished(const workflow::ImportSummary& summary, const QString& error)
{
    m_browser->refresh();
    statusBar()->showMessage(error.isEmpty()
                                 ? tr("Import: %1 imported, %2 already there, %3 failed.")
                                       .arg(summary.imported)
                                       .arg(summary.duplicates)
                                       .arg(summary.failed())
                                 : error,
                             kMessageTimeoutMs);
    // A clean batch needs no reading: the dialog stays only to show failures.
    if (error.isEmpty() && summary.failures.empty() && !summary.cancelled) {
        m_importDialog->hide();
    }
    const QStringList toOpen = std::exchange(m_openAfterImport, {});
    for (const QString& path : toOpen) {
        if (const std::optional<ReportId> id = storedReportOf(*m_archive, path)) {
            openReport(*id);
            return;
        }
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); })) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // Looked at here, without opening anything: a named pipe, a device or a file too large
    // to be a report is refused at once with the reason, instead of reaching the import.
    QStringList paths;
    QStringList refused;
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir()) {
            paths << path;
        } else if (const Result<void> usable = checkReportFile(path, ReadLimits{}.maxFileBytes);
                   !usable) {
            refused << tr("%1: %2").arg(QFileInfo(path).fileName(), usable.error().message);
        } else {
            paths << path;
        }
    }
    event->acceptProposedAction();
    if (!paths.isEmpty()) {
        importPaths(paths);
    }
    // After the import starts, whose own messages would hide it.
    if (!refused.isEmpty()) {
        statusBar()->showMessage(tr("Not imported: %1").arg(refused.join(QStringLiteral("; "))),
                                 kMessageTimeoutMs * 2);
    }
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // A first run: most of the screen, the size a three-pane review needs.
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1600, 1000);
        resize(std::min(1480, screen.width() * 9 / 10), std::min(920, screen.height() * 9 / 10));
    }
    restoreState(m_settings.windowState());
    for (QSplitter* splitter : m_workspace->splitters()) {
        splitter->restoreState(m_settings.layoutState(splitter->objectName()));
    }
    QHeaderView* header = m_browser->table()->horizontalHeader();
    header->restoreState(m_settings.layoutState(header->objectName()));
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    for (QSplitter* splitter : m_workspace->splitters()) {
        m_settings.setLayoutState(splitter->objectName(), splitter->saveState());
    }
    QHeaderView* header = m_browser->table()->horizontalHeader();
    m_settings.setLayoutState(header->objectName(), header->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importer->isRunning()) {
        // Whole reports only: the file in hand finishes, the rest waits for the next import.
        m_importer->cancel();
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateStatusBar()
{
    const ReportListModel* list = m_browser->model();
    m_countsLabel->setText(tr("%n report(s) listed", nullptr, list->rowCount()));
    m_reviewerLabel->setText(tr("Reviewer: %1")
                                 .arg(m_settings.reviewerName().isEmpty()
                                          ? tr("not set (Edit menu)")
                                          : m_settings.reviewerName()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // A file by its name; a team archive by its URI (without a password, if one was given).
    const QString location = m_archive->location();
    setWindowTitle(tr("Nianbao — %1")
                       .arg(store::PgConnection::isUri(location) ? archiveName(location)
                                                                 : QFileInfo(location).fileName()));
    m_tabs->setTabText(0, tr("Archive"));
    m_tabs->setTabText(1, tr("Report"));
    m_tabs->setTabToolTip(0, tr("Every report in the archive (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("The report under review (Ctrl+2)"));
    m_tabs->setTabText(2, tr("Supervisor's desk"));
    m_tabs->setTabToolTip(2, tr("Coverage of the bodies expected to report, similar reports, "
                                "year on year, peers and the dashboard"));
    m_actions->retranslate();
    updateStatusBar();
}

} // namespace nianbao::ui
