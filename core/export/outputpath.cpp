#include "export/outputpath.h"

#include "archive/archive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace nianbao {

namespace {

/// Device and inode of what a path names after every link, when it exists.
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    mode_t mode = 0;
};

std::optional<FileIdentity> identityOf(const QString& path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return std::nullopt;
    }
    return FileIdentity{status.st_dev, status.st_ino, status.st_mode};
}

std::unexpected<Error> refused(const QString& reason)
{
    return fail(ErrorCode::InvalidArgument, reason);
}

QString typeName(mode_t mode)
{
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return QCoreApplication::translate("nianbao::Export", "a device");
    }
    if (S_ISFIFO(mode)) {
        return QCoreApplication::translate("nianbao::Export", "a named pipe (FIFO)");
    }
    if (S_ISSOCK(mode)) {
        return QCoreApplication::translate("nianbao::Export", "a socket");
    }
    return QCoreApplication::translate("nianbao::Export", "not a regular file");
}

/// The folder a new file at `path` goes into, after the links of the path itself.
QString targetFolder(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        return QFileInfo(info.symLinkTarget()).absolutePath();
    }
    return info.absolutePath();
}

} // namespace

QStringList archiveFiles(const QString& archivePath)
{
    if (archivePath.isEmpty()) {
        return {};
    }
    return {archivePath, archivePath + QStringLiteral("-wal"), archivePath + QStringLiteral("-shm"),
            archivePath + QStringLiteral("-journal")};
}

QStringList archiveFiles(const Archive& archive)
{
    return archiveFiles(archive.path());
}

Result<void> checkOutputPath(const QString& path, const QStringList& protectedFiles)
{
    if (path.isEmpty()) {
        return refused(QCoreApplication::translate("nianbao::Export", "no output file was given"));
    }
    const std::optional<FileIdentity> existing = identityOf(path);
    if (existing) {
        if (S_ISDIR(existing->mode)) {
            return refused(QCoreApplication::translate(
                "nianbao::Export", "this is a folder: give the name of a file to write"));
        }
        if (!S_ISREG(existing->mode)) {
            return refused(QCoreApplication::translate("nianbao::Export",
                                                       "this is %1, not a file: an "
                                                       "export is written to a file")
                               .arg(typeName(existing->mode)));
        }
        for (const QString& kept : protectedFiles) {
            const std::optional<FileIdentity> other = identityOf(kept);
            if (other && other->device == existing->device && other->inode == existing->inode) {
                return refused(
                    QCoreApplication::translate("nianbao::Export",
                                                "this is the archive being exported (%1): writing "
                                                "the export there would destroy it; choose another "
                                                "file")
                        .arg(QFileInfo(kept).fileName()));
            }
        }
    }
    const QString folder = targetFolder(path);
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir()) {
        return refused(
            QCoreApplication::translate("nianbao::Export", "the folder %1 does not exist")
                .arg(folder));
    }
    // The file is written beside itself and renamed over the old one: the folder must take
    // new files, and an existing file must be one this user may replace.
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0) {
        return refused(
            QCoreApplication::translate("nianbao::Export", "the folder %1 cannot be written: %2")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (existing && ::access(QFile::encodeName(path).constData(), W_OK) != 0) {
        return refused(
            QCoreApplication::translate("nianbao::Export", "the file cannot be replaced: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

bool diskIsFull(const QString& path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    // A few kilobytes are as good as none: a file system keeps blocks back, and the write
    // that failed needed more than what is left.
    constexpr qint64 kNearlyNothing = 64 * 1024;
    return storage.isValid() && storage.bytesAvailable() < kNearlyNothing;
}

QString writeFailureReason(const QString& path, const QString& reason)
{
    if (!diskIsFull(path)) {
        return reason;
    }
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return QCoreApplication::translate("nianbao::Export",
                                       "the disk is full (%1 free on %2): nothing was "
                                       "written; free some space and export again")
        .arg(QLocale().formattedDataSize(std::max<qint64>(storage.bytesAvailable(), 0), 1),
             storage.rootPath());
}

} // namespace nianbao
