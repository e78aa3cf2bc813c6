#pragma once

#include "common/error.h"
#include "model/review.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace nianbao::store {

class Archive;
class ArchiveWatcher;

/// A reviewer's claim on a report in a shared archive (TeamReview::claim): a lease that the
/// reviewer's client renews while the report is open (a heartbeat), and that lapses when the
/// client dies or loses the network, so that nobody holds a report for ever.
struct Claim {
    ReportId report = 0;
    QString reviewer;
    QDateTime since;   ///< when the reviewer claimed it (renewals keep it)
    QDateTime expires; ///< when the lease lapses unless renewed

    friend bool operator==(const Claim&, const Claim&) = default;
};

/// What asking for a claim gave: the claim, or the other reviewer's claim in force.
struct ClaimOutcome {
    bool granted = false;
    Claim claim; ///< the one granted, or the one that stood in the way
};

/// The state of a report as stored, for optimistic concurrency (TeamReview::isStillAt): it
/// changes with every correction, decision, field or status change and re-extraction. Opaque:
/// only compared for equality.
struct ReportVersion {
    QByteArray stamp;
    friend bool operator==(const ReportVersion&, const ReportVersion&) = default;
};

/// Which reviewer a supervisor gave a report to (TeamReview::assign).
struct Assignment {
    ReportId report = 0;
    QString reviewer;
    QString assignedBy;
    QDateTime assignedAt;

    friend bool operator==(const Assignment&, const Assignment&) = default;
};

/// How far one reviewer has got: their reports by review status. The reviewer is empty for
/// the reports assigned to nobody.
struct ReviewerProgress {
    QString reviewer;
    qint64 reports = 0;
    qint64 pending = 0;
    qint64 reviewed = 0;
    qint64 doubtful = 0;

    friend bool operator==(const ReviewerProgress&, const ReviewerProgress&) = default;
};

/// What several reviewers on one archive need besides the Archive interface: claims with
/// leases, version checks so that no write lands over a change another client made, and live
/// notice of other clients' changes. Both back ends implement it (teamReview() finds it); a
/// conflict is an outcome (a refused claim, a version that moved), not an error.
class TeamReview {
public:
    TeamReview() = default;
    TeamReview(const TeamReview&) = delete;
    TeamReview& operator=(const TeamReview&) = delete;
    virtual ~TeamReview() = default;

    /// Claims a report for `reviewer` for the length of `lease`, or renews the reviewer's own
    /// claim (the heartbeat of a client that has the report open). Not granted while another
    /// reviewer's claim has not lapsed, unless `takeOver` (the other reviewer's client then
    /// finds its claim gone at its next heartbeat). Times are the database's clock.
    virtual Result<ClaimOutcome> claim(ReportId id, const QString& reviewer,
                                       std::chrono::milliseconds lease, bool takeOver = false) = 0;
    /// Gives up the reviewer's claim on a report (nothing when the reviewer holds none).
    virtual Result<void> releaseClaim(ReportId id, const QString& reviewer) = 0;
    /// The claim on a report that has not lapsed, if any.
    virtual Result<std::optional<Claim>> claimOf(ReportId id) = 0;

    /// The report's version as stored now.
    virtual Result<ReportVersion> reportVersion(ReportId id) = 0;
    /// Inside a transaction, before writing to a report read at `expected`: whether it is
    /// still at that version. When it is, other clients' isStillAt on the report wait until
    /// this transaction ends, so two clients can never both write over one version; when it
    /// is not, another client changed it: reload (conflictMessage) and do not write.
    virtual Result<bool> isStillAt(ReportId id, const ReportVersion& expected) = 0;

    /// Gives reports to `reviewer` (empty: to nobody), recorded as done by `assignedBy`, in
    /// one transaction, refused whole when a report does not exist. Returns how many reports'
    /// assignment changed (one already the reviewer's is left as it is).
    virtual Result<qint64> assign(const std::vector<ReportId>& ids, const QString& reviewer,
                                  const QString& assignedBy) = 0;
    /// Who a report is assigned to, if anyone.
    virtual Result<std::optional<Assignment>> assignmentOf(ReportId id) = 0;
    /// Every reviewer with reports assigned, by name, then (empty name) the reports assigned
    /// to nobody, when there are any.
    virtual Result<std::vector<ReviewerProgress>> progress() = 0;

    /// Hears the changes clients commit to the archive from now on (see ArchiveWatcher).
    virtual Result<std::unique_ptr<ArchiveWatcher>> watch() const = 0;
};

/// The archive's TeamReview (every back end has one), or null for an archive without.
TeamReview* teamReview(Archive& archive);

/// "Report 12 is being reviewed by 王审 since …": what a refused claim shows.
QString claimedMessage(const Claim& held);
/// What a write over a version another client changed shows.
QString changedMeanwhileMessage(ReportId id);

} // namespace nianbao::store
