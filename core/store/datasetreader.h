#pragma once

#include "common/error.h"
#include "model/finding.h"
#include "model/review.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao::store {

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

    /// Applies the latest correction that changed the cell's value. A value taken back to
    /// what extraction read (an undo) is no correction; a value a reviewer set is as sure as
    /// the reviewer, so the extractor's confidence no longer describes it. The one place both
    /// back ends decide it.
    void applyCorrection(std::optional<double> value, const QString& reviewer)
    {
        current = value;
        if (value == extracted) {
            correctedBy.clear();
            return;
        }
        correctedBy = reviewer;
        confidence = 1.0;
    }
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
/// snapshot of the archive (Archive::readDataset).
class DatasetReader {
public:
    DatasetReader() = default;
    DatasetReader(const DatasetReader&) = delete;
    DatasetReader& operator=(const DatasetReader&) = delete;
    virtual ~DatasetReader() = default;

    /// How many reports the filter takes (for progress).
    [[nodiscard]] virtual qint64 reportCount() const = 0;
    /// Every cell key the archive knows; DatasetCell::key indexes into it.
    [[nodiscard]] virtual const QStringList& cellKeys() const = 0;

    /// Fills `report` with the next report (reusing its storage); false when all were read.
    virtual Result<bool> next(DatasetReport& report) = 0;
};

} // namespace nianbao::store
