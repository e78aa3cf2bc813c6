#include "supervision/similarity/copyfindings.h"

#include "templates/templateregistry.h"

#include <QtGlobal>

#include <cmath>

namespace nianbao::supervision {

namespace {

/// The title of a narrative part in the bundled formats (both print the same three).
LocalizedText partTitle(const QString& key)
{
    for (const auto& format : TemplateRegistry::builtin().templates()) {
        if (const SectionDef* section = format->section(key)) {
            return section->title;
        }
    }
    return {key, key};
}

QString percent(double share)
{
    return QString::number(int(std::floor(share * 100.0)));
}

} // namespace

LocalizedText unitName(const NarrativeUnit& unit, const NarrativeDocument& document)
{
    const QString key = document.parts.at(std::size_t(unit.part)).key;
    LocalizedText name = partTitle(key);
    if (!unit.wholePart) {
        if (unit.heading.isEmpty()) {
            // The paragraphs before the first subsection.
            name.zh += QStringLiteral("（开头部分）");
            name.en += QStringLiteral(" (opening paragraphs)");
        } else {
            name.zh += unit.heading;
            name.en += QStringLiteral(", ") + unit.heading;
        }
    }
    return name;
}

Finding copiedTextFinding(const CopyMatch& match, std::span<const NarrativeDocument> documents)
{
    const NarrativeDocument& document = documents[std::size_t(match.document)];
    const NarrativeDocument& other = documents[std::size_t(match.other)];
    Finding finding;
    finding.rule = kCopiedTextRule;
    finding.severity = Severity::Warning;
    const FindingArg part = FindingArg::localized(unitName(match.unit, document));
    const FindingArg share = FindingArg::value(percent(match.share));
    const FindingArg passages = FindingArg::value(QString::number(match.passages.size()));
    if (match.relation == CopyRelation::OwnEarlierYear) {
        finding.messageTemplate = QString::fromUtf8(QT_TRANSLATE_NOOP(
            "nianbao::Finding", "%1 is %2 % the same as this body's own report for %3 (%4 "
                                "shared passages): copied from the earlier year?"));
        finding.args = {part, share, FindingArg::value(QString::number(other.year)), passages};
    } else {
        finding.messageTemplate = QString::fromUtf8(QT_TRANSLATE_NOOP(
            "nianbao::Finding",
            "%1 is %2 % the same as the report of %3 for %4 (%5 shared passages)."));
        finding.args = {part, share, FindingArg::value(other.agency),
                        FindingArg::value(QString::number(other.year)), passages};
    }
    return finding;
}

std::vector<Finding> copiedTextFindings(int document, const CopyDetection& detection,
                                        std::span<const NarrativeDocument> documents)
{
    std::vector<Finding> findings;
    for (const CopyMatch& match : detection.matches) {
        if (match.document == document) {
            findings.push_back(copiedTextFinding(match, documents));
        }
    }
    return findings;
}

} // namespace nianbao::supervision
