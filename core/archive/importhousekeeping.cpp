#include "archive/importhousekeeping.h"

#include "archive/archive.h"

namespace nianbao {

namespace {

/// Texts indexed per full-text statement: a hundred take a third of the time per text of
/// one at a time, and more gain little.
constexpr int kTextsPerIndexBatch = 100;

/// About 4 MB of log (some 40 pages a report), SQLite's own interval.
constexpr qint64 kFilesPerCheckpoint = 50;
/// Every fourth checkpoint lets the log start over.
constexpr qint64 kFilesPerRestart = 4 * kFilesPerCheckpoint;

} // namespace

BatchedSearchIndexing::BatchedSearchIndexing(Archive& archive)
    : m_archive(archive)
{
    m_archive.setSearchIndexing(Archive::SearchIndexing::Batched);
}

BatchedSearchIndexing::~BatchedSearchIndexing()
{
    m_archive.setSearchIndexing(Archive::SearchIndexing::Immediate);
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

CheckpointsElsewhere::CheckpointsElsewhere(Archive& storing)
    : m_storing(storing)
{
    // Without it the storing thread checkpoints as it always does: slower, not wrong.
    (void)m_storing.setAutomaticCheckpoints(false);
}

CheckpointsElsewhere::~CheckpointsElsewhere()
{
    (void)m_storing.setAutomaticCheckpoints(true);
}

CheckpointSchedule::CheckpointSchedule(Archive& reading)
    : m_reading(reading)
{}

void CheckpointSchedule::filePrepared()
{
    ++m_files;
    if (m_files % kFilesPerCheckpoint != 0) {
        return;
    }
    // A checkpoint that fails or finds the archive busy is simply the next one's work.
    (void)m_reading.checkpoint(m_files % kFilesPerRestart == 0 ? Archive::Checkpoint::Restart
                                                               : Archive::Checkpoint::Passive);
}

} // namespace nianbao
