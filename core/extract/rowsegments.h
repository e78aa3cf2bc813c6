#pragma once

#include "extract/valuetoken.h"

#include <QString>

#include <functional>
#include <vector>

namespace nianbao::extract {

/// Figures printed after one label, up to the next label.
struct Segment {
    QString label; ///< Han text printed just before the figures (empty for a row's own)
    std::vector<ValueToken> tokens; ///< Number, ZeroMark and Blank tokens only

    [[nodiscard]] int valueCount() const;
};

/// What follows a label up to the next known label: its own figures, then any further
/// labelled groups of figures (rows the template does not know, rows under a wrong label,
/// figures on a group's own line).
struct RangeContent {
    Segment own;
    std::vector<Segment> strays;
    bool attached = false; ///< the first figure runs straight into the label (web text)
};

/// Splits the text after a label into its own figures and stray groups. Han text before the
/// first figure continues the label, unless `isGroupLabel` says it is a group's own label
/// (then the figures after it are that group's); blanks before the first figure are collapsed
/// merged cells.
RangeContent readRange(const QString& text, qsizetype start, qsizetype end,
                       const std::function<bool(QStringView)>& isGroupLabel = {});

/// Splits a run of m×k figures printed after one label into m rows of k, when the next
/// `missingAfter` rows were not found by their labels (pdftotext prints some labels after their
/// figures): the first k figures stay the label's own, the others become stray groups.
void splitStackedRows(RangeContent& content, int columns, int missingAfter);

} // namespace nianbao::extract
