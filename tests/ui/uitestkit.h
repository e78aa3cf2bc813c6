#pragma once

#include "common/prompter.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "store/archive.h"

#include <QModelIndex>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <deque>
#include <memory>
#include <optional>

class QAbstractItemModel;

namespace nianbao::test {

/// Answers the window's modal questions from queues, and remembers what was asked.
class ScriptedPrompter final : public ui::Prompter {
public:
    /// Answers to askText; when none is left, the question is cancelled.
    std::deque<QString> texts;
    std::deque<QStringList> files;
    std::deque<QString> folders;
    /// Answers to askSaveFile; when none is left, the question is cancelled.
    std::deque<QString> saveFiles;
    QStringList asked;

    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& initial) override;
    QStringList askFiles(QWidget* parent, const QString& title, const QString& folder,
                         const QString& filter) override;
    QString askFolder(QWidget* parent, const QString& title, const QString& folder) override;
    std::optional<QString> askSaveFile(QWidget* parent, const QString& title,
                                       const QString& suggested, const QString& filter) override;
};

/// A bundled generated sample (resources/samples/generated), as a resource path.
QString generatedSample(int body, int year);
/// Every bundled sample, seeds first.
QStringList allSamples();

/// Writes an archive at `path` holding `files`, imported with the real pipeline. Fails the
/// calling test through qFatal when the import does not go through.
void writeArchive(const QString& path, const QStringList& files);

/// The real main window on a copy of a prepared archive, with settings in memory and scripted
/// answers to modal questions.
class WindowFixture {
public:
    /// Copies `archiveFile` into a fresh temporary folder and opens the window on the copy.
    explicit WindowFixture(const QString& archiveFile);
    ~WindowFixture();

    [[nodiscard]] QString archivePath() const;
    ui::MainWindow& window() { return *m_window; }
    ui::AppSettings& settings() { return m_settings; }
    ScriptedPrompter& prompter() { return m_prompter; }
    /// Closes the window and opens a new one on the same archive (a restart).
    void reopen();
    /// The report of `agency` (part of the name) and `year`.
    [[nodiscard]] ReportId reportOf(const QString& agencyPart, int year);

    template <typename T>
    T* find(const char* objectName)
    {
        return m_window->findChild<T*>(QLatin1String(objectName));
    }

private:
    void open();

    QTemporaryDir m_dir;
    ui::AppSettings m_settings;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
};

/// The first index of `model` (column `column`) whose `role` data equals `value`.
QModelIndex findIndex(const QAbstractItemModel* model, int role, const QVariant& value,
                      int column = 0);

} // namespace nianbao::test
