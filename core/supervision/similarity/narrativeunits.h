#pragma once

#include "model/report.h"

#include <QString>

#include <vector>

namespace nianbao::supervision {

/// A stretch of a report's narrative judged on its own for copying: a whole part (一、五、六),
/// or one numbered subsection of a part ("（二）依申请公开情况" and its paragraphs).
struct NarrativeUnit {
    int part = -1; ///< index into the report's narrative parts
    QString key;   ///< the part's key ("overview"), or with the subsection's number ("overview.2")
    QString heading;     ///< the subsection's heading as printed; empty for a whole part
    qsizetype start = 0; ///< UTF-16 offsets into the part's text
    qsizetype end = 0;
    bool wholePart = true; ///< false for a subsection and for the lead before the first one
};

/// The units of a narrative: each part whole, then its subsections when it has two or more
/// numbered in order (（一）, （二） … at the start of a line or after a full stop). What comes
/// before the first subsection is a unit of its own ("overview.0") when it is more than a line.
std::vector<NarrativeUnit> narrativeUnits(const std::vector<NarrativePart>& parts);

} // namespace nianbao::supervision
