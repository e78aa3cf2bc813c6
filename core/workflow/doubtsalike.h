#pragma once

#include "common/error.h"
#include "model/finding.h"
#include "model/review.h"
#include "workflow/reportprocessing.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::store {
class Archive;
}

namespace nianbao::workflow {

/// One open extraction doubt of one report, as the "doubts alike" view lists it.
struct DoubtMember {
    ReportId report = 0;
    QString file;
    QString agency;
    std::optional<int> year;
    Finding finding;
};

/// The open extraction doubts of several reports (or rows of one) that were read the same way
/// with the same doubt: the same rule over as many cells holding the same values (short rows
/// of zeros, the same glued run, the same OCR alternative).
struct DoubtGroup {
    QString rule;
    /// The values the cells were read as, in the finding's order ("0 0 0 0 0 0 0").
    QString reading;
    std::vector<DoubtMember> members;

    /// The distinct reports among the members.
    [[nodiscard]] int reportCount() const;
};

/// The groups of alike doubts among the reports `within` (every report when empty), largest
/// first; a doubt alike with no other is left out. Read in one pass over the archive's
/// dataset (values and open findings, as an export reads them).
Result<std::vector<DoubtGroup>> doubtsAlike(store::Archive& archive,
                                            const QSet<ReportId>& within = {});

/// Accepts, in each member's report, the cells its doubt names (each report in its own
/// transaction, recorded under `reviewer` with `reason`), which settles the doubts. Returns
/// how many doubts were settled; stops at the first report the archive refuses, saying which.
Result<int> acceptDoubtGroup(store::Archive& archive, const ReportProcessing& processing,
                             const DoubtGroup& group, const QString& reviewer,
                             const QString& reason);

} // namespace nianbao::workflow
