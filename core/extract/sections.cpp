#include "extract/sections.h"

#include "extract/labelchain.h"

namespace nianbao::extract {

std::vector<FoundSection> findSections(const QString& text,
                                       const std::vector<LabelElement>& headings)
{
    std::vector<FoundSection> found;
    // A numbered heading outweighs any title quoted in the introduction ("本报告包括总体情况、…").
    constexpr int kNumberedHeading = 100;
    for (const FoundLabel& label :
         findLabelChain(text, 0, text.size(), headings, kNumberedHeading)) {
        found.push_back(FoundSection{label.element, label.start, label.end});
    }
    return found;
}

PartRegion partRegion(const std::vector<FoundSection>& sections, const ReportTemplate& format,
                      const QString& key, qsizetype textSize)
{
    int index = -1;
    for (int i = 0; i < format.sections.size(); ++i) {
        index = format.sections.at(i).key == key ? i : index;
    }
    PartRegion region{0, textSize, false, 0};
    for (const FoundSection& s : sections) {
        if (s.section < index) {
            region.start = s.end;
        } else if (s.section == index) {
            region.start = s.end;
            region.headingFound = true;
            region.headingStart = s.start;
        } else {
            region.end = s.start;
            break;
        }
    }
    return region;
}

} // namespace nianbao::extract
