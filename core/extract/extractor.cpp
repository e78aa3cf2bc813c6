#include "extract/extractor.h"

#include "extract/extractionfindings.h"
#include "extract/formatdetector.h"
#include "extract/formatlabels.h"
#include "extract/gridreader.h"
#include "extract/metadata.h"
#include "extract/reportevidence.h"
#include "extract/rowsettling.h"
#include "extract/rowwriter.h"
#include "extract/sections.h"
#include "extract/sourceconfidence.h"
#include "extract/tablereading.h"
#include "templates/templateregistry.h"
#include "text/normalizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace nianbao {

namespace {

using extract::CellDraft;
using extract::TableReading;

/// Maps offsets of the normalised text back to code points of the document.
class SpanMapper {
public:
    SpanMapper(const NormalizedText& normalized, const Document& document)
        : m_normalized(normalized)
        , m_document(document)
    {}

    std::optional<Span> span(qsizetype start, qsizetype end) const
    {
        if (start < 0 || end <= start) {
            return std::nullopt;
        }
        const auto [from, to] = m_normalized.sourceRange(start, end);
        return Span{m_document.codePointAt(from), m_document.codePointAt(to)};
    }

private:
    const NormalizedText& m_normalized;
    const Document& m_document;
};

/// How sure the document makes the cells read from it: OCR'd cells as sure as the OCR was
/// of them (with the readings it weighed), everything else of OCR'd or damaged text less
/// sure by `qualityFactor`.
struct Certainty {
    const extract::SourceConfidence& sources;
    double qualityFactor = 1.0;
    bool factorApplied = false;       ///< some figure's confidence was lowered wholesale
    std::vector<Finding> ocrFindings; ///< a finding per figure OCR was not sure of
};

Cell toCell(const CellDraft& draft, const SpanMapper& mapper, const Document& document,
            Certainty& certainty)
{
    Cell cell;
    cell.key = draft.key;
    cell.value = draft.value;
    cell.span = mapper.span(draft.start, draft.end);
    // The raw text is what the user sees: the original, not its normalised form.
    cell.raw = draft.raw.isEmpty() || !cell.span ? QString() : document.textOf(*cell.span);
    const SourceCell* read = cell.span ? certainty.sources.ocrCell(*cell.span) : nullptr;
    if (!read) {
        cell.confidence = std::clamp(draft.confidence * certainty.qualityFactor, 0.0, 1.0);
        certainty.factorApplied =
            certainty.factorApplied || (cell.value && certainty.qualityFactor < 1.0);
        cell.candidates = draft.candidates;
        return cell;
    }
    cell.confidence = std::clamp(std::min(draft.confidence, read->confidence), 0.0, 1.0);
    if (read->confidence < extract::kLowConfidence && cell.value) {
        cell.candidates = read->alternatives;
        certainty.ocrFindings.push_back(extract::findings::ocrUncertain(cell.raw, cell.key));
    } else {
        cell.candidates = draft.candidates;
    }
    return cell;
}

/// The narrative parts (一、总体情况, 五、…, 六、…) as printed.
std::vector<NarrativePart> readNarrative(const QString& text, const ReportTemplate& format,
                                         const std::vector<extract::FoundSection>& sections,
                                         const SpanMapper& mapper, const Document& document)
{
    std::vector<NarrativePart> parts;
    for (const SectionDef& section : format.sections) {
        if (section.kind != SectionKind::Narrative) {
            continue;
        }
        const auto part = extract::partRegion(sections, format, section.key, text.size());
        if (!part.headingFound) {
            continue;
        }
        NarrativePart narrative;
        narrative.key = section.key;
        if (const auto heading = mapper.span(part.headingStart, part.start)) {
            narrative.heading = document.textOf(*heading).trimmed();
        }
        qsizetype bodyStart = part.start;
        qsizetype bodyEnd = part.end;
        while (bodyStart < bodyEnd && text.at(bodyStart).isSpace()) {
            ++bodyStart;
        }
        while (bodyEnd > bodyStart && text.at(bodyEnd - 1).isSpace()) {
            --bodyEnd;
        }
        if (const auto body = mapper.span(bodyStart, bodyEnd)) {
            narrative.span = *body;
            narrative.text = document.textOf(*body);
        }
        parts.push_back(narrative);
    }
    return parts;
}

/// Title, agency and year as the report prints them (full-width brackets and all), not their
/// normalised form.
ReportMeta mappedMeta(const extract::MetaDraft& meta, const SpanMapper& mapper,
                      const Document& document)
{
    ReportMeta out;
    if (const auto span = mapper.span(meta.titleStart, meta.titleEnd)) {
        out.title = document.textOf(*span).remove(QLatin1Char('\n')).trimmed();
        out.titleSpan = span;
    }
    if (const auto span = mapper.span(meta.agencyStart, meta.agencyEnd)) {
        out.agency = document.textOf(*span).trimmed();
        out.agencySpan = span;
    }
    out.year = meta.year;
    out.yearSpan = mapper.span(meta.yearStart, meta.yearEnd);
    return out;
}

/// Settles the rows whose figures admit several readings, and the tables whose labels are
/// printed apart from their figures, with all the report's evidence.
void settleWithEvidence(const QString& text, std::vector<TableReading>& readings,
                        const ReportTemplate& format, const TemplateRegistry& registry,
                        const Report& report, const ExtractionOptions& options)
{
    std::vector<TableReading*> tables;
    for (TableReading& reading : readings) {
        tables.push_back(&reading);
    }
    // The evidence is gathered only where some figures need it: most reports read plainly.
    std::vector<extract::Evidence> evidence;
    if (extract::anyAmbiguousRow(tables)) {
        std::optional<Report> previous;
        if (options.previousYear && report.meta.year && !report.meta.agency.isEmpty()) {
            previous = options.previousYear(report.meta.agency, *report.meta.year);
        }
        const extract::EvidenceContext context{format, registry, report.narrative, report.meta.year,
                                               previous ? &*previous : nullptr};
        evidence = extract::gatherEvidence(context);
    }
    extract::adoptRowOrder(text, format, tables, evidence);
    extract::settleRows(text, tables, evidence);
}

} // namespace

Result<Report> extractReport(const Document& document, const ExtractionOptions& options)
{
    const TemplateRegistry& registry =
        options.templates ? *options.templates : TemplateRegistry::builtin();
    if (registry.templates().empty()) {
        return fail(
            ErrorCode::Corrupt,
            QCoreApplication::translate("nianbao::Extractor", "no report formats are installed"));
    }
    const NormalizedText normalized(document.text);
    const QString& text = normalized.text();
    const SpanMapper mapper(normalized, document);

    // The part headings are the same in every format: find them with the first one, tell
    // the format from table 2, then read everything with the format found.
    const ReportTemplate& probe = *registry.templates().front();
    const auto probeLabels = extract::formatLabels(probe, registry);
    std::vector<extract::FoundSection> sections =
        extract::findSections(text, probeLabels->sections);
    const auto table2 = extract::partRegion(sections, probe, QStringLiteral("t2"), text.size());
    const auto table3 = extract::partRegion(sections, probe, QStringLiteral("t3"), text.size());
    const qsizetype firstHeading = sections.empty() ? -1 : sections.front().start;
    const extract::MetaDraft meta = extract::readMetadata(text, firstHeading);

    Report report;
    report.file = document.fileName;
    report.format = document.format;
    report.encoding = document.encoding;

    extract::FormatChoice choice = extract::detectFormat(
        text, table2.start, table2.headingFound ? table2.end : table3.end, registry);
    std::vector<Finding> formatFindings;
    if (choice.evidence == 0) {
        const ReportTemplate* byYear = meta.year ? registry.forYear(*meta.year) : nullptr;
        if (byYear) {
            choice.format = byYear;
            formatFindings.push_back(extract::findings::formatFromYear(byYear->id, *meta.year));
        } else {
            formatFindings.push_back(extract::findings::formatUnknown(choice.format->id));
        }
    }
    const ReportTemplate& format = *choice.format;
    const auto labels = extract::formatLabels(format, registry);
    if (&format != &probe && !extract::sameLabels(labels->sections, probeLabels->sections)) {
        sections = extract::findSections(text, labels->sections);
    }
    // The title, year and narrative first: they are evidence for the tables' figures.
    report.meta = mappedMeta(meta, mapper, document);
    report.narrative = readNarrative(text, format, sections, mapper, document);

    // Tables whose source keeps their cells apart are read by position; the others, and any
    // table the grids do not hold, from the text.
    const extract::GridReader grids(document, normalized);
    bool anyTable = false;
    const extract::SourceConfidence sources(document);
    Certainty certainty{sources, document.lowQualityText ? 0.7 : 1.0, false, {}};
    std::vector<TableReading> readings;
    for (int t = 0; t < format.tables.size(); ++t) {
        const TableDef& table = format.tables.at(t);
        const auto part = extract::partRegion(sections, format, table.key, text.size());
        const extract::TextRegion region{part.start, part.end};
        const auto fromText = [&] {
            return table.layout == TableLayout::Flattened
                       ? extract::readFlattenedTable(text, format, table, region)
                       : extract::readLabelledTable(text, format, table, labels->tables.at(t),
                                                    region);
        };
        TableReading reading;
        if (!grids.isEmpty()) {
            reading = grids.read(format, table, labels->tables.at(t), region, part.headingFound,
                                 fromText);
        }
        if (!reading.found) {
            reading = fromText();
        }
        anyTable = anyTable || reading.found;
        readings.push_back(std::move(reading));
    }
    if (!anyTable) {
        return fail(
            ErrorCode::NoTables,
            QCoreApplication::translate(
                "nianbao::Extractor",
                "no statistical tables found: none of tables 2, 3 and 4 of an annual report "
                "is in the text"));
    }
    settleWithEvidence(text, readings, format, registry, report, options);

    for (int t = 0; t < format.tables.size(); ++t) {
        const TableDef& table = format.tables.at(t);
        TableReading& reading = readings[static_cast<std::size_t>(t)];
        if (!reading.found) {
            QStringList keys;
            for (const CellDef& cell : format.cells()) {
                if (!cell.alternative && format.tables.at(cell.table).key == table.key) {
                    keys.append(cell.key);
                    report.cells.push_back(
                        Cell{cell.key, std::nullopt, QString(), std::nullopt, 0.0, {}});
                }
            }
            report.findings.push_back(
                extract::findings::tableMissing(table.key, table.title, keys));
            continue;
        }
        extract::writeRows(text, reading);
        for (const CellDraft& draft : reading.cells) {
            report.cells.push_back(toCell(draft, mapper, document, certainty));
        }
        for (const CellDraft& draft : reading.extras) {
            report.extras.push_back(toCell(draft, mapper, document, certainty));
        }
        for (const extract::LabelDraft& label : reading.labels) {
            const auto span = mapper.span(label.start, label.end);
            report.labels.push_back(LabelMatch{label.key, label.alias,
                                               span ? document.textOf(*span) : QString(),
                                               span.value_or(Span{}), label.distance});
        }
        report.findings.insert(report.findings.end(), reading.findings.begin(),
                               reading.findings.end());
    }
    // Tables with every cell blank are a blank form (the official template as published),
    // not a report: storing it would put an empty report among the real ones.
    const auto hasFigure = [](const Cell& cell) { return cell.value.has_value(); };
    if (std::ranges::none_of(report.cells, hasFigure) &&
        std::ranges::none_of(report.extras, hasFigure)) {
        return fail(ErrorCode::NoTables,
                    QCoreApplication::translate(
                        "nianbao::Extractor",
                        "no figures: the statistical tables are there but every cell is blank "
                        "(a blank form, not a filled-in report)"));
    }
    report.templateId = format.id;
    report.findings.insert(report.findings.begin(), formatFindings.begin(), formatFindings.end());
    if (certainty.factorApplied) {
        report.findings.insert(report.findings.begin(), extract::findings::lowQualityText());
    }
    report.findings.insert(report.findings.end(), certainty.ocrFindings.begin(),
                           certainty.ocrFindings.end());
    if (document.truncated) {
        report.findings.insert(report.findings.begin(), extract::findings::truncatedFile());
    }
    return report;
}

} // namespace nianbao
