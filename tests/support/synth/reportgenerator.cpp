#include "synth/reportgenerator.h"

#include "synth/agencies.h"
#include "synth/bodyprofile.h"
#include "synth/cellset.h"
#include "synth/labelstyle.h"
#include "synth/prose.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/reportwriter.h"
#include "synth/shapetraits.h"
#include "synth/tableprinter.h"
#include "synth/valuegenerator.h"
#include "synth/valueprinter.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>

#include <array>

namespace nianbao::synth {

namespace {

QRandomGenerator seeded(quint64 seed)
{
    const std::array<quint32, 2> words = {quint32(seed & 0xFFFFFFFFu), quint32(seed >> 32)};
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}

/// Reports on years a format covers; a format open at the end covers a few years on.
int randomYear(QRandomGenerator& random, const ReportTemplate& format)
{
    const int first = format.firstYear.value_or(2019);
    return between(random, first, format.lastYear.value_or(first + 4));
}

std::optional<PartKind> partKind(const ReportTemplate& format, const SectionDef& section)
{
    if (section.kind == SectionKind::Table) {
        const TableDef* table = format.table(section.key);
        if (!table) {
            return std::nullopt;
        }
        switch (table->layout) {
        case TableLayout::Blocks:
            return PartKind::Items;
        case TableLayout::Rows:
            return PartKind::Rows;
        case TableLayout::Flattened:
            return PartKind::Flattened;
        }
        return std::nullopt;
    }
    if (section.key == QLatin1String("overview")) {
        return PartKind::Overview;
    }
    if (section.key == QLatin1String("problems")) {
        return PartKind::Problems;
    }
    return PartKind::OtherMatters;
}

NarrativeFacts factsOf(const TableValues& values, const QString& agency, int year)
{
    const auto value = [&](const char* key) {
        return int(values.values.value(QLatin1String(key)));
    };
    NarrativeFacts facts;
    facts.year = year;
    facts.agency = agency;
    facts.newRequests = value("t3.new.total");
    facts.carriedOver = value("t3.carried_over.total");
    facts.carriedForward = value("t3.carried_forward.total");
    facts.reviews = value("t4.review.total");
    facts.suits = value("t4.suit_direct.total") + value("t4.suit_after_review.total");
    for (const QString& key : values.keys) {
        if (key.startsWith(QLatin1String("t2.fees.")) && values.values.value(key) != 0.0) {
            facts.feesCollected = true;
        }
    }
    return facts;
}

/// `text` marked with QT_TRANSLATE_NOOP in this context, translated.
QString translated(const char* text)
{
    return QCoreApplication::translate("nianbao::synth::ReportGenerator", text);
}

} // namespace

QString shapeName(Shape shape)
{
    switch (shape) {
    case Shape::CellPerLine:
        return QStringLiteral("cell-per-line");
    case Shape::TabRows:
        return QStringLiteral("tab-rows");
    case Shape::Markdown:
        return QStringLiteral("markdown");
    case Shape::Glued:
        return QStringLiteral("glued");
    case Shape::Layout:
        return QStringLiteral("layout");
    case Shape::PdfText:
        return QStringLiteral("pdftotext");
    }
    return QString();
}

std::optional<Shape> shapeFromName(QStringView name)
{
    for (const Shape shape : allShapes()) {
        if (name == shapeName(shape)) {
            return shape;
        }
    }
    return std::nullopt;
}

QList<Shape> allShapes()
{
    return {Shape::CellPerLine, Shape::TabRows, Shape::Markdown,
            Shape::Glued,       Shape::Layout,  Shape::PdfText};
}

Difficulties Difficulties::all()
{
    return {true, true, true, true, true, true, true, true, true, true};
}

Difficulties Difficulties::random(QRandomGenerator& random)
{
    Difficulties d;
    for (bool* flag :
         {&d.aliases, &d.zeroMarks, &d.fullWidthDigits, &d.thousands, &d.notesInCells, &d.subtotals,
          &d.blanks, &d.table4OneLine, &d.labelNoise, &d.collapsedOther}) {
        *flag = chance(random, 0.5);
    }
    return d;
}

QString Difficulties::describe() const
{
    QStringList on;
    const std::array<std::pair<bool, const char*>, 10> flags = {{
        {aliases, "aliases"},
        {zeroMarks, "zero-marks"},
        {fullWidthDigits, "full-width"},
        {thousands, "thousands"},
        {notesInCells, "notes"},
        {subtotals, "subtotals"},
        {blanks, "blanks"},
        {table4OneLine, "table4-one-line"},
        {labelNoise, "label-noise"},
        {collapsedOther, "collapsed-other"},
    }};
    for (const auto& [enabled, name] : flags) {
        if (enabled) {
            on.append(QLatin1String(name));
        }
    }
    return on.isEmpty() ? QStringLiteral("none") : on.join(u',');
}

ReportGenerator::ReportGenerator(quint64 seed)
    : m_random(seeded(seed))
{}

TableValues ReportGenerator::consistentValues(const ReportTemplate& format, bool realistic,
                                              bool collapsedOther)
{
    const CellSet cells(format, collapsedOther);
    const BodyProfile profile = randomProfile(m_random, realistic);
    return ValueGenerator(format, cells, m_random).generate(profile);
}

PlannedReport planReport(const ReportTemplate& format, const TableValues& values,
                         const GeneratorOptions& options, const ShapeTraits& traits,
                         QRandomGenerator& random)
{
    const Difficulties& difficulties = options.difficulties;
    const CellSet cells(format, difficulties.collapsedOther);

    PlannedReport planned;
    ReportPlan& plan = planned.plan;
    plan.agency = options.agency.isEmpty() ? randomAgency(random) : options.agency;
    plan.year = options.year.value_or(randomYear(random, format));
    plan.title = reportTitle(plan.agency, plan.year);
    plan.preamble = options.preamble;
    plan.difficulties = difficulties;

    LabelStyle labels(random, difficulties.aliases);
    ValuePrinter printer(random, difficulties, traits);
    plan.tables =
        TablePrinter(format, cells, values, labels, printer, difficulties, traits, random).print();
    for (const SectionDef& section : format.sections) {
        if (const auto kind = partKind(format, section)) {
            plan.parts.append({*kind, labels.heading(section)});
        }
    }
    plan.narrative =
        options.independentNarrative
            ? writeIndependentNarrative(factsOf(values, plan.agency, plan.year), random)
            : writeNarrative(factsOf(values, plan.agency, plan.year), random);

    GeneratedReport& report = planned.expected;
    report.templateId = format.id;
    report.shape = options.shape;
    report.difficulties = difficulties;
    report.agency = plan.agency;
    report.year = plan.year;
    report.title = plan.title;
    for (const PlannedPart& part : plan.parts) {
        report.headings.append(part.heading);
    }
    report.keys = cells.keys();
    for (const QString& key : report.keys) {
        report.expected.insert(key, std::nullopt);
    }
    for (const PrintedCell* cell : plan.tables.allCells()) {
        if (cell->official) {
            report.expected.insert(cell->key, cell->value);
        } else if (cell->value && !cell->blank()) {
            report.extras.insert(cell->key, *cell->value);
        }
    }
    return planned;
}

GeneratedReport ReportGenerator::render(const ReportTemplate& format, const TableValues& values,
                                        const GeneratorOptions& options)
{
    PlannedReport planned = planReport(format, values, options, traitsOf(options.shape), m_random);
    const ReportPlan& plan = planned.plan;
    ReportWriter writer;
    switch (options.shape) {
    case Shape::CellPerLine:
        renderCellPerLine(plan, writer, m_random);
        break;
    case Shape::TabRows:
        renderTabRows(plan, writer, m_random);
        break;
    case Shape::Markdown:
        renderMarkdown(plan, writer, m_random);
        break;
    case Shape::Glued:
        renderGlued(plan, writer, m_random);
        break;
    case Shape::Layout:
        renderLayout(plan, writer, m_random);
        break;
    case Shape::PdfText:
        renderPdfText(plan, writer, m_random);
        break;
    }
    GeneratedReport report = std::move(planned.expected);
    writer.finishInto(report);
    return report;
}

GeneratedReport ReportGenerator::generate(const GeneratorOptions& options)
{
    auto report = tryGenerate(options);
    return report ? std::move(*report) : GeneratedReport{};
}

Result<GeneratedReport> ReportGenerator::tryGenerate(const GeneratorOptions& options)
{
    const TemplateRegistry& registry = TemplateRegistry::builtin();
    const ReportTemplate* format = registry.find(options.templateId);
    if (!format) {
        return fail(
            ErrorCode::InvalidArgument,
            translated(QT_TRANSLATE_NOOP("nianbao::synth::ReportGenerator",
                                         "unknown report format \"%1\" (known formats: %2)"))
                .arg(options.templateId, registry.ids().join(QStringLiteral(", "))));
    }
    int earliest = 9999;
    for (const auto& known : registry.templates()) {
        earliest = std::min(earliest, known->firstYear.value_or(earliest));
    }
    if (options.year && (*options.year < earliest || *options.year > 9999)) {
        return fail(
            ErrorCode::InvalidArgument,
            translated(QT_TRANSLATE_NOOP(
                           "nianbao::synth::ReportGenerator",
                           "no report format covers the year %1 (the earliest starts in %2)"))
                .arg(*options.year)
                .arg(earliest));
    }
    const CellSet cells(*format, options.difficulties.collapsedOther);
    const BodyProfile profile = randomProfile(m_random, options.realistic, options.busy);
    const TableValues values = ValueGenerator(*format, cells, m_random).generate(profile);
    return render(*format, values, options);
}

QList<GeneratedReport> ReportGenerator::series(const QString& agency, int firstYear, int years,
                                               const GeneratorOptions& options)
{
    const TemplateRegistry& registry = TemplateRegistry::builtin();
    GeneratorOptions yearOptions = options;
    yearOptions.agency = agency.isEmpty() ? randomAgency(m_random) : agency;
    const BodyProfile profile = randomProfile(m_random, options.realistic, options.busy);
    QList<GeneratedReport> reports;
    std::optional<TableValues> previous;
    for (int year = firstYear; year < firstYear + years; ++year) {
        const ReportTemplate* format = registry.forYear(year);
        if (!format) {
            continue;
        }
        const CellSet cells(*format, options.difficulties.collapsedOther);
        TableValues values = ValueGenerator(*format, cells, m_random)
                                 .generate(profile, previous ? &*previous : nullptr);
        yearOptions.templateId = format->id;
        yearOptions.year = year;
        reports.append(render(*format, values, yearOptions));
        previous = std::move(values);
    }
    return reports;
}

} // namespace nianbao::synth
