#pragma once

#include "model/cell.h"
#include "model/finding.h"
#include "model/span.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

/// Title, agency and year where the report prints them.
struct ReportMeta {
    QString title;
    std::optional<Span> titleSpan;
    QString agency;
    std::optional<Span> agencySpan;
    std::optional<int> year;
    std::optional<Span> yearSpan;

    friend bool operator==(const ReportMeta&, const ReportMeta&) = default;
};

/// A narrative part of the report (一、总体情况, 五、存在的主要问题…, 六、其他需要报告的事项).
struct NarrativePart {
    QString key;     ///< "overview", "problems", "other_matters" (template section keys)
    QString heading; ///< the heading as printed
    QString text;    ///< the body as printed (without the heading)
    Span span;       ///< of the body

    friend bool operator==(const NarrativePart&, const NarrativePart&) = default;
};

/// How a row (or block, group, column) label of the template was found in the text.
struct LabelMatch {
    QString key;   ///< "t3.new", "t2.item1" (block), "t3.denied" (group)
    QString alias; ///< the template alias that matched
    QString text;  ///< the text as printed
    Span span;
    int distance = 0; ///< edit distance between alias and text (0: exact)

    friend bool operator==(const LabelMatch&, const LabelMatch&) = default;
};

/// Everything extracted from one report, plus the findings on it.
struct Report {
    QString file;
    QString format; ///< "text", "html", ...
    QString encoding;
    QString templateId; ///< "2021", "2019" or "unknown"
    ReportMeta meta;
    /// Every cell of the detected template, in template order.
    std::vector<Cell> cells;
    /// Figures the report prints that are not official cells (subtotal rows and columns),
    /// keyed like cells (e.g. "t3.denied.subtotal.natural"); checked as sums, never exported
    /// as official data.
    std::vector<Cell> extras;
    std::vector<LabelMatch> labels;
    std::vector<NarrativePart> narrative;
    /// Extraction findings and validation findings, in that order.
    std::vector<Finding> findings;

    [[nodiscard]] const Cell* cell(QStringView key) const;
    [[nodiscard]] Cell* cell(QStringView key);
    [[nodiscard]] std::optional<double> value(QStringView key) const;
    [[nodiscard]] const NarrativePart* narrativePart(QStringView key) const;

    friend bool operator==(const Report&, const Report&) = default;
};

} // namespace nianbao
