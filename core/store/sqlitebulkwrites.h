#pragma once

// What an import does besides storing reports, arranged so that the thread that stores does
// as little of it as possible: the search index is written a batch at a time, and the
// write-ahead log is copied into the archive file by a thread that does nothing else.

#include "store/sqlitearchive.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace nianbao::store {

/// Batched search indexing on the storing connection for the length of an import
/// (SqliteArchive::SearchIndexing). However the import ends, the texts still waiting are indexed at
/// the end; if that fails they stay in the backlog, where searches find them and the
/// archive's next opening indexes them.
class BatchedSearchIndexing {
public:
    explicit BatchedSearchIndexing(SqliteArchive& archive);
    BatchedSearchIndexing(const BatchedSearchIndexing&) = delete;
    BatchedSearchIndexing& operator=(const BatchedSearchIndexing&) = delete;
    ~BatchedSearchIndexing();

    /// After a report was stored: indexes a full batch.
    void reportStored();

private:
    SqliteArchive& m_archive;
    int m_waiting = 0;
};

/// Checkpoints on a thread of their own for the length of an import. A checkpoint copies
/// the write-ahead log into the archive file and waits for the disk twice; a large import
/// writes over a gigabyte of log, and the waits held whichever working thread checkpointed
/// for seconds. Here the storing connection makes none; a third connection, which waits
/// while the two working threads keep both processors busy, copies the log every tenth of a
/// second and now and then lets it start over, so that it stays some tens of megabytes long.
class BackgroundCheckpoints {
public:
    explicit BackgroundCheckpoints(SqliteArchive& storing);
    BackgroundCheckpoints(const BackgroundCheckpoints&) = delete;
    BackgroundCheckpoints& operator=(const BackgroundCheckpoints&) = delete;
    ~BackgroundCheckpoints();

private:
    void run(std::stop_token stop);

    SqliteArchive& m_storing;
    /// Empty when no connection could be opened: the storing connection then checkpoints
    /// as it always does.
    std::unique_ptr<SqliteArchive> m_connection;
    std::condition_variable_any m_wake;
    std::mutex m_mutex;
    std::jthread m_thread;
};

/// No foreign key checks on the storing connection for the length of an import
/// (SqliteArchive::setForeignKeyChecks): every row an import writes refers to the report it
/// writes in the same transaction, or to a cell key it looked up or inserted there.
class UncheckedForeignKeys {
public:
    explicit UncheckedForeignKeys(SqliteArchive& archive);
    UncheckedForeignKeys(const UncheckedForeignKeys&) = delete;
    UncheckedForeignKeys& operator=(const UncheckedForeignKeys&) = delete;
    ~UncheckedForeignKeys();

private:
    SqliteArchive& m_archive;
    bool m_off = false;
};

/// An import's writes on an SQLite archive (Archive::bulkWrites): batched search indexing,
/// checkpoints on a thread of their own and no foreign key checks, all undone when it goes.
class SqliteBulkWrites final : public BulkWrites {
public:
    explicit SqliteBulkWrites(SqliteArchive& archive);

    void reportStored() override { m_indexing.reportStored(); }

private:
    // Checkpoints stop after the last texts are indexed, and checks come back last (members
    // end in reverse order).
    UncheckedForeignKeys m_foreignKeys;
    BackgroundCheckpoints m_checkpoints;
    BatchedSearchIndexing m_indexing;
};

} // namespace nianbao::store
