#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Whether a path is something a report can be read from: a regular file (symbolic links
/// followed) of at most `maxBytes`. A folder, a device (/dev/zero), a named pipe (FIFO) or a
/// socket is refused with a message naming what it is, without being opened, so that
/// nothing blocks and nothing is read endlessly. The size is the one the file system gives:
/// readReportFile() does not trust it.
Result<void> checkReportFile(const QString& path, qint64 maxBytes);

/// The bytes of a report file. Only a regular file is read; it is opened without blocking
/// and checked again once open (it may have been swapped for a pipe after the first look),
/// and at most `maxBytes` are read whatever size the file claims: one that turns out larger
/// is refused as too large.
Result<QByteArray> readReportFile(const QString& path, qint64 maxBytes);

/// "the file is 40 MB, more than the 32 MB a report may have": shared by every size check.
Error fileTooLarge(qint64 size, qint64 limit);

} // namespace nianbao
