// Prints the median extraction time per report: the five seeds and generated reports of both
// formats in every shape. Target: 0.5 ms or less per report on one core.

#include "extract/extractor.h"
#include "synth/reportgenerator.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nianbao;

namespace {

double medianMilliseconds(const Document& document, int runs)
{
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(runs));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto report = extractReport(document);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!report) {
            std::fprintf(stderr, "%s: %s\n", qUtf8Printable(document.fileName),
                         qUtf8Printable(report.error().message));
            return -1;
        }
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

Document textDocument(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qUtf8Printable(path));
    }
    Document document;
    document.fileName = QFileInfo(path).fileName();
    document.format = QStringLiteral("text");
    document.encoding = QStringLiteral("UTF-8");
    document.text = QString::fromUtf8(file.readAll());
    return document;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kRuns = 300;
    std::vector<double> seedMedians;
    std::printf("extraction, median of %d runs per report\n", kRuns);
    for (const QString& seed : test::seedFiles()) {
        const double median = medianMilliseconds(textDocument(seed), kRuns);
        seedMedians.push_back(median);
        std::printf("  seed %-28s %.3f ms\n", qUtf8Printable(QFileInfo(seed).fileName()), median);
    }
    std::sort(seedMedians.begin(), seedMedians.end());
    std::printf("seeds: median %.3f ms, worst %.3f ms (target 0.5 ms)\n",
                seedMedians[seedMedians.size() / 2], seedMedians.back());
    // Generated reports: the median over many, per format and shape (each timed as the median
    // of a few runs, so one slow run does not count).
    synth::ReportGenerator generator(2026);
    for (const QString& format : {QStringLiteral("2021"), QStringLiteral("2019")}) {
        std::vector<double> all;
        for (const synth::Shape shape : synth::allShapes()) {
            std::vector<double> medians;
            for (int i = 0; i < 60; ++i) {
                synth::GeneratorOptions options;
                options.templateId = format;
                options.shape = shape;
                options.difficulties = synth::Difficulties::random(generator.random());
                Document document;
                document.fileName = QStringLiteral("generated.txt");
                document.text = generator.generate(options).text;
                medians.push_back(medianMilliseconds(document, 5));
            }
            std::sort(medians.begin(), medians.end());
            all.insert(all.end(), medians.begin(), medians.end());
            std::printf("  generated %s %-14s median %.3f ms, 90th percentile %.3f ms\n",
                        qUtf8Printable(format), qUtf8Printable(synth::shapeName(shape)),
                        medians[medians.size() / 2], medians[medians.size() * 9 / 10]);
        }
        std::sort(all.begin(), all.end());
        std::printf("generated %s reports: median %.3f ms (target 0.5 ms)\n",
                    qUtf8Printable(format), all[all.size() / 2]);
    }
    // Hostile input: a glued web report whose every run of figures is forty random digits
    // (table 4's too), padded with prose to a megabyte. Every enumeration and the evidence
    // search are bounded: this must stay far below a second.
    {
        synth::GeneratorOptions options;
        options.shape = synth::Shape::Glued;
        QString text = generator.generate(options).text;
        static const QRegularExpression runs(QStringLiteral("\\d{2,}"));
        QString hostile;
        qsizetype last = 0;
        for (auto it = runs.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            hostile += text.mid(last, match.capturedStart() - last);
            for (int d = 0; d < 40; ++d) {
                hostile += QChar(u'0' + generator.random().bounded(10));
            }
            last = match.capturedEnd();
        }
        hostile += text.mid(last);
        while (hostile.size() < 1000000 / 3) { // ~1 MB of UTF-8
            hostile += QStringLiteral("本机关认真贯彻落实政府信息公开条例，持续推进政务公开。");
        }
        Document document;
        document.fileName = QStringLiteral("hostile.txt");
        document.text = hostile;
        std::printf("hostile glued report, %lld characters: %.1f ms (bound: 1000 ms)\n",
                    static_cast<long long>(hostile.size()), medianMilliseconds(document, 3));
    }
    for (const QString& real : test::sharedRealFiles()) {
        std::printf("  real %-28s %.3f ms\n", qUtf8Printable(QFileInfo(real).fileName()),
                    medianMilliseconds(textDocument(real), 50));
    }
    return 0;
}
