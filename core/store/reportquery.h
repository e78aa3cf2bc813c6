#pragma once

#include "model/finding.h"
#include "model/review.h"

#include <QString>

#include <optional>

namespace nianbao::store {

/// One line of the archive's list.
struct ReportRow {
    ReportId id = 0;
    QString fileName; ///< the file as it was imported
    QString agency;
    QString region;
    std::optional<int> year;
    QString templateId;
    ReviewStatus status = ReviewStatus::Pending;
    int openErrors = 0;
    int openWarnings = 0;
    int openNotes = 0;

    [[nodiscard]] int openFindings() const { return openErrors + openWarnings + openNotes; }
    friend bool operator==(const ReportRow&, const ReportRow&) = default;
};

/// Which reports to list. Empty fields do not filter.
struct ReportFilter {
    /// Words (split at spaces) that must all occur in the report's text (which prints the
    /// agency's name: `agency` below compares names normalised).
    /// Words of three characters or more use the full-text index; shorter ones (two-character
    /// Chinese words) are looked for directly in the text, which is slower on large archives.
    QString text;
    /// Part of the agency name (compared after normalisation).
    QString agency;
    std::optional<int> year;
    std::optional<ReviewStatus> status;
    /// Reports with an open finding of this severity or a more serious one.
    std::optional<Severity> severity;
    QString templateId;
    /// Reports assigned to this reviewer (TeamReview::assign); an empty name: reports
    /// assigned to nobody.
    std::optional<QString> assignee;
    /// Reports that a reviewer other than this one holds a claim on that has not lapsed.
    std::optional<QString> claimedByOthersThan;
};

enum class ReportSort { Imported, Agency, Year, Template, Status, OpenFindings };

struct ReportQuery {
    ReportFilter filter;
    ReportSort sort = ReportSort::Imported;
    bool descending = false;
    /// A page of the list; a negative limit lists everything.
    qint64 limit = -1;
    qint64 offset = 0;
};

} // namespace nianbao::store
