#pragma once

#include "common/error.h"
#include "model/finding.h"
#include "model/review.h"
#include "workflow/reportprocessing.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao::store {
class Archive;
}

namespace nianbao::workflow {

/// Records that reports printed with `agency` are the body named `bodyName` (an empty name
/// forgets the match) and checks every report of the body, as it was and as it is now, again:
/// their cross-year comparisons change with who is who. One transaction. Returns the reports
/// checked again.
Result<std::vector<ReportId>> matchAgencyToBody(store::Archive& archive,
                                                const ReportProcessing& processing,
                                                const QString& agency, const QString& bodyName);

/// The rule code of the finding a report gets while its body has another report, not
/// retired, for the same year.
inline constexpr QLatin1String kSameBodyYearRule{"report.same_body_year"};

/// "report.same_body_year" on report `id` of `agency` and `year` when the body has other
/// reports for that year that are not retired (and `id` is not retired itself); else none.
Result<std::optional<Finding>> sameBodyYearFinding(store::Archive& archive, ReportId id,
                                                   const QString& agency, std::optional<int> year);

/// Checks the body's reports for `year` again (their same-body-year findings), all but
/// `except`.
Result<void> recheckBodyYear(store::Archive& archive, const ReportProcessing& processing,
                             const QString& agency, int year, ReportId except);

/// Keeps report `kept` as its body's report for its year: every other report of the body for
/// that year is retired in its favour (Archive::retireReport) and checked again with `kept`,
/// in one transaction. Returns the reports retired.
Result<std::vector<ReportId>> keepReport(store::Archive& archive,
                                         const ReportProcessing& processing, ReportId kept,
                                         const QString& reviewer, const QString& reason);

/// Brings a retired report back and checks it and its body's other reports for the year
/// again, in one transaction.
Result<void> restoreRetiredReport(store::Archive& archive, const ReportProcessing& processing,
                                  ReportId id);

} // namespace nianbao::workflow
