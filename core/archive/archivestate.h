#pragma once

// Shared by the files that implement Archive; not part of its interface.

#include "archive/archive.h"
#include "archive/sqliteconnection.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace nianbao {

struct Archive::State {
    SqliteConnection db;
    /// cell_keys, loaded on demand: the key text is stored once per archive, not per cell.
    QHash<QString, qint64> cellKeyIds;
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

} // namespace archive_detail

} // namespace nianbao
