#pragma once

#include "archive/reportprocessing.h"
#include "archive/reviewtypes.h"
#include "common/error.h"

#include <QString>

#include <optional>

namespace nianbao {

class Archive;

/// The previous-year lookup a processor gets: the archive's report of the same body for the
/// year before, with corrections applied. The lookup refers to `archive`, which must outlive it.
PreviousYearLookup previousYearLookup(Archive& archive);

/// Re-validates a stored report on its current values (corrections applied) against the same
/// body's previous-year report. Extraction findings stay; validation findings are replaced;
/// decisions stay with their fingerprints. One transaction.
Result<void> revalidateStoredReport(Archive& archive, const ReportProcessing& processing,
                                    ReportId id);

/// After the report of (`agency`, `year`) was stored or changed, re-validates the same body's
/// report for `year + 1`, whose cross-year rules compare against it. Returns that report's id
/// when there is one.
Result<std::optional<ReportId>> revalidateFollowingYear(Archive& archive,
                                                        const ReportProcessing& processing,
                                                        const QString& agency, int year);

} // namespace nianbao
