#include "archive/archivesafety.h"

#include "archive/sqliteconnection.h"
#include "archive/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

namespace nianbao {

namespace {

/// Longer than any schema creation or upgrade takes, even on a busy machine.
constexpr int kOpeningWaitMs = 60 * 1000;

/// Archives this process found sound, by canonical path.
QSet<QString>& checkedArchives()
{
    static QSet<QString> checked;
    return checked;
}

QMutex& checkedArchivesMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

Result<ArchiveOpeningLock> ArchiveOpeningLock::acquire(const QString& archivePath)
{
    ArchiveOpeningLock held;
    held.m_lock = std::make_unique<QLockFile>(archivePath + QStringLiteral(".opening.lock"));
    // Stale only when its owner is gone, whatever its age.
    held.m_lock->setStaleLockTime(0);
    if (held.m_lock->tryLock(kOpeningWaitMs)) {
        return held;
    }
    if (held.m_lock->error() == QLockFile::LockFailedError) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("nianbao::Archive",
                                                "Another program has been opening the archive %1 "
                                                "for a minute and still holds %2; if no other "
                                                "Nianbao is running, delete that file.")
                        .arg(archivePath, held.m_lock->fileName()));
    }
    // No lock file can be made here (a read-only folder): nothing can be created either.
    held.m_lock.reset();
    return held;
}

Result<std::optional<QString>> quickIntegrityProblem(SqliteConnection& db)
{
    const QString canonical = QFileInfo(db.path()).canonicalFilePath();
    {
        const QMutexLocker locker(&checkedArchivesMutex());
        if (checkedArchives().contains(canonical)) {
            return std::nullopt;
        }
    }
    Result<SqliteStatement> check = db.prepare("PRAGMA quick_check(20)");
    if (!check) {
        // A damaged schema page fails the query itself.
        return std::optional<QString>(check.error().message);
    }
    QStringList problems;
    for (;;) {
        const Result<bool> row = check->step();
        if (!row) {
            if (row.error().code == ErrorCode::Database || row.error().code == ErrorCode::Corrupt) {
                return std::optional<QString>(row.error().message);
            }
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        problems.append(check->text(0));
    }
    if (problems == QStringList{QStringLiteral("ok")}) {
        const QMutexLocker locker(&checkedArchivesMutex());
        checkedArchives().insert(canonical);
        return std::nullopt;
    }
    return std::optional<QString>(problems.join(QStringLiteral("; ")));
}

QString damagedArchiveMessage(const QString& path, const QString& problem, bool opened)
{
    const QString native = QDir::toNativeSeparators(path);
    const QString recovered = QDir::toNativeSeparators(
        QFileInfo(path).absoluteDir().filePath(QStringLiteral("recovered.sqlite")));
    const QString how = QCoreApplication::translate(
                            "nianbao::Archive",
                            "To recover what it holds, close Nianbao and run\n"
                            "  sqlite3 \"%1\" \".recover\" | sqlite3 \"%2\"\n"
                            "then open %2 (nianbao --db \"%2\"); or go back to your last backup "
                            "of the file.")
                            .arg(native, recovered);
    const QString what =
        opened ? QCoreApplication::translate("nianbao::Archive",
                                             "The archive %1 failed its integrity check (%2). It "
                                             "was opened read-only: nothing will be written to it.")
                     .arg(native, problem.left(300))
               : QCoreApplication::translate("nianbao::Archive",
                                             "The archive %1 is damaged and cannot be opened (%2); "
                                             "it was left as it was.")
                     .arg(native, problem.left(300));
    return what + QLatin1Char(' ') + how;
}

} // namespace nianbao
