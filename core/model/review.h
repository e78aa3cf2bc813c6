#pragma once

#include "model/finding.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

using ReportId = qint64;

/// Where a report stands in review (待审核 / 已审核 / 存疑).
enum class ReviewStatus { Pending, Reviewed, Doubtful };

QString reviewStatusCode(ReviewStatus status); ///< "pending", "reviewed", "doubtful" (stable)
std::optional<ReviewStatus> reviewStatusFromCode(QStringView code);
QString reviewStatusName(ReviewStatus status); ///< translated, for people

/// A reviewer's verdict on a finding. "Open" withdraws an earlier verdict.
enum class FindingVerdict { Open, Confirmed, Dismissed };

QString findingVerdictCode(FindingVerdict verdict); ///< "open", "confirmed", "dismissed"
std::optional<FindingVerdict> findingVerdictFromCode(QStringView code);
QString findingVerdictName(FindingVerdict verdict); ///< translated, for people

/// A reviewer's change to one cell. Corrections are never changed or removed: the cell's
/// current value is its latest correction's new value, and its history is every correction.
struct Correction {
    qint64 id = 0;
    ReportId reportId = 0;
    QString cellKey;
    /// The value the reviewer replaced (the current value at the time).
    std::optional<double> oldValue;
    std::optional<double> newValue;
    /// What extraction had read when the correction was made.
    std::optional<double> extractedValue;
    QString reviewer;
    QDateTime time;
    QString reason;
    /// Whether, after this correction, a reviewer stands behind the cell's value, so that the
    /// extractor's doubt about it no longer counts: true after a new value or an acceptance,
    /// false after a step back to a value nobody vouched for.
    bool vouched = true;
    /// The candidate reading (Cell::candidates, 0 = the best) the reviewer accepted as the
    /// cell's value, when the correction is the acceptance of one.
    std::optional<int> candidate = std::nullopt;

    /// An acceptance: the reviewer vouched for the value as it stood, without changing it, or
    /// chose one of the extractor's candidate readings.
    [[nodiscard]] bool isAcceptance() const
    {
        return vouched && (oldValue == newValue || candidate.has_value());
    }
    [[nodiscard]] bool changesValue() const { return oldValue != newValue; }

    friend bool operator==(const Correction&, const Correction&) = default;
};

/// The decision in force on the findings with one fingerprint (see findingFingerprint).
struct FindingDecision {
    QString fingerprint;
    FindingVerdict verdict = FindingVerdict::Open;
    QString comment;
    QString reviewer;
    QDateTime time;

    friend bool operator==(const FindingDecision&, const FindingDecision&) = default;
};

/// Whether findings whose fingerprint has `inForce` as the decision in force (null: none)
/// still wait for a reviewer. The one definition of an open finding: none was taken, or the
/// latest one reopened it (the archive's SQL counts follow it, store/openfindingsql.h).
[[nodiscard]] inline bool isOpenDecision(const FindingDecision* inForce)
{
    return !inForce || inForce->verdict == FindingVerdict::Open;
}

/// Findings by severity; as open counts, the findings still waiting for a reviewer.
struct SeverityCounts {
    qint64 errors = 0;
    qint64 warnings = 0;
    qint64 notes = 0;

    /// Every finding counted (a new report has no decisions yet).
    static SeverityCounts of(const std::vector<Finding>& findings);
    qint64& operator[](Severity severity);
    [[nodiscard]] qint64 total() const { return errors + warnings + notes; }

    friend bool operator==(const SeverityCounts&, const SeverityCounts&) = default;
};

/// What a report says of itself that a reviewer may correct, and where it stands in review.
enum class ReportField { Agency, Year, Title, Region, Status };

QString reportFieldCode(ReportField field); ///< "agency", "year", "title", "region", "status"
std::optional<ReportField> reportFieldFromCode(QStringView code);
QString reportFieldName(ReportField field); ///< translated, for people

/// A reviewer's change to one of a report's fields (ReportField). Like corrections, changes
/// are never edited or removed: the field's value is its latest change's, else what
/// extraction found; its history is every change.
struct ReportChange {
    qint64 id = 0;
    ReportId reportId = 0;
    ReportField field = ReportField::Status;
    /// Values as text: a year as digits ("" when unknown), a status as its code.
    QString oldValue;
    QString newValue;
    QString reviewer;
    QDateTime time;
    QString reason;
    /// A report with undecided errors was marked reviewed anyway, for `reason`.
    bool override = false;

    friend bool operator==(const ReportChange&, const ReportChange&) = default;
};

} // namespace nianbao
