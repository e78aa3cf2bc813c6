#pragma once

#include "model/review.h"

#include <QString>

#include <optional>

namespace nianbao::store {

/// What adding a report did.
struct AddOutcome {
    ReportId id = 0;
    /// The archive already held a report with the same original bytes: `id` is that one's,
    /// and nothing was written.
    bool duplicate = false;
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
    /// The candidate reading chosen (Correction::candidate), when `newValue` is one.
    std::optional<int> candidate = std::nullopt;
};

struct DecisionRequest {
    QString fingerprint;
    FindingVerdict verdict = FindingVerdict::Confirmed;
    QString comment;
    QString reviewer;
};

/// A new value for one of a report's fields (ReportChange). The store writes what it is given:
/// whether a change may be made (a report with undecided errors marked reviewed) is the
/// review workflow's to say.
struct ReportChangeRequest {
    ReportField field = ReportField::Status;
    /// As ReportChange::newValue: a year as digits or "", a status as its code.
    QString newValue;
    QString reviewer;
    QString reason;
    bool override = false;
};

} // namespace nianbao::store
