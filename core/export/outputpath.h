#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace nianbao {

class Archive;

/// The files that make up an open SQLite archive: the database and, beside it, its
/// write-ahead log, shared-memory index and rollback journal. An export must overwrite none.
QStringList archiveFiles(const QString& archivePath);
/// The same for an open archive (here, not in the exporter: archive/ and export/ each have a
/// ReportRows of their own, which one file must not include both of).
QStringList archiveFiles(const Archive& archive);

/// Whether an export may write `path`, checked before anything is written. Refused, with a
/// message saying why: a folder; anything but a regular file where one exists (a device such
/// as /dev/full, a named pipe, a socket: exports replace files, and replacing a device node
/// would destroy it); a file that is one of `protectedFiles` by device and inode, so through
/// any symbolic or hard link (the archive being exported, its -wal and -shm); a folder that
/// does not exist or cannot be written; an existing file that cannot be replaced.
Result<void> checkOutputPath(const QString& path, const QStringList& protectedFiles);

/// Whether writing failed because the disk holding `path` is full: then the message says
/// "the disk is full" and how much is free, whatever the library's own error text was (Qt
/// reports a failed final flush as "Unknown error").
bool diskIsFull(const QString& path);

/// The message for a failed write to `path`: the disk being full when it is, else `reason`.
QString writeFailureReason(const QString& path, const QString& reason);

} // namespace nianbao
