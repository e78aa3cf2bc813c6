#pragma once

#include "workflow/importer.h"
#include "workflow/reportprocessing.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <stop_token>

class QThread;

namespace nianbao::ui {

/// Imports files and folders on a worker thread with its own archive connection, so the
/// window stays responsive; progress and the summary arrive on the window's thread.
class ImportRunner final : public QObject {
    Q_OBJECT

public:
    ImportRunner(QString archivePath, workflow::ReportProcessing processing,
                 QObject* parent = nullptr);
    /// Asks a running import to stop and waits for the file in hand to finish.
    ~ImportRunner() override;

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    /// Starts importing; false when an import is running already.
    bool start(const QStringList& paths);
    /// Stops after the file in hand: what was imported stays.
    void cancel();

signals:
    void started(const QStringList& paths);
    void progressed(const nianbao::workflow::ImportProgress& progress);
    /// `error` is set when the archive could not be opened; the summary is empty then.
    void finished(const nianbao::workflow::ImportSummary& summary, const QString& error);

private:
    void collect();

    QString m_archivePath;
    workflow::ReportProcessing m_processing;
    QThread* m_thread = nullptr;
    std::stop_source m_stop;
    /// Written by the worker, read once its thread has finished.
    workflow::ImportSummary m_summary;
    QString m_error;
};

} // namespace nianbao::ui
