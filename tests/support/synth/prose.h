#pragma once

#include "synth/narrative.h"

#include <QRandomGenerator>
#include <QString>

namespace nianbao::synth {

/// The narrative of one body written sentence by sentence from a large phrase grammar
/// (prosephrases.h), with the boilerplate real reports share (the opening sentence of part 一,
/// the standard sub-headings, "无其他需要报告的事项"): two bodies' narratives written
/// independently share that boilerplate and the register, never whole passages. Figures stated
/// about requests and reviews are the facts' (tables.md rule 9), as in writeNarrative().
Narrative writeIndependentNarrative(const NarrativeFacts& facts, QRandomGenerator& random);

/// How a lazy writer reuses another report's paragraph: the other body's name and
/// self-reference replaced by one's own, the year moved on, figures changed, and `edits` light
/// edits (a word swapped for a synonym, a short clause added, a clause dropped). Each edit
/// touches a few characters, so a copy of a paragraph of a hundred characters or more stays
/// well over 80 % the same.
struct CopyOptions {
    QString fromAgency;
    int fromYear = 0;
    QString toAgency;
    int toYear = 0;
    int edits = 2;
};

QString lightlyEditedCopy(const QString& source, const CopyOptions& options,
                          QRandomGenerator& random);

/// A narrative's parts as the extractor gives them (NarrativePart::text): the paragraphs of
/// part 一 with their sub-headings on lines of their own, blank lines between paragraphs.
QString partText(const QList<Paragraph>& paragraphs);

} // namespace nianbao::synth
