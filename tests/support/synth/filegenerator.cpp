#include "synth/filegenerator.h"

#include "synth/filewriters.h"
#include "synth/gridlayout.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"
#include "synth/shapetraits.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QFileInfo>

#include <cmath>

namespace nianbao::synth {

namespace {

struct ShapeInfo {
    FileShape shape;
    const char* name;
};

constexpr ShapeInfo kShapes[] = {
    {FileShape::WordHtml, "word-html"},         {FileShape::Docx, "docx"},
    {FileShape::OfficialDocx, "official-docx"}, {FileShape::MarkdownTables, "markdown-tables"},
    {FileShape::TabGrid, "tab-grid"},
};

/// What a structured file shows: every cell apart, so blanks, zero marks, thousands and notes
/// all stay readable.
ShapeTraits structuredTraits()
{
    return ShapeTraits{true, true, true, true, true};
}

/// Money printed in yuan in a 万元 column ("251000元"): the reader converts it and flags it.
void printSomeMoneyInYuan(const ReportTemplate& format, ReportPlan& plan, QStringList& uncertain,
                          QRandomGenerator& random)
{
    for (PrintedBlock& block : plan.tables.table2) {
        for (PrintedRow& row : block.rows) {
            for (PrintedCell& cell : row.cells) {
                const CellDef* def = format.cell(cell.key);
                if (!def || def->type != ValueType::Money || !cell.value || *cell.value == 0.0 ||
                    format.column(*def).unit != QStringLiteral("万元") || !chance(random, 0.5)) {
                    continue;
                }
                const double yuan = std::round(*cell.value * 10000.0 * 100.0) / 100.0;
                cell.text = QString::number(yuan, 'f', yuan == std::floor(yuan) ? 0 : 2) +
                            QStringLiteral("元");
                uncertain.append(cell.key);
            }
        }
    }
}

/// A 法人或其他组织 subtotal column under generic headers (数据1…) is placed by its sums only;
/// where the figures do not tell (zeros, blanks), which cell is which column is undecidable:
/// the reader may flag table 3's cells, or read their values from a neighbouring cell.
void markUnplaceableCells(const ReportPlan& plan, QStringList& uncertain)
{
    const PrintedBlock& table3 = plan.tables.table3;
    const bool extraColumn =
        std::any_of(table3.rows.begin(), table3.rows.end(), [](const PrintedRow& row) {
            return !row.subtotal && std::any_of(row.cells.begin(), row.cells.end(),
                                                [](const PrintedCell& c) { return !c.official; });
        });
    if (!extraColumn) {
        return;
    }
    for (const PrintedRow& row : table3.rows) {
        for (const PrintedCell& cell : row.cells) {
            if (cell.official) {
                uncertain.append(cell.key);
            }
        }
    }
}

} // namespace

QString fileShapeName(FileShape shape)
{
    for (const ShapeInfo& info : kShapes) {
        if (info.shape == shape) {
            return QLatin1String(info.name);
        }
    }
    return QString();
}

std::optional<FileShape> fileShapeFromName(QStringView name)
{
    for (const ShapeInfo& info : kShapes) {
        if (name == QLatin1String(info.name)) {
            return info.shape;
        }
    }
    return std::nullopt;
}

QList<FileShape> allFileShapes()
{
    QList<FileShape> shapes;
    for (const ShapeInfo& info : kShapes) {
        shapes.append(info.shape);
    }
    return shapes;
}

FileGenerator::FileGenerator(quint64 seed, QString officialFormPath)
    : m_generator(seed)
    , m_officialFormPath(std::move(officialFormPath))
{}

GeneratedFile FileGenerator::generate(FileShape shape, const GeneratorOptions& requested)
{
    QRandomGenerator& random = m_generator.random();
    GeneratorOptions options = requested;
    const bool formAvailable =
        !m_officialFormPath.isEmpty() && QFileInfo::exists(m_officialFormPath);
    if (shape == FileShape::OfficialDocx) {
        // The official form is the 2021 format with its own labels and no extra rows or
        // columns.
        options.templateId = QStringLiteral("2021");
        options.difficulties.collapsedOther = false;
        options.difficulties.subtotals = false;
        options.difficulties.aliases = false;
    }
    // OCR noise and one-line tables belong to the text shapes.
    options.difficulties.labelNoise = false;
    options.difficulties.table4OneLine = false;

    const ReportTemplate* format = TemplateRegistry::builtin().find(options.templateId);
    if (!format) {
        return {};
    }
    const TableValues values = m_generator.consistentValues(*format, options.realistic,
                                                            options.difficulties.collapsedOther);
    PlannedReport planned = planReport(*format, values, options, structuredTraits(), random);
    ReportPlan& plan = planned.plan;
    GeneratedFile file;
    file.shape = shape;
    GeneratedReport& report = file.report;
    report = std::move(planned.expected);
    if (options.difficulties.notesInCells) {
        printSomeMoneyInYuan(*format, plan, report.uncertain, random);
    }
    for (const PrintedCell* cell : plan.tables.allCells()) {
        if (cell->official || (cell->value && !cell->blank())) {
            report.printed.insert(cell->key, cell->text);
        }
    }

    TableHabits habits = TableHabits::random(random);
    if (shape == FileShape::MarkdownTables || shape == FileShape::TabGrid) {
        habits.irregularSpans = false; // a converter writes a merged figure as a figure cell
    }
    if (habits.genericHeaders) {
        markUnplaceableCells(plan, report.uncertain);
    }
    const QList<LaidBlock> blocks = layOutReport(plan, habits);
    switch (shape) {
    case FileShape::WordHtml:
        file.fileName = QStringLiteral("report.html");
        file.bytes = wordHtmlPage(plan.title, blocks, random);
        break;
    case FileShape::OfficialDocx:
        if (formAvailable) {
            if (auto bytes = docxFromOfficialForm(m_officialFormPath, plan)) {
                file.fileName = QStringLiteral("report.docx");
                file.bytes = *bytes;
                file.fromOfficialForm = true;
                break;
            }
        }
        [[fallthrough]];
    case FileShape::Docx:
        file.fileName = QStringLiteral("report.docx");
        file.bytes = docxFromBlocks(blocks, random);
        break;
    case FileShape::MarkdownTables:
        file.fileName = QStringLiteral("report.md");
        report.text = markdownReport(blocks, random);
        file.bytes = report.text.toUtf8();
        break;
    case FileShape::TabGrid:
        file.fileName = QStringLiteral("report.txt");
        report.text = tabGridReport(blocks, random);
        file.bytes = report.text.toUtf8();
        break;
    }
    return file;
}

} // namespace nianbao::synth
