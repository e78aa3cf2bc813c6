// Prints the extraction time per report for the structured shapes (Word-pasted HTML, .docx
// from scratch and on the official form, Markdown pipe tables, tab grids): the median over
// many generated files of each shape, reading (the document reader: HTML parsing, ZIP and XML,
// finding text tables) and extracting (the grid reader and the rest) timed apart. Targets:
// extraction of the text shapes (Markdown, tab grids) 1 ms or less per report on one core.

#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "synth/filegenerator.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nianbao;

namespace {

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double milliseconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString real = test::sharedRealDir();
    const QString form =
        real.isEmpty() ? QString() : real + QStringLiteral("/blank-2021-template.docx");
    constexpr int kFiles = 60;
    constexpr int kRuns = 5;
    std::printf("structured shapes: median over %d generated files (each the best of %d runs)\n",
                kFiles, kRuns);
    synth::FileGenerator generator(20261207, form);
    for (const synth::FileShape shape : synth::allFileShapes()) {
        std::vector<double> reading;
        std::vector<double> extracting;
        for (int i = 0; i < kFiles; ++i) {
            synth::GeneratorOptions options;
            options.templateId = i % 3 == 2 ? QStringLiteral("2019") : QStringLiteral("2021");
            options.difficulties = synth::Difficulties::random(generator.random());
            const synth::GeneratedFile file = generator.generate(shape, options);
            double bestRead = 1e9;
            double bestExtract = 1e9;
            for (int run = 0; run < kRuns; ++run) {
                QElapsedTimer timer;
                timer.start();
                const auto document = readDocument(file.bytes, file.fileName);
                bestRead = std::min(bestRead, milliseconds(timer));
                if (!document) {
                    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(file.fileName),
                                 qUtf8Printable(document.error().message));
                    return 1;
                }
                timer.restart();
                const auto report = extractReport(*document);
                bestExtract = std::min(bestExtract, milliseconds(timer));
                if (!report) {
                    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(file.fileName),
                                 qUtf8Printable(report.error().message));
                    return 1;
                }
            }
            reading.push_back(bestRead);
            extracting.push_back(bestExtract);
        }
        const bool textShape =
            shape == synth::FileShape::MarkdownTables || shape == synth::FileShape::TabGrid;
        std::printf("  %-16s read %.3f ms, extract %.3f ms a report%s\n",
                    qUtf8Printable(synth::fileShapeName(shape)), median(reading),
                    median(extracting), textShape ? " (target: extract 1 ms or less)" : "");
    }
    return 0;
}
