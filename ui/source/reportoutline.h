#pragma once

#include <QString>

#include <vector>

namespace nianbao {
struct Document;
struct Report;
class ReportTemplate;
} // namespace nianbao

namespace nianbao::ui {

/// A part of the report as printed, and where its text starts (code points of the document).
struct OutlineEntry {
    QString text;
    qsizetype position = 0;
    std::vector<OutlineEntry> children;
};

/// The report's title and six parts in the order the format gives them, each at the place the
/// extractor found it; a table's entry lists the labels found in it. Parts the extractor did
/// not find are left out. Texts are in the current language.
std::vector<OutlineEntry> buildOutline(const Report& report, const Document& document,
                                       const ReportTemplate* format);

} // namespace nianbao::ui
