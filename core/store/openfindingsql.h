#pragma once

// The archive's SQL for "open finding" (isOpenDecision in model/review.h): every query that
// counts or lists open findings uses this one condition.

namespace nianbao::store {

/// True for a row `f` of findings whose fingerprint has no decision, or whose latest decision
/// (the highest id: decisions are append-only) reopened it.
inline constexpr const char* kFindingIsOpenSql =
    "coalesce((SELECT d.verdict FROM finding_decisions d WHERE d.report_id = f.report_id AND "
    "d.fingerprint = f.fingerprint ORDER BY d.id DESC LIMIT 1), 'open') = 'open'";

} // namespace nianbao::store
