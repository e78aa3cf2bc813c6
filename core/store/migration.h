#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace nianbao::store {

/// What moving one table found: its rows on each side and the checksum of their values.
struct TableCopy {
    QString table;
    qint64 rows = 0;
    /// SHA-256 over every row's values in key order, encoded the same way on both back ends.
    QByteArray checksum;
};

struct MigrationSummary {
    QString from;
    QString to;
    std::vector<TableCopy> tables;
    [[nodiscard]] qint64 reports() const;
};

/// Copies a whole archive into a new one, between back ends or within one (an SQLite file, a
/// PostgreSQL URI; Archive::open takes both): reports with their original bytes and texts,
/// cells, findings, and the reviewers' corrections, decisions and field changes with their
/// ids, times and history, row for row.
///
/// Both archives are opened (and upgraded) first, so both have the latest schema. The target
/// must hold no report. Everything is written in one transaction, then every table is read
/// back on both sides and its row count and checksum compared before committing: a copy that
/// does not match is rolled back and nothing is left in the target. The source is read from
/// one snapshot, so clients may go on working on it meanwhile (their later changes are not
/// copied).
Result<MigrationSummary> migrateArchive(const QString& from, const QString& to);

/// The counts and checksums of every table of an archive, as migrateArchive compares them.
Result<std::vector<TableCopy>> archiveChecksums(const QString& location);

} // namespace nianbao::store
