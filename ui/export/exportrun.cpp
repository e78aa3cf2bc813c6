#include "export/exportrun.h"

#include "store/archive.h"

#include <QElapsedTimer>
#include <QThread>

namespace nianbao::ui {

namespace {

/// Progress is shown, not logged: a few updates a second are enough for a bar, and 100,000
/// queued signals would slow the window down.
constexpr qint64 kProgressIntervalMs = 40;

} // namespace

ExportRun::ExportRun(QObject* parent)
    : QObject(parent)
{}

ExportRun::~ExportRun()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
    }
}

void ExportRun::start(const QString& archivePath, const exporting::ExportOptions& options)
{
    if (m_running) {
        return;
    }
    if (m_thread) {
        // The previous worker has reported; let it end.
        m_thread->wait();
    }
    m_running = true;
    m_cancelled = false;
    m_thread.reset(QThread::create([this, archivePath, options] { work(archivePath, options); }));
    m_thread->start();
}

void ExportRun::cancel()
{
    m_cancelled = true;
}

bool ExportRun::isRunning() const
{
    return m_running;
}

void ExportRun::work(const QString& archivePath, const exporting::ExportOptions& options)
{
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(archivePath);
    if (!archive) {
        m_running = false;
        Q_EMIT failed(archive.error().message, false);
        return;
    }
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const Result<exporting::ExportSummary> summary =
        exporting::exportArchive(**archive, options, [&](qint64 done, qint64 total) {
            if (done == total || sinceProgress.elapsed() >= kProgressIntervalMs) {
                sinceProgress.restart();
                Q_EMIT progressed(done, total);
            }
            return !m_cancelled;
        });
    m_running = false;
    if (!summary) {
        Q_EMIT failed(summary.error().message, summary.error().code == ErrorCode::Cancelled);
        return;
    }
    Q_EMIT succeeded(summary->reports, summary->files);
}

} // namespace nianbao::ui
