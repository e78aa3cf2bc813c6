#pragma once

#include "model/finding.h"
#include "supervision/similarity/copydetector.h"

#include <span>
#include <vector>

namespace nianbao::supervision {

/// Rule code of a copied part (内容雷同): a warning, since a reviewer decides whether the
/// shared text is a copy or a superior's prescribed wording the batch could not tell apart.
inline constexpr QLatin1String kCopiedTextRule{"narrative.copied"};

/// The name of a unit as a finding shows it: the part's title from the format data
/// ("总体情况" / "Overview"), followed by the subsection's heading as printed.
LocalizedText unitName(const NarrativeUnit& unit, const NarrativeDocument& document);

/// The finding on `match.document` that its part is the same as another report, naming that
/// report (its agency and year) and the share.
Finding copiedTextFinding(const CopyMatch& match, std::span<const NarrativeDocument> documents);

/// The findings of one report of the batch, in the order of the matches.
std::vector<Finding> copiedTextFindings(int document, const CopyDetection& detection,
                                        std::span<const NarrativeDocument> documents);

} // namespace nianbao::supervision
