#pragma once

#include "supervision/similarity/narrativedocument.h"

#include <QList>
#include <QString>

#include <vector>

namespace nianbao::synth {

/// A part a report took from another with light edits (lightlyEditedCopy).
struct PlantedCopy {
    int copy = -1;   ///< index of the report that copied
    int source = -1; ///< index of the report copied from
    /// The unit copied, as narrativeUnits() names it in both reports: "overview", "problems",
    /// or a subsection "overview.3".
    QString unit;
    bool ownEarlierYear = false; ///< the body's own report of the year before
};

/// Narratives of many bodies over some years, written independently (writeIndependentNarrative),
/// with copies planted in some of them.
struct NarrativeCorpus {
    std::vector<supervision::NarrativeDocument> documents;
    std::vector<PlantedCopy> planted;
};

struct CorpusOptions {
    int bodies = 100;
    QList<int> years = {2022, 2023};
    /// Share of reports that copy one unit from another report (never from a copy, and no
    /// report is copied twice).
    double copyRate = 0.05;
    /// Light edits per copied unit.
    int edits = 2;
    /// Reports written by the fixed-choice writer of the report generator (writeNarrative),
    /// whose every sentence is one of a few: boilerplate to the corpus.
    double formulaicShare = 0.0;
};

NarrativeCorpus narrativeCorpus(const CorpusOptions& options, quint64 seed);

} // namespace nianbao::synth
