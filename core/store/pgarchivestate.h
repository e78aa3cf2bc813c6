#pragma once

// Shared by the files that implement PgArchive; not part of its interface.

#include "store/pgarchive.h"
#include "store/pgconnection.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace nianbao::store {

struct PgArchive::State {
    PgConnection db;
    /// cell_keys, loaded on demand; dropped when a transaction rolls back (its keys may be
    /// gone).
    QHash<QString, qint64> cellKeyIds;
    QHash<qint64, QString> cellKeysById;
};

namespace pg_detail {

/// A timestamptz as the connection sends it (ISO, UTC: "2026-12-07 18:30:00.123+00").
QDateTime parsePgTime(QByteArrayView text);
/// A time to bind: ISO 8601 UTC with milliseconds, what the SQLite archive stores too.
QString pgTime(const QDateTime& time);
/// A time as stored and read back (milliseconds), so that what a write returns equals what a
/// read finds.
QDateTime storedPrecision(const QDateTime& time);

Error noSuchReport(ReportId id);

/// Tells the archive's watchers (PgArchiveWatcher) that report `id` changed, when the
/// transaction it runs in commits (NOTIFY is transactional: a rollback tells nobody).
Result<void> notifyChange(PgConnection& db, ReportId id, const char* kind);

/// "SELECT columns rest".
inline QByteArray selectSql(const char* columns, const char* rest)
{
    return QByteArray("SELECT ") + columns + ' ' + rest;
}

extern const char* const kCorrectionColumns;
extern const char* const kDecisionColumns;
extern const char* const kChangeColumns;
Correction correctionFromRow(const PgStatement& row);
FindingDecision decisionFromRow(const PgStatement& row);
ReportChange changeFromRow(const PgStatement& row);

Result<void> readExtras(PgConnection& db, ReportId id, std::vector<Cell>& extras);
Result<void> readNarrative(PgConnection& db, ReportId id, std::vector<NarrativePart>& parts);
Result<void> readFindings(PgConnection& db, ReportId id, std::vector<Finding>& findings);

/// Runs a query bound to one report id ($1) and hands every row to `read`.
template <typename ReadRow>
Result<void> forEachRow(PgConnection& db, QByteArrayView sql, ReportId id, ReadRow read)
{
    PgStatement select = db.prepare(sql);
    select.bind(1, id);
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
        read(select);
    }
}

} // namespace pg_detail

} // namespace nianbao::store
