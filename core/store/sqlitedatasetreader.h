#pragma once

#include "store/datasetreader.h"

#include <memory>

namespace nianbao::store {

/// DatasetReader over an SQLite archive file.
///
/// A few ordered queries over whole tables (reports, cells, corrections, findings) are
/// stepped side by side and merged by report id, so reading 100,000 reports costs a few
/// table scans instead of 100,000 loadReport calls. The reader opens its own read-only
/// connection to the file: it may run on a worker thread while the window keeps its archive.
class SqliteDatasetReader final : public DatasetReader {
public:
    /// `path` must be an archive already opened once by this build (that is what checks and
    /// upgrades the file).
    static Result<std::unique_ptr<DatasetReader>>
    open(const QString& path, const DatasetFilter& filter, DatasetParts parts = {});

    ~SqliteDatasetReader() override;

    [[nodiscard]] qint64 reportCount() const override;
    [[nodiscard]] const QStringList& cellKeys() const override;
    Result<bool> next(DatasetReport& report) override;

private:
    struct State;
    explicit SqliteDatasetReader(std::unique_ptr<State> state);

    Result<void> readCells(DatasetReport& report);
    Result<void> applyCorrections(DatasetReport& report);
    Result<void> readFindings(DatasetReport& report);

    std::unique_ptr<State> m_state;
};

} // namespace nianbao::store
