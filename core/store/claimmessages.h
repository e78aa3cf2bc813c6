#pragma once

// Shared by the back ends' claims and versions.

namespace nianbao::store::claim_detail {

/// What the version of a report is made of (the same query on both back ends): the latest
/// extraction and the latest row of each history table. Every write to a report changes one.
inline constexpr const char* kVersionSql =
    "SELECT r.extracted_at, (SELECT max(c.id) FROM corrections c WHERE c.report_id = r.id), "
    "(SELECT max(d.id) FROM finding_decisions d WHERE d.report_id = r.id), "
    "(SELECT max(h.id) FROM report_changes h WHERE h.report_id = r.id) "
    "FROM reports r WHERE r.id = ";

} // namespace nianbao::store::claim_detail
