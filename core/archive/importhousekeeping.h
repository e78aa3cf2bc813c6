#pragma once

// What an import does besides storing reports, arranged so that the thread that stores does
// as little of it as possible: the search index is written a batch at a time, and the
// write-ahead log is copied into the archive file by the thread that reads.

#include <QtGlobal>

namespace nianbao {

class Archive;

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

/// No automatic checkpoints on the storing connection for the length of an import: a
/// checkpoint waits for the disk twice (tens of milliseconds), and a few hundred of them in a
/// large import held the storing thread for seconds. The reading thread checkpoints instead
/// (CheckpointSchedule).
class CheckpointsElsewhere {
public:
    explicit CheckpointsElsewhere(Archive& storing);
    CheckpointsElsewhere(const CheckpointsElsewhere&) = delete;
    CheckpointsElsewhere& operator=(const CheckpointsElsewhere&) = delete;
    ~CheckpointsElsewhere();

private:
    Archive& m_storing;
};

/// The reading thread's checkpoints: a passive one every few dozen files, which copies the
/// log while reports go on being stored, and now and then one that waits for the storing
/// transaction and lets the log start over, so that it stays a few megabytes long.
class CheckpointSchedule {
public:
    explicit CheckpointSchedule(Archive& reading);

    void filePrepared();

private:
    Archive& m_reading;
    qint64 m_files = 0;
};

} // namespace nianbao
