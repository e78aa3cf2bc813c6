#pragma once

#include "store/datasetreader.h"

#include <memory>

namespace nianbao::store {

/// DatasetReader over a PostgreSQL archive: as SqliteDatasetReader, a few ordered queries
/// (reports, cells, corrections, findings) merged by report id, here through server-side
/// cursors fetched a batch at a time, so a million reports never sit in memory at once. Its
/// own connection holds one repeatable-read transaction: one snapshot however long it reads.
class PgDatasetReader final : public DatasetReader {
public:
    static Result<std::unique_ptr<DatasetReader>>
    open(const QString& uri, const DatasetFilter& filter, DatasetParts parts = {});

    ~PgDatasetReader() override;

    [[nodiscard]] qint64 reportCount() const override;
    [[nodiscard]] const QStringList& cellKeys() const override;
    Result<bool> next(DatasetReport& report) override;

private:
    struct State;
    explicit PgDatasetReader(std::unique_ptr<State> state);

    Result<void> readCells(DatasetReport& report);
    Result<void> applyCorrections(DatasetReport& report);
    Result<void> readFindings(DatasetReport& report);

    std::unique_ptr<State> m_state;
};

} // namespace nianbao::store
