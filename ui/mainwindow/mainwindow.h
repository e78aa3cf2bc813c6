#pragma once

#include "common/language.h"
#include "store/archive.h"
#include "workflow/importer.h"
#include "workflow/reportprocessing.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;

namespace nianbao::ui {

class AppSettings;
class BrowserPane;
class DeskPane;
class ImportDialog;
class ImportRunner;
class MainActions;
class Prompter;
class ReportWorkspace;

struct MainWindowOptions {
    /// Imports the bundled samples when the archive is empty (the default archive's first run).
    bool fillWhenEmpty = false;
    /// Files and folders to import at start; the first file's report is opened.
    QStringList importPaths;
    /// How reports are read and checked: defaultReportProcessing() unless a test says other.
    workflow::ReportProcessing processing = workflow::defaultReportProcessing();
};

/// The review window: the archive browser and the review of one report, with the menus,
/// the status bar, imports and the language switch. Settings and modal questions go through
/// interfaces, so tests drive this very window.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<store::Archive> archive, AppSettings& settings, Prompter& prompter,
               MainWindowOptions options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a report for review; false (with a message) when it cannot be loaded.
    bool openReport(ReportId id);
    /// Imports files and folders on a worker thread, showing the import dialog.
    void importPaths(const QStringList& paths);
    [[nodiscard]] store::Archive& archive() { return *m_archive; }
    [[nodiscard]] BrowserPane* browser() const { return m_browser; }
    [[nodiscard]] ReportWorkspace* workspace() const { return m_workspace; }
    [[nodiscard]] ImportRunner* importRunner() const { return m_importer; }
    [[nodiscard]] ImportDialog* importDialog() const { return m_importDialog; }
    [[nodiscard]] MainActions* actions() const { return m_actions; }
    [[nodiscard]] DeskPane* desk() const { return m_desk; }

signals:
    /// File → Open Archive chose another archive, which opens (checked): the application
    /// replaces this window with one on it.
    void openArchiveRequested(const QString& location);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void wireActions();
    void setLanguage(Language language);
    void markReviewedAndOpenNext();
    void showDoubtsAlike();
    /// Records that reports printed `agency` are the body `bodyName` and checks them again.
    void matchBody(const QString& agency, const QString& bodyName);
    /// Keeps report `id` as its body's report for its year and retires the other copies.
    void keepReport(ReportId id);
    /// Brings a retired report back.
    void restoreReport(ReportId id);
    void askReviewerName();
    void askOpenArchive();
    void askImportFiles();
    void askImportFolder();
    void importFinished(const workflow::ImportSummary& summary, const QString& error);
    void restoreLayout();
    void saveLayout();
    void updateStatusBar();
    void retranslate();

    std::unique_ptr<store::Archive> m_archive;
    AppSettings& m_settings;
    Prompter& m_prompter;
    MainWindowOptions m_options;
    MainActions* m_actions = nullptr;
    QTabWidget* m_tabs = nullptr;
    BrowserPane* m_browser = nullptr;
    ReportWorkspace* m_workspace = nullptr;
    DeskPane* m_desk = nullptr;
    ImportRunner* m_importer = nullptr;
    ImportDialog* m_importDialog = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_reviewerLabel = nullptr;
    /// Files given at start: their report opens once they are imported.
    QStringList m_openAfterImport;
};

} // namespace nianbao::ui
