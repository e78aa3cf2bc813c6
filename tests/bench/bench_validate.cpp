// Prints the validation time per report (CPU time of the thread, so that other work on a
// shared machine does not count): the seeds, the real reports when ../shared is
// present, and generated reports of both formats in every shape (extracted first, so their
// cells, extras and narratives are what validation meets in a batch). Target: well under
// 0.1 ms per report, so that importing 10,000 reports spends about a second validating.

#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "rules/validator.h"
#include "synth/reportgenerator.h"
#include "templates/templateregistry.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace nianbao;

namespace {

constexpr int kRuns = 2000;
constexpr int kBatch = 10000;

/// CPU time of this thread, in microseconds.
double cpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_nsec) / 1e3;
}

double medianMicroseconds(const Report& report, int runs)
{
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(runs));
    for (int run = 0; run < runs; ++run) {
        const double start = cpuMicroseconds();
        const auto findings = validateReport(report);
        times.push_back(cpuMicroseconds() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::optional<Report> extracted(const QString& path)
{
    const auto document = readDocument(path);
    if (!document) {
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(path),
                     qUtf8Printable(document.error().message));
        return std::nullopt;
    }
    auto report = extractReport(*document);
    if (!report) {
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(path),
                     qUtf8Printable(report.error().message));
        return std::nullopt;
    }
    return *report;
}

std::vector<Report> generatedReports()
{
    std::vector<Report> reports;
    synth::ReportGenerator generator(20261122);
    for (const QString& format : {QStringLiteral("2021"), QStringLiteral("2019")}) {
        for (const synth::Shape shape : synth::allShapes()) {
            for (int i = 0; i < 20; ++i) {
                synth::GeneratorOptions options;
                options.templateId = format;
                options.shape = shape;
                options.difficulties =
                    i % 2 == 0 ? synth::Difficulties::all() : synth::Difficulties::none();
                const synth::GeneratedReport generated = generator.generate(options);
                Document document;
                document.fileName = QStringLiteral("generated.txt");
                document.format = QStringLiteral("text");
                document.encoding = QStringLiteral("UTF-8");
                document.text = generated.text;
                if (auto report = extractReport(document)) {
                    reports.push_back(std::move(*report));
                }
            }
        }
    }
    return reports;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Compile the rules outside the timings: that happens once per process.
    (void)validateReport(Report{});

    std::printf("validation, median of %d runs per report\n", kRuns);
    for (const QString& seed : test::seedFiles()) {
        if (const auto report = extracted(seed)) {
            std::printf("  seed %-28s %6.1f µs\n", qUtf8Printable(QFileInfo(seed).fileName()),
                        medianMicroseconds(*report, kRuns));
        }
    }
    for (const QString& real : test::sharedRealFiles()) {
        if (const auto report = extracted(real)) {
            std::printf("  real %-28s %6.1f µs\n", qUtf8Printable(QFileInfo(real).fileName()),
                        medianMicroseconds(*report, kRuns));
        }
    }

    const std::vector<Report> generated = generatedReports();
    std::vector<double> medians;
    for (const Report& report : generated) {
        medians.push_back(medianMicroseconds(report, 200));
    }
    std::sort(medians.begin(), medians.end());
    std::printf("generated: %zu reports, median %.1f µs, worst %.1f µs\n", generated.size(),
                medians[medians.size() / 2], medians.back());

    // A batch as an import runs it: every report once, revalidated in place.
    std::vector<Report> batch;
    batch.reserve(kBatch);
    for (int i = 0; i < kBatch; ++i) {
        batch.push_back(generated[static_cast<std::size_t>(i) % generated.size()]);
    }
    const double start = cpuMicroseconds();
    for (Report& report : batch) {
        revalidate(report);
    }
    const double seconds = (cpuMicroseconds() - start) / 1e6;
    std::printf("revalidating %d reports: %.3f s (%.1f µs per report; target 0.1 ms)\n", kBatch,
                seconds, seconds * 1e6 / kBatch);
    return 0;
}
