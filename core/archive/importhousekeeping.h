#pragma once

// What an import does besides storing reports, arranged so that the thread that stores does
// as little of it as possible: the search index is written a batch at a time, and the
// write-ahead log is copied into the archive file by a thread that does nothing else.

#include "archive/archive.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace nianbao {

/// Batched search indexing on the storing connection for the length of an import
/// (Archive::SearchIndexing). However the import ends, the texts still waiting are indexed at
/// the end; if that fails they stay in the backlog, where searches find them and the
/// archive's next opening indexes them.
class BatchedSearchIndexing {
public:
    explicit BatchedSearchIndexing(Archive& archive);
    BatchedSearchIndexing(const BatchedSearchIndexing&) = delete;
    BatchedSearchIndexing& operator=(const BatchedSearchIndexing&) = delete;
    ~BatchedSearchIndexing();

    /// After a report was stored: indexes a full batch.
    void reportStored();

private:
    Archive& m_archive;
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
    explicit BackgroundCheckpoints(Archive& storing);
    BackgroundCheckpoints(const BackgroundCheckpoints&) = delete;
    BackgroundCheckpoints& operator=(const BackgroundCheckpoints&) = delete;
    ~BackgroundCheckpoints();

private:
    void run(std::stop_token stop);

    Archive& m_storing;
    /// Empty when no connection could be opened: the storing connection then checkpoints
    /// as it always does.
    std::optional<Archive> m_connection;
    std::condition_variable_any m_wake;
    std::mutex m_mutex;
    std::jthread m_thread;
};

} // namespace nianbao
