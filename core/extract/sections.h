#pragma once

#include "extract/labelchain.h"
#include "templates/reporttemplate.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao::extract {

/// A part heading found in the text (一、总体情况 … 六、其他需要报告的事项).
struct FoundSection {
    int section = -1;    ///< index in ReportTemplate::sections
    qsizetype start = 0; ///< heading start (numbering included), normalised text
    qsizetype end = 0;   ///< heading end
};

/// The part headings of a report, in order, found by the chain of their aliases (a heading
/// mentioned inside a sentence loses against the numbered heading itself).
std::vector<FoundSection> findSections(const QString& text,
                                       const std::vector<LabelElement>& headings);

/// Where the part `key` runs: from the end of its heading to the start of the next heading
/// found; when its heading is missing, from the previous heading found to the next one.
struct PartRegion {
    qsizetype start = 0;
    qsizetype end = 0;
    bool headingFound = false;
    qsizetype headingStart = 0;
};
PartRegion partRegion(const std::vector<FoundSection>& sections, const ReportTemplate& format,
                      const QString& key, qsizetype textSize);

} // namespace nianbao::extract
