#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

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

    /// An acceptance: the reviewer vouched for the value as it stood, without changing it.
    [[nodiscard]] bool isAcceptance() const { return oldValue == newValue && vouched; }
    [[nodiscard]] bool changesValue() const { return oldValue != newValue; }

    friend bool operator==(const Correction&, const Correction&) = default;
};

/// A new value for a cell, or (the same value, `vouched`) an acceptance of the value as it
/// stands, or (the same value, not `vouched`) the withdrawal of an acceptance.
struct CorrectionRequest {
    QString cellKey;
    /// Nothing: the reviewer says the cell is blank in the report.
    std::optional<double> newValue;
    QString reviewer;
    QString reason;
    bool vouched = true;
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

struct DecisionRequest {
    QString fingerprint;
    FindingVerdict verdict = FindingVerdict::Confirmed;
    QString comment;
    QString reviewer;
};

} // namespace nianbao
