#pragma once

#include "rules/ruleset.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao::rules {

/// A sentence of a prepared narrative and the keywords it holds.
struct Sentence {
    qsizetype start = 0;
    qsizetype end = 0;
    std::uint64_t keywords = 0; ///< bits of the rule set's KeywordIndex
};

/// A narrative part as the patterns read it: prepareNarrative() text cut into sentences, each
/// with the keywords it holds, in one pass.
struct PreparedNarrative {
    QString text;
    std::vector<Sentence> sentences;

    PreparedNarrative(QStringView original, const KeywordIndex& keywords);
};

/// A statement a narrative pattern found, kept only when it speaks of the report's own scope.
struct Mention {
    qsizetype position = 0;
    qint64 number = 0; ///< the figure stated (count patterns), 0 otherwise
    QString quote;     ///< the clause that states it, as a message quotes it
};

/// The statements of a narrative part that match the scope's patterns, in text
/// order, leaving out every match that may belong to another scope: a clause with a scope word
/// (其中, 含, 复议 …), a sentence naming a year other than the report's (allowing the scope's
/// year offsets), a figure that is part of a larger number or a decimal. Tolerant by design: a
/// doubtful statement is skipped, never reported.
std::vector<Mention> findMentions(const NarrativeScope& scope, const PreparedNarrative& narrative,
                                  std::optional<int> reportYear, bool withNumber);

} // namespace nianbao::rules
