#pragma once

#include "common/error.h"
#include "model/review.h"
#include "workflow/reportprocessing.h"

#include <QString>

#include <optional>

namespace nianbao::store {
class Archive;
}

namespace nianbao::workflow {

/// The previous-year lookup a processor gets: the archive's report of the same body for the
/// year before, with corrections applied. The lookup refers to `archive`, which must outlive it.
PreviousYearLookup previousYearLookup(store::Archive& archive);

/// Re-validates a stored report on its current values (corrections applied) against the same
/// body's previous-year report (revalidatedFindings). Extraction findings stay; validation
/// findings are replaced; decisions stay with their fingerprints. One transaction.
Result<void> revalidateStoredReport(store::Archive& archive, const ReportProcessing& processing,
                                    ReportId id);

/// After the report of (`agency`, `year`) was stored or changed, re-validates the same body's
/// report for `year + 1`, whose cross-year rules compare against it. Returns that report's id
/// when there is one.
Result<std::optional<ReportId>> revalidateFollowingYear(store::Archive& archive,
                                                        const ReportProcessing& processing,
                                                        const QString& agency, int year);

} // namespace nianbao::workflow
