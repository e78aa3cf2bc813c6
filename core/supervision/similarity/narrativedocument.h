#pragma once

#include "model/report.h"

#include <QString>

#include <vector>

namespace nianbao::supervision {

/// What the copy detector reads of a report: whose it is, which year, and its narrative parts.
/// A light value (the texts are implicitly shared), so a batch of 100,000 costs the text only.
struct NarrativeDocument {
    QString id;     ///< the report as the caller names it (archive id, file name)
    QString body;   ///< the body: a registry id, or the normalised agency name
    QString agency; ///< as printed: its names are masked before comparing
    int year = 0;
    std::vector<NarrativePart> parts;
};

/// The document of an extracted report: the body is the normalised agency name unless the
/// caller knows better (a registry match), the year the report's.
NarrativeDocument narrativeDocument(const Report& report, QString id, QString body = {});

} // namespace nianbao::supervision
