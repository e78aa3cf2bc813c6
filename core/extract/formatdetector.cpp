#include "extract/formatdetector.h"

#include "extract/compacttext.h"
#include "extract/formatlabels.h"
#include "templates/templateregistry.h"

namespace nianbao::extract {

FormatChoice detectFormat(const QString& text, qsizetype start, qsizetype end,
                          const TemplateRegistry& registry)
{
    FormatChoice choice;
    const auto& formats = registry.templates();
    if (formats.empty()) {
        return choice;
    }
    choice.format = formats.front().get();
    const CompactText compact(text, start, end);
    for (const auto& format : formats) {
        int evidence = 0;
        for (const QString& label : formatLabels(*format, registry)->distinctive) {
            evidence += compact.chars().contains(label) ? 1 : 0;
        }
        if (evidence > choice.evidence) {
            choice.evidence = evidence;
            choice.format = format.get();
        }
    }
    return choice;
}

} // namespace nianbao::extract
