#pragma once

#include "synth/narrative.h"
#include "synth/reportplan.h"

#include <QList>

namespace nianbao::synth {

/// How a shape prints the body of a part. Every shape walks the six parts the same way
/// (writePart dispatches by the part's kind) and only prints them its own way.
class PartWriter {
public:
    virtual ~PartWriter() = default;

    virtual void paragraphs(const QList<Paragraph>& items) = 0;
    virtual void items() = 0;     ///< table 2: blocks of 第二十条 items
    virtual void rows() = 0;      ///< table 3: labelled rows
    virtual void flattened() = 0; ///< table 4: one line of figures under its header
};

/// Writes the body of `part` (its heading is the shape's business) with `writer`.
void writePart(PartWriter& writer, const ReportPlan& plan, const PlannedPart& part);

} // namespace nianbao::synth
