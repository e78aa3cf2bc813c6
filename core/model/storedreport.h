#pragma once

#include "model/document.h"
#include "model/finding.h"
#include "model/report.h"
#include "model/review.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {

/// Where a stored report came from and where it stands.
struct ReportInfo {
    ReportId id = 0;
    QByteArray sha256; ///< of the original bytes (32 bytes)
    QString fileName;
    QString format;
    QString encoding;
    QString title;
    QString agency;
    QString normalizedAgency;
    QString region; ///< province-level region when the agency name starts with one, else ""
    std::optional<int> year;
    QString templateId;
    QDateTime importedAt;
    QDateTime extractedAt; ///< import time, or the last re-extraction
    ReviewStatus status = ReviewStatus::Pending;

    friend bool operator==(const ReportInfo&, const ReportInfo&) = default;
};

/// A report as the review window needs it: the extraction as it was stored, the reviewer's
/// layer over it (latest correction per cell, decisions on findings), and the text.
struct StoredReport {
    ReportInfo info;
    /// As extracted; its findings are the stored ones (extraction, then validation).
    Report extracted;
    /// The text the spans point into, with how it was read.
    Document document;
    /// The latest correction of every corrected cell, in the order the cells were corrected.
    std::vector<Correction> corrections;
    /// The decision in force for every fingerprint decided on, including fingerprints whose
    /// findings are gone for now (they apply again if the finding comes back).
    std::vector<FindingDecision> decisions;

    /// The report with every correction applied: what validation and export work on.
    [[nodiscard]] Report current() const;
    /// The value a cell holds now: its latest correction, else what was extracted.
    [[nodiscard]] std::optional<double> value(QStringView key) const;
    [[nodiscard]] const Correction* correction(QStringView key) const;
    /// Whether a reviewer stands behind the cell's current value (Correction::vouched).
    [[nodiscard]] bool isVouchedFor(QStringView key) const;
    /// The decision in force on a finding, if any.
    [[nodiscard]] const FindingDecision* decision(const Finding& finding) const;
    /// The decision in force on the findings with a fingerprint, if any.
    [[nodiscard]] const FindingDecision* decisionOn(QStringView fingerprint) const;
    /// Whether a finding still waits for a reviewer (isOpenDecision).
    [[nodiscard]] bool isOpen(const Finding& finding) const;
    /// The findings of `findings` still open, by severity.
    [[nodiscard]] SeverityCounts openCounts(const std::vector<Finding>& findings) const;
    /// Cells where re-extraction now reads something other than what the reviewer corrected
    /// from, and other than the correction: the UI shows them so the reviewer can look again.
    [[nodiscard]] QStringList disagreements() const;
};

} // namespace nianbao
