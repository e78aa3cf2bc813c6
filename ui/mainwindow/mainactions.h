#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace nianbao::ui {

/// The window's commands with their shortcuts, and the menus that list them. Texts are set
/// by retranslate(), so a language switch renames every menu at once.
class MainActions final : public QObject {
    Q_OBJECT

public:
    explicit MainActions(QMainWindow* window);

    QAction* openArchive = nullptr;
    QAction* importFiles = nullptr;
    QAction* importFolder = nullptr;
    QAction* exportData = nullptr;
    QAction* quit = nullptr;

    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* cellHistory = nullptr;
    QAction* reviewerName = nullptr;

    QAction* nextProblem = nullptr;
    QAction* nextFinding = nullptr;
    QAction* previousFinding = nullptr;
    QAction* selectFindingsAlike = nullptr;
    QAction* acceptFindingCells = nullptr;
    QAction* doubtsAlike = nullptr;
    QAction* confirmFinding = nullptr;
    QAction* dismissFinding = nullptr;
    QAction* reviewedAndNext = nullptr;
    QAction* markDoubtful = nullptr;
    QAction* markPending = nullptr;

    QAction* showArchive = nullptr;
    QAction* showReport = nullptr;
    QAction* chinese = nullptr;
    QAction* english = nullptr;

    QAction* keyboardShortcuts = nullptr;
    QAction* about = nullptr;

    void retranslate();

private:
    QAction* make(const char* objectName, QMenu* menu);

    QMainWindow* m_window;
    QMenu* m_file = nullptr;
    QMenu* m_edit = nullptr;
    QMenu* m_review = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_language = nullptr;
    QMenu* m_help = nullptr;
    QActionGroup* m_languages = nullptr;
};

} // namespace nianbao::ui
