#pragma once

// Shared by the files that implement SqliteArchive; not part of its interface.

#include "store/sqlitearchive.h"
#include "store/sqliteconnection.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace nianbao::store {

struct SqliteArchive::State {
    SqliteConnection db;
    /// cell_keys, loaded on demand: the key text is stored once per archive, not per cell.
    QHash<QString, qint64> cellKeyIds;
    /// cell_keys the other way (by id), loaded on demand: reading a report's cells by key id
    /// shares one string per key instead of decoding every key of every report.
    std::vector<QString> cellKeysById;
    SearchIndexing indexing = SearchIndexing::Immediate;
    /// Why the archive was opened read-only (it failed its integrity check), if it was.
    std::optional<QString> damage;
};

namespace archive_detail {

/// Times are stored as ISO 8601 UTC text with milliseconds: readable in any SQLite tool and
/// ordered as text.
QString storedTime(const QDateTime& time);
QDateTime parseStoredTime(const QString& text);

Error noSuchReport(ReportId id);

/// "SELECT columns rest".
inline QByteArray selectSql(const char* columns, const char* rest)
{
    return QByteArray("SELECT ") + columns + ' ' + rest;
}

/// The columns the review tables are read with, and a row of them as a value.
extern const char* const kCorrectionColumns;
extern const char* const kDecisionColumns;
extern const char* const kChangeColumns;
Correction correctionFromRow(const SqliteStatement& row);
FindingDecision decisionFromRow(const SqliteStatement& row);
ReportChange changeFromRow(const SqliteStatement& row);

/// A report's figures outside the official cells, in stored order.
Result<void> readExtras(SqliteConnection& db, ReportId id, std::vector<Cell>& extras);
/// A report's narrative parts, in stored order, appended to `parts`.
Result<void> readNarrative(SqliteConnection& db, ReportId id, std::vector<NarrativePart>& parts);
/// A report's stored findings, in stored order, appended to `findings`.
Result<void> readFindings(SqliteConnection& db, ReportId id, std::vector<Finding>& findings);

/// Runs a query bound to one report id and hands every row to `read`.
template <typename ReadRow>
Result<void> forEachRow(SqliteConnection& db, QByteArrayView sql, ReportId id, ReadRow read)
{
    Result<CachedStatement> select = db.cached(sql);
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, id);
    for (;;) {
        const Result<bool> row = (*select)->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
        read(**select);
    }
}

} // namespace archive_detail

} // namespace nianbao::store
