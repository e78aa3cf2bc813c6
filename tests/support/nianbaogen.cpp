// nianbao-gen: writes generated reports as UTF-8 text files (or, in the structured shapes, as
// web pages, Word files and Markdown), for running the extractor over many more reports than
// the tests do, for benchmarks, and for the bundled sample set.

#include "synth/filegenerator.h"
#include "synth/reportgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace nianbao;
using namespace nianbao::synth;

namespace {

/// `text` marked with QT_TRANSLATE_NOOP in this context, translated.
QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::GeneratorTool", text);
}

void complain(const QString& message)
{
    std::fprintf(stderr, "nianbao-gen: %s\n", qUtf8Printable(message));
}

bool save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        complain(tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "cannot write %1: %2"))
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

/// What a perfect extractor returns for a report, beside it: cells, printed forms and spans
/// (code points), the cells that may be flagged instead, and the non-official figures.
QByteArray expectationJson(const GeneratedReport& report, const QString& shape)
{
    QJsonObject cells;
    QJsonObject printed;
    QJsonObject spans;
    const auto describe = [&](const QString& key) {
        printed.insert(key, report.printed.value(key));
        if (report.spans.contains(key)) {
            const Span span = report.spans.value(key);
            spans.insert(key, QJsonArray{span.start, span.end});
        }
    };
    for (const QString& key : report.keys) {
        const auto value = report.expected.value(key);
        cells.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
        describe(key);
    }
    QJsonObject extras;
    for (auto it = report.extras.constBegin(); it != report.extras.constEnd(); ++it) {
        extras.insert(it.key(), it.value());
        describe(it.key());
    }
    QJsonObject root{
        {QStringLiteral("template"), report.templateId},
        {QStringLiteral("shape"), shape},
        {QStringLiteral("difficulties"), report.difficulties.describe()},
        {QStringLiteral("agency"), report.agency},
        {QStringLiteral("year"), report.year},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("printed"), printed},
        {QStringLiteral("spans"), spans},
        {QStringLiteral("uncertain"), QJsonArray::fromStringList(report.uncertain)},
        {QStringLiteral("extras"), extras},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

/// The bundled samples: clearly fictional bodies over several years, both formats as the
/// years dictate, realistic non-zero figures that carry over from year to year.
bool writeSamples(quint64 seed, const QDir& out)
{
    struct Body {
        const char16_t* agency;
        int firstYear;
        Shape shape;
    };
    const Body bodies[] = {
        {u"示例县生成数据局（虚构）", 2019, Shape::TabRows},
        {u"样例市虚构自然资源和规划局（生成数据）", 2020, Shape::CellPerLine},
        {u"演示区生成数据街道办事处（虚构）", 2019, Shape::CellPerLine},
        {u"示例省虚构市场监督管理局（生成数据）", 2020, Shape::TabRows},
        {u"样例市虚构经济开发区管理委员会（生成数据）", 2020, Shape::TabRows},
    };
    const int years = 5;
    bool ok = true;
    int index = 0;
    for (const Body& body : bodies) {
        ++index;
        ReportGenerator generator(seed + quint64(index));
        GeneratorOptions options;
        options.shape = body.shape;
        options.realistic = true;
        options.busy = true;
        options.preamble = QStringLiteral("【Nianbao 生成的示例报告，数据为虚构】");
        const auto reports =
            generator.series(QString::fromUtf16(body.agency), body.firstYear, years, options);
        for (const GeneratedReport& report : reports) {
            const QString name = QStringLiteral("sample-%1-%2.txt").arg(index).arg(report.year);
            ok = save(out.filePath(name), report.text.toUtf8()) && ok;
        }
    }
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao-gen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP(
        "nianbao::GeneratorTool",
        "Writes generated annual reports (random, consistent figures) as UTF-8 text files.")));
    parser.addHelpOption();
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "First seed (default 1).")),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "N")), QStringLiteral("1"));
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "Number of reports (default 10).")),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "K")), QStringLiteral("10"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "Output folder (created).")),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "DIR")));
    const QCommandLineOption shapeOption(
        QStringLiteral("shape"),
        tr(QT_TRANSLATE_NOOP(
            "nianbao::GeneratorTool",
            "cell-per-line, tab-rows, markdown, glued or layout (default: every shape in turn); "
            "or a structured file: word-html, docx, official-docx, markdown-tables or tab-grid.")),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "S")));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool",
                             "Report format, 2021 or 2019 (default: either).")),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "T")));
    const QCommandLineOption difficultiesOption(
        QStringLiteral("difficulties"),
        tr(QT_TRANSLATE_NOOP(
            "nianbao::GeneratorTool",
            "all, none or random (default random: each difficulty on for half the reports).")),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "D")), QStringLiteral("random"));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool",
                             "Write the bundled sample set instead (see resources/samples).")));
    const QCommandLineOption expectedOption(
        QStringLiteral("expected"),
        tr(QT_TRANSLATE_NOOP(
            "nianbao::GeneratorTool",
            "Also write NAME.expected.json: the cells a perfect extractor returns.")));
    const QCommandLineOption formOption(
        QStringLiteral("form"),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool",
                             "The official blank 2021 form (.docx) that official-docx fills in "
                             "(without it, official-docx writes a Word file from scratch).")),
        tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "FILE")));
    parser.addOptions({seedOption, countOption, outOption, shapeOption, templateOption,
                       difficultiesOption, samplesOption, expectedOption, formOption});
    parser.process(app);

    bool seedOk = false;
    bool countOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    const int count = parser.value(countOption).toInt(&countOk);
    if (!seedOk) {
        complain(tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool",
                                      "--seed wants a non-negative integer, not \"%1\""))
                     .arg(parser.value(seedOption)));
        return 2;
    }
    if (!countOk || count < 0) {
        complain(tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool",
                                      "--count wants a non-negative integer, not \"%1\""))
                     .arg(parser.value(countOption)));
        return 2;
    }
    if (!parser.isSet(outOption)) {
        complain(tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "--out DIR is required")));
        return 2;
    }
    std::optional<Shape> shape;
    std::optional<FileShape> fileShape;
    if (parser.isSet(shapeOption)) {
        shape = shapeFromName(parser.value(shapeOption));
        fileShape = fileShapeFromName(parser.value(shapeOption));
        if (!shape && !fileShape) {
            complain(tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "unknown shape \"%1\""))
                         .arg(parser.value(shapeOption)));
            return 2;
        }
    }
    const QString difficulties = parser.value(difficultiesOption);
    if (difficulties != QLatin1String("all") && difficulties != QLatin1String("none") &&
        difficulties != QLatin1String("random")) {
        complain(tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool",
                                      "--difficulties wants all, none or random, not \"%1\""))
                     .arg(difficulties));
        return 2;
    }
    const QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral("."))) {
        complain(tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "cannot create the folder %1"))
                     .arg(QDir::toNativeSeparators(out.path())));
        return 1;
    }
    if (parser.isSet(samplesOption)) {
        return writeSamples(seed, out) ? 0 : 1;
    }

    bool ok = true;
    for (int i = 0; i < count; ++i) {
        const quint64 reportSeed = seed + quint64(i);
        ReportGenerator generator(reportSeed);
        GeneratorOptions options;
        options.shape = shape.value_or(allShapes().at(i % allShapes().size()));
        options.templateId = parser.isSet(templateOption)
                                 ? parser.value(templateOption)
                                 : (generator.random().bounded(2) == 0 ? QStringLiteral("2021")
                                                                       : QStringLiteral("2019"));
        if (difficulties == QLatin1String("all")) {
            options.difficulties = Difficulties::all();
        } else if (difficulties == QLatin1String("random")) {
            options.difficulties = Difficulties::random(generator.random());
        }
        if (fileShape) {
            // The structured shapes: a file of the shape's own kind.
            FileGenerator files(reportSeed, parser.value(formOption));
            const GeneratedFile file = files.generate(*fileShape, options);
            if (file.bytes.isEmpty()) {
                complain(
                    tr(QT_TRANSLATE_NOOP("nianbao::GeneratorTool", "unknown report format \"%1\""))
                        .arg(options.templateId));
                return 2;
            }
            const QString name = QStringLiteral("%1-%2-%3")
                                     .arg(reportSeed)
                                     .arg(fileShapeName(*fileShape), file.report.templateId);
            const QString extension = file.fileName.mid(file.fileName.lastIndexOf(u'.'));
            ok = save(out.filePath(name + extension), file.bytes) && ok;
            if (parser.isSet(expectedOption)) {
                ok = save(out.filePath(name + QStringLiteral(".expected.json")),
                          expectationJson(file.report, fileShapeName(*fileShape))) &&
                     ok;
            }
            continue;
        }
        auto report = generator.tryGenerate(options);
        if (!report) {
            complain(report.error().message);
            return 2;
        }
        const QString name = QStringLiteral("%1-%2-%3")
                                 .arg(reportSeed)
                                 .arg(shapeName(options.shape), options.templateId);
        ok = save(out.filePath(name + QStringLiteral(".txt")), report->text.toUtf8()) && ok;
        if (parser.isSet(expectedOption)) {
            ok = save(out.filePath(name + QStringLiteral(".expected.json")),
                      expectationJson(*report, shapeName(report->shape))) &&
                 ok;
        }
    }
    return ok ? 0 : 1;
}
