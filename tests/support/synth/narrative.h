#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace nianbao::synth {

/// The figures the narrative mentions. Every number it states about requests or reviews is the
/// report's own cell (tables.md rule 9), so that generated reports raise no narrative finding.
struct NarrativeFacts {
    int year = 0;
    QString agency;
    int newRequests = 0;        ///< t3.new.total
    int carriedOver = 0;        ///< t3.carried_over.total
    int carriedForward = 0;     ///< t3.carried_forward.total
    int reviews = 0;            ///< t4.review.total
    int suits = 0;              ///< lawsuits, both kinds
    bool feesCollected = false; ///< table 2 reports fees: part 六 then never just says 无
};

/// A paragraph, with the sub-heading some reports put in front of it ("（一）主动公开情况").
struct Paragraph {
    QString heading;
    QString text;
};

/// The prose of a report: what comes before part 一, and the narrative parts 一, 五 and 六.
struct Narrative {
    QStringList intro;
    QList<Paragraph> overview;
    QList<Paragraph> problems;
    QList<Paragraph> otherMatters;
};

/// Realistic paragraphs in the register of published reports, consistent with the facts.
Narrative writeNarrative(const NarrativeFacts& facts, QRandomGenerator& random);

/// How the body calls itself in its report: 我局, 我委, 我办, 本机关 …
QString selfReference(const QString& agency);

} // namespace nianbao::synth
