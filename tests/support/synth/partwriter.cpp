#include "synth/partwriter.h"

namespace nianbao::synth {

void writePart(PartWriter& writer, const ReportPlan& plan, const PlannedPart& part)
{
    switch (part.kind) {
    case PartKind::Overview:
        writer.paragraphs(plan.narrative.overview);
        break;
    case PartKind::Items:
        writer.items();
        break;
    case PartKind::Rows:
        writer.rows();
        break;
    case PartKind::Flattened:
        writer.flattened();
        break;
    case PartKind::Problems:
        writer.paragraphs(plan.narrative.problems);
        break;
    case PartKind::OtherMatters:
        writer.paragraphs(plan.narrative.otherMatters);
        break;
    }
}

} // namespace nianbao::synth
