#pragma once

#include "export/datasetexport.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace nianbao::ui {

/// One export running on a worker thread, which opens its own Archive on the path (an Archive
/// belongs to one thread). Progress and the outcome arrive as signals in the thread that owns
/// the run. Destroying a run cancels it and waits for the worker to stop.
class ExportRun : public QObject {
    Q_OBJECT

public:
    explicit ExportRun(QObject* parent = nullptr);
    ~ExportRun() override;

    /// Starts exporting; does nothing while an export is running (until its outcome signal).
    void start(const QString& archivePath, const exporting::ExportOptions& options);
    /// Asks the worker to stop after the report it is writing; it then writes nothing.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    /// At most every few hundredths of a second, and for the last report.
    void progressed(qint64 done, qint64 total);
    void succeeded(qint64 reports, const QStringList& files);
    /// `cancelled` when the user stopped it, else `message` says what went wrong.
    void failed(const QString& message, bool cancelled);

private:
    void work(const QString& archivePath, const exporting::ExportOptions& options);

    std::unique_ptr<QThread> m_thread;
    /// From start() until the worker reports the outcome (its thread may run a moment longer).
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancelled{false};
};

} // namespace nianbao::ui
