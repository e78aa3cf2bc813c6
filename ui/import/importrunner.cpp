#include "import/importrunner.h"

#include "archive/archive.h"

#include <QPointer>
#include <QThread>

namespace nianbao::ui {

ImportRunner::ImportRunner(QString archivePath, ReportProcessing processing, QObject* parent)
    : QObject(parent)
    , m_archivePath(std::move(archivePath))
    , m_processing(std::move(processing))
{}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_stop.request_stop();
        m_thread->wait();
    }
}

bool ImportRunner::start(const QStringList& paths)
{
    if (m_thread || paths.isEmpty()) {
        return false;
    }
    m_stop = std::stop_source();
    m_summary = ImportSummary();
    m_error.clear();
    const std::stop_token stop = m_stop.get_token();
    QPointer<ImportRunner> self(this);
    m_thread = QThread::create([this, self, paths, stop] {
        // An archive connection belongs to one thread: the worker opens its own.
        Result<Archive> archive = Archive::open(m_archivePath);
        if (!archive) {
            m_error = archive.error().message;
            return;
        }
        if (archive->damage()) {
            // Opened read-only: the message says how to recover it.
            m_error = *archive->damage();
            return;
        }
        ImportOptions options;
        options.stop = stop;
        options.progress = [self](const ImportProgress& progress) {
            QMetaObject::invokeMethod(
                self,
                [self, progress] {
                    if (self) {
                        emit self->progressed(progress);
                    }
                },
                Qt::QueuedConnection);
        };
        m_summary = importReports(*archive, m_processing, paths, options);
        if (m_summary.stopped) {
            // The disk is full: one message for the batch, with what was stored.
            m_error = m_summary.stopped->message;
        }
    });
    m_thread->setObjectName(QStringLiteral("importThread"));
    connect(m_thread, &QThread::finished, this, &ImportRunner::collect);
    m_thread->start();
    emit started(paths);
    return true;
}

void ImportRunner::cancel()
{
    m_stop.request_stop();
}

void ImportRunner::collect()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished(m_summary, m_error);
}

} // namespace nianbao::ui
