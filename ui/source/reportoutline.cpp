#include "source/reportoutline.h"

#include "model/document.h"
#include "model/report.h"
#include "templates/reporttemplate.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace nianbao::ui {

namespace {

/// Where a table's text begins: its first label or cell found.
std::optional<qsizetype> tableStart(const Report& report, const QString& tableKey)
{
    std::optional<qsizetype> start;
    const auto consider = [&](qsizetype position) {
        start = start ? std::min(*start, position) : position;
    };
    for (const LabelMatch& label : report.labels) {
        if (keyInTable(label.key, tableKey)) {
            consider(label.span.start);
        }
    }
    for (const Cell& cell : report.cells) {
        if (cell.span && keyInTable(cell.key, tableKey)) {
            consider(cell.span->start);
        }
    }
    return start;
}

std::vector<OutlineEntry> tableLabels(const Report& report, const QString& tableKey)
{
    std::vector<OutlineEntry> entries;
    for (const LabelMatch& label : report.labels) {
        if (keyInTable(label.key, tableKey)) {
            entries.push_back(OutlineEntry{label.text.simplified(), label.span.start, {}});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const OutlineEntry& a, const OutlineEntry& b) { return a.position < b.position; });
    return entries;
}

/// A narrative part starts at its heading, printed just before its body.
qsizetype narrativeStart(const NarrativePart& part, const Document& document)
{
    const qsizetype body = document.utf16At(part.span.start);
    if (part.heading.isEmpty()) {
        return part.span.start;
    }
    const qsizetype heading = document.text.lastIndexOf(part.heading, body);
    return heading < 0 ? part.span.start : document.codePointAt(heading);
}

} // namespace

std::vector<OutlineEntry> buildOutline(const Report& report, const Document& document,
                                       const ReportTemplate* format)
{
    std::vector<OutlineEntry> outline;
    if (report.meta.titleSpan) {
        outline.push_back(
            OutlineEntry{report.meta.title.isEmpty()
                             ? QCoreApplication::translate("nianbao::ui::ReportOutline", "Title")
                             : report.meta.title,
                         report.meta.titleSpan->start,
                         {}});
    }
    if (!format) {
        return outline;
    }
    for (const SectionDef& section : format->sections) {
        const QString text = section.number + QStringLiteral("  ") + section.title.text();
        if (section.kind == SectionKind::Table) {
            if (const std::optional<qsizetype> start = tableStart(report, section.key)) {
                outline.push_back(OutlineEntry{text, *start, tableLabels(report, section.key)});
            }
        } else if (const NarrativePart* part = report.narrativePart(section.key)) {
            outline.push_back(OutlineEntry{text, narrativeStart(*part, document), {}});
        }
    }
    return outline;
}

} // namespace nianbao::ui
