#include "synthpdf/pdfgenerator.h"

#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/shapetraits.h"
#include "synthpdf/pageflow.h"
#include "synthpdf/pagemodel.h"
#include "synthpdf/scanimage.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace nianbao::synth {

namespace {

/// What a PDF of each shape shows recoverably: every blank keeps its place in a drawn or an
/// aligned grid; a scan's cells are read one by one with digits only, so no notes there.
ShapeTraits pdfTraits(PdfShape shape)
{
    return shape == PdfShape::Scan ? ShapeTraits{true, true, true, true, false}
                                   : ShapeTraits{true, true, true, true, true};
}

Difficulties pdfDifficulties(QRandomGenerator& random, PdfShape shape)
{
    Difficulties difficulties;
    difficulties.aliases = chance(random, 0.5);
    difficulties.zeroMarks = chance(random, 0.5);
    difficulties.fullWidthDigits = shape != PdfShape::Scan && chance(random, 0.2);
    difficulties.thousands = chance(random, 0.3);
    difficulties.notesInCells = shape != PdfShape::Scan && chance(random, 0.3);
    difficulties.blanks = chance(random, 0.4);
    difficulties.collapsedOther = chance(random, 0.2);
    return difficulties;
}

void paintPage(QPainter& painter, const LaidOutPages& pages, int page)
{
    const PageOps& ops = pages.pages[static_cast<size_t>(page)];
    painter.setPen(Qt::NoPen);
    painter.setBrush(ops.fillColour);
    for (const QRectF& fill : ops.fills) {
        painter.drawRect(fill);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 0.6));
    for (const QLineF& rule : ops.rules) {
        painter.drawLine(rule);
    }
    for (const TextOp& text : ops.texts) {
        QFont font(pages.font);
        font.setPointSizeF(text.size);
        font.setBold(text.bold);
        painter.setFont(font);
        painter.drawText(text.baseline, text.text);
    }
}

QByteArray textPdf(const LaidOutPages& pages, const QString& title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(72); // painter units are points
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("WPS 文字"));
    QPainter painter(&writer);
    for (int page = 0; page < static_cast<int>(pages.pages.size()); ++page) {
        if (page > 0) {
            writer.newPage();
        }
        paintPage(painter, pages, page);
    }
    painter.end();
    return buffer.data();
}

QByteArray scanPdf(const LaidOutPages& pages, const PdfStyle& style, QRandomGenerator& random)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(72);
    QPainter painter(&writer);
    const double scale = style.scanDpi / 72.0;
    for (int page = 0; page < static_cast<int>(pages.pages.size()); ++page) {
        if (page > 0) {
            writer.newPage();
        }
        QImage image((pages.pageSize * scale).toSize(), QImage::Format_RGB32);
        // 72 dots per inch before scaling: fonts come out the size they have on the page.
        constexpr double pointsPerMetre = 72.0 / 0.0254;
        image.setDotsPerMeterX(qRound(pointsPerMetre));
        image.setDotsPerMeterY(qRound(pointsPerMetre));
        image.fill(Qt::white);
        {
            QPainter scanner(&image);
            scanner.setRenderHint(QPainter::Antialiasing);
            scanner.setRenderHint(QPainter::TextAntialiasing);
            scanner.scale(scale, scale);
            paintPage(scanner, pages, page);
        }
        // Each page goes through the scanner on its own: its own skew.
        ScanDamage damage{style.skewDegrees + uniform(random, -0.3, 0.3), style.blurRadius,
                          style.speckles, style.paperGrey};
        damage.skewDegrees = std::clamp(damage.skewDegrees, -2.0, 2.0);
        const QImage scan = scanned(image, style.scanDpi, damage, random);
        painter.drawImage(QRectF(QPointF(0, 0), pages.pageSize), scan);
    }
    painter.end();
    return buffer.data();
}

/// Misprints a numbered row label of table 3 with a few characters left out of its middle,
/// as published reports do ("2.其他法律行政止公开"): its number and its place between the
/// rows around it still say which row it is. Returns the label as printed, or nothing.
QString misprintLabel(PrintedTables& tables, QRandomGenerator& random)
{
    QList<PrintedRow*> numbered;
    for (PrintedRow& row : tables.table3.rows) {
        if (!row.number.isEmpty() && !row.subtotal && row.text.size() >= 8) {
            numbered.append(&row);
        }
    }
    if (numbered.isEmpty()) {
        return {};
    }
    PrintedRow& row = *numbered.at(random.bounded(static_cast<int>(numbered.size())));
    // Within what a label of that length may lose and still be found (a quarter of it).
    const int dropped = std::clamp(static_cast<int>(row.text.size()) / 5, 1, 3);
    const int from = 2 + random.bounded(static_cast<int>(row.text.size()) - 4 - dropped + 1);
    row.text.remove(from, dropped);
    return row.label();
}

} // namespace

QString GeneratedPdf::describe() const
{
    return QStringLiteral("%1, format %2, %3 pages, difficulties %4; %5%6")
        .arg(pdfShapeName(shape), report.templateId)
        .arg(pageCount)
        .arg(report.difficulties.describe(), style.describe(),
             misprintedLabel.isEmpty() ? QString()
                                       : QStringLiteral("; misprinted label ") + misprintedLabel);
}

PdfReportGenerator::PdfReportGenerator(quint64 seed)
    : m_reports(seed)
{}

GeneratedPdf PdfReportGenerator::generate(PdfShape shape)
{
    QRandomGenerator& random = m_reports.random();
    GeneratorOptions options;
    options.templateId = chance(random, 0.75) ? QStringLiteral("2021") : QStringLiteral("2019");
    options.difficulties = pdfDifficulties(random, shape);
    const PdfStyle style = PdfStyle::random(random, shape);
    return generate(shape, options, style);
}

GeneratedPdf PdfReportGenerator::generate(PdfShape shape, const GeneratorOptions& options,
                                          const PdfStyle& style)
{
    const ReportTemplate* format = TemplateRegistry::builtin().find(options.templateId);
    if (!format) {
        return {};
    }
    QRandomGenerator& random = m_reports.random();
    const TableValues values =
        m_reports.consistentValues(*format, options.realistic, options.difficulties.collapsedOther);
    GeneratorOptions laidOut = options;
    laidOut.shape = Shape::Layout;
    PlannedReport planned = planReport(*format, values, laidOut, pdfTraits(shape), random);
    ReportPlan& plan = planned.plan;
    const QString misprinted = chance(random, 0.3) ? misprintLabel(plan.tables, random) : QString();
    const LaidOutPages pages =
        layOutPages(reportBlocks(plan, style, random), style, plan.title, plan.agency);

    GeneratedPdf generated;
    generated.shape = shape;
    generated.style = style;
    generated.report = std::move(planned.expected);
    generated.misprintedLabel = misprinted;
    generated.pageCount = static_cast<int>(pages.pages.size());
    generated.bytes =
        shape == PdfShape::Scan ? scanPdf(pages, style, random) : textPdf(pages, plan.title);
    return generated;
}

} // namespace nianbao::synth
