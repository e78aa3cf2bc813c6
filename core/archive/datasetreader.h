#pragma once

#include "archive/reviewtypes.h"
#include "common/error.h"
#include "model/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

class Archive;

/// Which reports a dataset takes. Empty lists do not filter.
struct DatasetFilter {
    bool reviewedOnly = false;
    QList<int> years;
    /// Parts of agency names, compared normalised (normalizedAgencyName): a report is taken
    /// when its agency contains any of them.
    QStringList agencies;
    /// Report formats: "2021", "2019", "unknown".
    QStringList templateIds;

    friend bool operator==(const DatasetFilter&, const DatasetFilter&) = default;
};

/// What a reader fetches besides values. Each costs time on a large archive, so an export
/// asks only for what its layout shows.
struct DatasetParts {
    /// Each cell's text as printed and the extractor's confidence.
    bool provenance = false;
    bool openFindings = false; ///< the open findings of each report
};

/// One official cell of a stored report, with the reviewer's layer applied.
struct DatasetCell {
    int key = -1; ///< index into DatasetReader::cellKeys()
    std::optional<double> extracted;
    /// The latest correction's value, else the extracted one.
    std::optional<double> current;
    QString raw;             ///< empty unless DatasetParts::provenance
    double confidence = 1.0; ///< 1 unless DatasetParts::provenance
    /// Who made the correction in force; empty when the cell was never corrected (the archive
    /// refuses corrections without a reviewer).
    QString correctedBy;

    [[nodiscard]] bool corrected() const { return !correctedBy.isEmpty(); }
};

/// One stored report as a dataset row needs it.
struct DatasetReport {
    ReportId id = 0;
    QString file;
    QString agency;
    std::optional<int> year;
    QString templateId;
    ReviewStatus status = ReviewStatus::Pending;
    /// Findings no reviewer has decided on (or reopened), of every severity.
    int openFindingCount = 0;
    /// Every official cell, in the order of the report's format.
    std::vector<DatasetCell> cells;
    /// The open findings, in stored order; empty unless DatasetParts::openFindings.
    std::vector<Finding> openFindings;
};

/// Reads the reports an export takes, one after another in import order, all from one
/// snapshot of the archive.
///
/// A few ordered queries over whole tables (reports, cells, corrections, findings) are
/// stepped side by side and merged by report id, so reading 100,000 reports costs a few
/// table scans instead of 100,000 loadReport calls. The reader opens its own read-only
/// connection to the archive's file: it may run on a worker thread while the window keeps
/// its Archive.
class DatasetReader {
public:
    /// `archive` must be open (that is what checks and upgrades the file); the reader only
    /// borrows its path.
    static Result<DatasetReader> open(const Archive& archive, const DatasetFilter& filter,
                                      DatasetParts parts = {});

    DatasetReader(DatasetReader&&) noexcept;
    DatasetReader& operator=(DatasetReader&&) noexcept;
    ~DatasetReader();

    /// How many reports the filter takes (for progress).
    [[nodiscard]] qint64 reportCount() const;
    /// Every cell key the archive knows; DatasetCell::key indexes into it.
    [[nodiscard]] const QStringList& cellKeys() const;

    /// Fills `report` with the next report (reusing its storage); false when all were read.
    Result<bool> next(DatasetReport& report);

private:
    struct State;
    explicit DatasetReader(std::unique_ptr<State> state);

    Result<void> readCells(DatasetReport& report);
    Result<void> applyCorrections(DatasetReport& report);
    Result<void> readFindings(DatasetReport& report);

    std::unique_ptr<State> m_state;
};

} // namespace nianbao
