#pragma once

// Assignments of reports to reviewers: the SQL both back ends run, written once. Parameters
// are "?" (SQLite numbers them in order; PgSql turns them into $1, $2...).

namespace nianbao::store::assignment_detail {

/// Assigns report ?1 to reviewer ?2 on behalf of ?3 at time ?4, unless it is already theirs
/// (then nothing changes, so the change count says what the assignment did).
inline constexpr const char* kAssignSql =
    "INSERT INTO assignments (report_id, reviewer, assigned_by, assigned_at) "
    "VALUES (?, ?, ?, ?) ON CONFLICT (report_id) DO UPDATE SET reviewer = excluded.reviewer, "
    "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at "
    "WHERE assignments.reviewer <> excluded.reviewer";

inline constexpr const char* kUnassignSql = "DELETE FROM assignments WHERE report_id = ?";

inline constexpr const char* kAssigneeSql =
    "SELECT reviewer, assigned_by, assigned_at FROM assignments WHERE report_id = ?";

/// Per reviewer ('' for reports assigned to nobody): reports, pending, reviewed, doubtful.
inline constexpr const char* kProgressSql =
    "SELECT coalesce(a.reviewer, ''), count(*), "
    "sum(CASE WHEN r.review_status = 'pending' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN r.review_status = 'reviewed' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN r.review_status = 'doubtful' THEN 1 ELSE 0 END) "
    "FROM reports r LEFT JOIN assignments a ON a.report_id = r.id "
    "GROUP BY coalesce(a.reviewer, '') ORDER BY 1";

/// Conditions of ReportFilter::assignee (with the reviewer, or for nobody) and
/// ReportFilter::claimedByOthersThan (the reviewer, then the database's clock, which differs
/// between back ends and is appended).
inline constexpr const char* kAssignedToSql =
    "r.id IN (SELECT a.report_id FROM assignments a WHERE a.reviewer = ?)";
inline constexpr const char* kUnassignedSql =
    "NOT EXISTS (SELECT 1 FROM assignments a WHERE a.report_id = r.id)";
inline constexpr const char* kClaimedByOthersSql =
    "EXISTS (SELECT 1 FROM claims c WHERE c.report_id = r.id AND c.reviewer <> ? "
    "AND c.expires_at > ";

} // namespace nianbao::store::assignment_detail
