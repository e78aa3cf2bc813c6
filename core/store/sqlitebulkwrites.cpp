#include "store/sqlitebulkwrites.h"

namespace nianbao::store {

namespace {

/// Texts indexed per full-text statement. One at a time took about a millisecond each; in
/// statements of a hundred, a third of that; four hundred also halve the merging of index
/// segments. Searches read at most this many texts directly.
constexpr int kTextsPerIndexBatch = 400;

/// A tenth of a second of storing writes some ten megabytes of log.
constexpr std::chrono::milliseconds kCheckpointInterval{100};
/// Every fifth checkpoint lets the log start over: it waits for the storing transaction
/// under way and for readers to leave the log, so not every time.
constexpr int kRoundsPerRestart = 5;

} // namespace

BatchedSearchIndexing::BatchedSearchIndexing(SqliteArchive& archive)
    : m_archive(archive)
{
    m_archive.setSearchIndexing(SqliteArchive::SearchIndexing::Batched);
}

BatchedSearchIndexing::~BatchedSearchIndexing()
{
    m_archive.setSearchIndexing(SqliteArchive::SearchIndexing::Immediate);
    (void)m_archive.indexPendingTexts();
}

void BatchedSearchIndexing::reportStored()
{
    if (++m_waiting >= kTextsPerIndexBatch) {
        m_waiting = 0;
        // A failure leaves the texts in the backlog; the next batch or the end retries.
        (void)m_archive.indexPendingTexts();
    }
}

BackgroundCheckpoints::BackgroundCheckpoints(SqliteArchive& storing)
    : m_storing(storing)
{
    Result<std::unique_ptr<SqliteArchive>> connection = SqliteArchive::open(storing.location());
    if (!connection || !m_storing.setAutomaticCheckpoints(false)) {
        return;
    }
    m_connection = std::move(*connection);
    m_thread = std::jthread([this](std::stop_token stop) { run(std::move(stop)); });
}

BackgroundCheckpoints::~BackgroundCheckpoints()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
    if (m_connection) {
        (void)m_storing.setAutomaticCheckpoints(true);
    }
}

void BackgroundCheckpoints::run(std::stop_token stop)
{
    for (int round = 1;; ++round) {
        {
            // Sleeps for the interval, or until the import ends.
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, stop, kCheckpointInterval, [] { return false; });
        }
        if (stop.stop_requested()) {
            return;
        }
        // A checkpoint that fails or finds the archive busy is simply the next one's work.
        (void)m_connection->checkpoint(round % kRoundsPerRestart == 0
                                           ? SqliteArchive::Checkpoint::Restart
                                           : SqliteArchive::Checkpoint::Passive);
    }
}

UncheckedForeignKeys::UncheckedForeignKeys(SqliteArchive& archive)
    : m_archive(archive)
    , m_off(m_archive.setForeignKeyChecks(false).has_value())
{}

UncheckedForeignKeys::~UncheckedForeignKeys()
{
    if (m_off) {
        (void)m_archive.setForeignKeyChecks(true);
    }
}

SqliteBulkWrites::SqliteBulkWrites(SqliteArchive& archive)
    : m_foreignKeys(archive)
    , m_checkpoints(archive)
    , m_indexing(archive)
{}

} // namespace nianbao::store
