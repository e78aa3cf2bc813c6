#pragma once

#include "synth/narrative.h"
#include "synth/printedtables.h"
#include "synth/reportgenerator.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace nianbao::synth {

class ReportWriter;

/// What a part of the report holds.
enum class PartKind {
    Overview,     ///< narrative part 一
    Items,        ///< table 2, item by item
    Rows,         ///< table 3
    Flattened,    ///< table 4
    Problems,     ///< narrative part 五
    OtherMatters, ///< narrative part 六
};

struct PlannedPart {
    PartKind kind = PartKind::Overview;
    QString heading; ///< as printed: "一、总体情况"
};

/// Everything a report says, decided before a shape lays it out: renderers only arrange it.
struct ReportPlan {
    QString agency;
    int year = 0;
    QString title;
    QString preamble;
    QList<PlannedPart> parts;
    Narrative narrative;
    PrintedTables tables;
    Difficulties difficulties;
};

struct ShapeTraits;

/// A report decided: what it prints (`plan`) and what a perfect extractor returns for it
/// (`expected`: keys, values, printed texts and extras; text, spans and uncertain cells are
/// the renderer's to fill).
struct PlannedReport {
    ReportPlan plan;
    GeneratedReport expected;
};

/// Decides a report of `format` around `values`: agency, year, labels and figures as printed
/// (with the options' difficulties, where `traits` lets the shape show them), narrative.
PlannedReport planReport(const ReportTemplate& format, const TableValues& values,
                         const GeneratorOptions& options, const ShapeTraits& traits,
                         QRandomGenerator& random);

// One renderer per shape (cellperline.cpp, tabrows.cpp, markdown.cpp, glued.cpp, layout.cpp,
// pdftext.cpp).
void renderCellPerLine(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random);
void renderTabRows(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random);
void renderMarkdown(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random);
void renderGlued(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random);
void renderLayout(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random);
void renderPdfText(const ReportPlan& plan, ReportWriter& out, QRandomGenerator& random);

} // namespace nianbao::synth
