#include "mainwindow/mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>

namespace nianbao::ui {

MainActions::MainActions(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    QMenuBar* bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->setObjectName(QStringLiteral("fileMenu"));
    openArchive = make("actionOpenArchive", m_file);
    m_file->addSeparator();
    importFiles = make("actionImportFiles", m_file);
    importFiles->setShortcut(QKeySequence::Open);
    importFolder = make("actionImportFolder", m_file);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    exportData = make("actionExport", m_file);
    exportData->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_file->addSeparator();
    quit = make("actionQuit", m_file);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_edit = bar->addMenu(QString());
    m_edit->setObjectName(QStringLiteral("editMenu"));
    undo = make("actionUndo", m_edit);
    undo->setShortcut(QKeySequence::Undo);
    redo = make("actionRedo", m_edit);
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_edit->addSeparator();
    cellHistory = make("actionCellHistory", m_edit);
    cellHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_edit->addSeparator();
    reviewerName = make("actionReviewerName", m_edit);

    m_review = bar->addMenu(QString());
    m_review->setObjectName(QStringLiteral("reviewMenu"));
    nextProblem = make("actionNextProblem", m_review);
    nextProblem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    nextFinding = make("actionNextFinding", m_review);
    nextFinding->setShortcut(QKeySequence(Qt::Key_F8));
    previousFinding = make("actionPreviousFinding", m_review);
    previousFinding->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    selectFindingsAlike = make("actionSelectFindingsAlike", m_review);
    selectFindingsAlike->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F8));
    acceptFindingCells = make("actionAcceptFindingCells", m_review);
    acceptFindingCells->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    doubtsAlike = make("actionDoubtsAlike", m_review);
    doubtsAlike->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_review->addSeparator();
    confirmFinding = make("actionConfirmFinding", m_review);
    confirmFinding->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    dismissFinding = make("actionDismissFinding", m_review);
    dismissFinding->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_review->addSeparator();
    reviewedAndNext = make("actionReviewedAndNext", m_review);
    reviewedAndNext->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    markDoubtful = make("actionMarkDoubtful", m_review);
    markDoubtful->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    markPending = make("actionMarkPending", m_review);
    markPending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    m_view = bar->addMenu(QString());
    m_view->setObjectName(QStringLiteral("viewMenu"));
    showArchive = make("actionShowArchive", m_view);
    showArchive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showReport = make("actionShowReport", m_view);
    showReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_view->addSeparator();
    m_language = m_view->addMenu(QString());
    m_language->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    chinese = make("actionLanguageChinese", m_language);
    english = make("actionLanguageEnglish", m_language);
    for (QAction* language : {chinese, english}) {
        language->setCheckable(true);
        m_languages->addAction(language);
    }
    // Each language is named in itself, so a reader of the other finds the way back.
    chinese->setText(QStringLiteral("中文"));
    english->setText(QStringLiteral("English"));

    m_help = bar->addMenu(QString());
    m_help->setObjectName(QStringLiteral("helpMenu"));
    keyboardShortcuts = make("actionKeyboardShortcuts", m_help);
    keyboardShortcuts->setShortcut(QKeySequence::HelpContents);
    about = make("actionAbout", m_help);
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

QAction* MainActions::make(const char* objectName, QMenu* menu)
{
    auto* action = new QAction(m_window);
    action->setObjectName(QLatin1String(objectName));
    // Window-wide, so F8 or Ctrl+Enter work wherever the keyboard focus is.
    action->setShortcutContext(Qt::WindowShortcut);
    menu->addAction(action);
    m_window->addAction(action);
    return action;
}

void MainActions::retranslate()
{
    m_file->setTitle(tr("&File"));
    openArchive->setText(tr("&Open Archive…"));
    openArchive->setStatusTip(tr("Review another archive file (the window opens on it)"));
    importFiles->setText(tr("&Import Files…"));
    importFiles->setStatusTip(tr("Add report files to the archive (or drop them on the window)"));
    importFolder->setText(tr("Import &Folder…"));
    importFolder->setStatusTip(tr("Add every report in a folder and its subfolders"));
    exportData->setText(tr("&Export…"));
    exportData->setStatusTip(tr("Write the dataset or the open findings as CSV, XLSX or JSON"));
    quit->setText(tr("&Quit"));

    m_edit->setTitle(tr("&Edit"));
    undo->setText(tr("&Undo"));
    undo->setStatusTip(tr("Undo the last edit: the archive records the value going back"));
    redo->setText(tr("&Redo"));
    cellHistory->setText(tr("Cell &History…"));
    cellHistory->setStatusTip(tr("Every correction of the current cell"));
    reviewerName->setText(tr("Reviewer &Name…"));
    reviewerName->setStatusTip(tr("The name recorded with your corrections and decisions"));

    m_review->setTitle(tr("&Review"));
    nextProblem->setText(tr("Next &Problem Cell"));
    nextProblem->setStatusTip(tr("Enter in a table accepts the value and does the same"));
    nextFinding->setText(tr("&Next Finding"));
    previousFinding->setText(tr("&Previous Finding"));
    nextFinding->setStatusTip(tr("The next finding nobody decided on yet"));
    selectFindingsAlike->setText(tr("Choose Findings &Alike"));
    selectFindingsAlike->setStatusTip(
        tr("Add every open finding of the chosen one's rule, to settle them at once"));
    acceptFindingCells->setText(tr("&Accept the Chosen Findings' Cells"));
    acceptFindingCells->setStatusTip(
        tr("Vouch for every cell the chosen findings name, as one step"));
    doubtsAlike->setText(tr("Doubts A&like Across Reports…"));
    doubtsAlike->setStatusTip(tr("The open doubts read the same way in the reports listed, "
                                 "grouped, to accept a group at once"));
    confirmFinding->setText(tr("&Confirm Finding…"));
    confirmFinding->setStatusTip(tr("The report is wrong here: confirm, with a comment"));
    dismissFinding->setText(tr("&Dismiss Finding…"));
    dismissFinding->setStatusTip(tr("Not a problem: dismiss, with a comment"));
    reviewedAndNext->setText(tr("Mark &Reviewed and Open Next Pending"));
    markDoubtful->setText(tr("Mark D&oubtful"));
    markPending->setText(tr("Mark P&ending"));

    m_view->setTitle(tr("&View"));
    showArchive->setText(tr("&Archive"));
    showReport->setText(tr("&Report"));
    m_language->setTitle(tr("&Language"));

    m_help->setTitle(tr("&Help"));
    keyboardShortcuts->setText(tr("&Keyboard Shortcuts"));
    keyboardShortcuts->setStatusTip(tr("Every key the window answers to"));
    about->setText(tr("&About Nianbao"));
}

} // namespace nianbao::ui
