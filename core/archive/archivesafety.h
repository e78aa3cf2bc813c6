#pragma once

// What keeps opening an archive safe: one process at a time sets a new archive up, and a
// damaged archive is found before anything writes to it. Used by Archive::open only.

#include "common/error.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace nianbao {

class SqliteConnection;

/// Held while a process opens an archive and brings its schema up to date: a lock file
/// beside it ("ARCHIVE.opening.lock", removed when released; one left by a killed process is
/// taken over). Two imports that create the same new archive at the same moment would
/// otherwise race through choosing the journal mode and creating the tables, and one of them
/// fail with "database is locked" or see a half-made archive. In a folder where no lock file
/// can be made (read-only), nothing can be created either, and opening goes on without it.
class ArchiveOpeningLock {
public:
    /// Waits for another process's opening to finish (seconds at most, as creating a
    /// schema takes milliseconds).
    static Result<ArchiveOpeningLock> acquire(const QString& archivePath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

/// SQLite's quick integrity check (PRAGMA quick_check: every page and b-tree, without
/// cross-checking the indexes' content). The problem it found, or nothing when the archive is
/// sound. Run once per archive and process: later connections of the same process (an
/// import's worker) trust the first look.
Result<std::optional<QString>> quickIntegrityProblem(SqliteConnection& db);

/// The message of a damaged archive: what was found, that it was opened read-only (`opened`)
/// or could not be opened at all, that nothing was changed, and how to recover it (sqlite3's
/// .recover into a new file, or the last backup).
QString damagedArchiveMessage(const QString& path, const QString& problem, bool opened);

} // namespace nianbao
