#include "export/exporttempfolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace nianbao {

namespace {

constexpr QLatin1StringView kMarker(".nianbao-export-");
const QString kLockName = QStringLiteral("owner.lock");

/// ".report.xlsx.nianbao-export-": what every temporary folder of exports to this file starts
/// with (QTemporaryDir replaces the XXXXXX).
QString folderPrefix(const QString& outputPath)
{
    return QLatin1Char('.') + QFileInfo(outputPath).fileName() + kMarker;
}

std::unique_ptr<QLockFile> lockIn(const QString& folder)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(kLockName));
    // Only a dead owner makes a lock stale, never its age: an export may run for minutes.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

ExportTempFolder::ExportTempFolder(const QString& templatePath)
    : m_folder(templatePath)
{}

ExportTempFolder::~ExportTempFolder()
{
    // Unlocked before the folder goes, so the folder is empty of our files when removed.
    if (m_lock) {
        m_lock->unlock();
    }
}

Result<std::unique_ptr<ExportTempFolder>> ExportTempFolder::create(const QString& outputPath)
{
    removeStale(outputPath);
    const QFileInfo output(outputPath);
    std::unique_ptr<ExportTempFolder> folder(new ExportTempFolder(
        output.absoluteDir().filePath(folderPrefix(outputPath) + QStringLiteral("XXXXXX"))));
    if (!folder->m_folder.isValid()) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Export",
                                                "cannot create a temporary folder beside the "
                                                "output: %1")
                        .arg(folder->m_folder.errorString()));
    }
    folder->m_lock = lockIn(folder->path());
    if (!folder->m_lock->tryLock(0)) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Export",
                                                "cannot create a temporary folder beside the "
                                                "output: its lock file cannot be written"));
    }
    return folder;
}

int ExportTempFolder::removeStale(const QString& outputPath)
{
    const QDir folder = QFileInfo(outputPath).absoluteDir();
    int removed = 0;
    const QStringList candidates =
        folder.entryList({folderPrefix(outputPath) + QLatin1Char('*')},
                         QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString& name : candidates) {
        const QString path = folder.filePath(name);
        const std::unique_ptr<QLockFile> lock = lockIn(path);
        const bool young = QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) < 60;
        qint64 pid = 0;
        QString host;
        QString application;
        if (!lock->getLockInfo(&pid, &host, &application)) {
            // No lock file, or one its owner was killed before it could name itself in: a
            // folder made this instant is its maker's; one a minute old has no owner left.
            if (young) {
                continue;
            }
        } else {
            // Taken only when no live process holds it: QLockFile checks the owner's process
            // id (and removes the lock file of a dead one first).
            if (!lock->tryLock(0)) {
                continue;
            }
            lock->unlock();
        }
        if (QDir(path).removeRecursively()) {
            ++removed;
        }
    }
    return removed;
}

} // namespace nianbao
