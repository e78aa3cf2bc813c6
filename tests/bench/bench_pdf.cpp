// Prints the time to read and extract PDFs: generated ones with a text layer (ruled and
// unruled tables), the real published PDFs when ../shared is present, and scanned pages.
// Targets: 50 ms or less per report with a text layer, 5 s or less per scanned page, on one
// core. CPU time is printed beside wall time (Tesseract's included, as it runs in child
// processes): on a busy machine the CPU time is the figure to judge by.
// The generated files are the full round trip of issue 16 (a hundred per shape with a text
// layer; NIANBAO_BENCH_SCANS scans, two unless set): every cell is scored exact, flagged or
// confidently wrong against what the generator printed. tst_pdfroundtrip runs fewer.

#include "cellscore.h"
#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "pdf/tesseractocr.h"
#include "synthpdf/pdfgenerator.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace nianbao;

namespace {

/// CPU seconds used so far by this process and the children it waited for.
double cpuSeconds()
{
    double total = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        total += static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                 static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return total;
}

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
    bool ok = false;
};

Timing readAndExtract(const QByteArray& bytes, const QString& name,
                      Result<Report>* extracted = nullptr)
{
    Timing timing;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const Result<Document> document = readDocument(bytes, name);
    Result<Report> report =
        document ? extractReport(*document) : Result<Report>(std::unexpected(document.error()));
    timing.ok = report.has_value();
    timing.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timing.cpuMs = (cpuSeconds() - cpuBefore) * 1000;
    if (!document) {
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(name),
                     qUtf8Printable(document.error().message));
    }
    if (extracted) {
        *extracted = std::move(report);
    }
    return timing;
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void generated(synth::PdfShape shape, int count, bool perPage)
{
    synth::PdfReportGenerator generator(2026 + static_cast<quint64>(shape));
    std::vector<double> wall;
    std::vector<double> cpu;
    int pages = 0;
    test::CellScore score;
    for (int index = 0; index < count; ++index) {
        const synth::GeneratedPdf pdf = generator.generate(shape);
        const QString name = QStringLiteral("%1-%2.pdf").arg(synth::pdfShapeName(shape)).arg(index);
        Result<Report> report = std::unexpected(Error{});
        const Timing timing = readAndExtract(pdf.bytes, name, &report);
        const double divisor = perPage ? pdf.pageCount : 1;
        wall.push_back(timing.wallMs / divisor);
        cpu.push_back(timing.cpuMs / divisor);
        pages += pdf.pageCount;
        test::CellScore file;
        if (report) {
            file.add(*report, pdf.report.expected, pdf.report.keys, name);
        } else {
            file.cells = static_cast<int>(pdf.report.keys.size());
            file.confidentWrong = file.cells;
        }
        score += file;
    }
    std::printf("  %-12s %3d files, %3d pages: median %8.1f ms wall, %8.1f ms CPU per %s "
                "(worst %.1f ms CPU)\n",
                qUtf8Printable(synth::pdfShapeName(shape)), count, pages, median(wall), median(cpu),
                perPage ? "page" : "report", *std::max_element(cpu.begin(), cpu.end()));
    std::printf("  %-12s round trip: %s\n", qUtf8Printable(synth::pdfShapeName(shape)),
                qUtf8Printable(score.summary()));
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    std::printf("PDF reading and extraction\n");
    const QDir real(QDir(QString::fromUtf8(NIANBAO_SHARED_DIR)).filePath(QStringLiteral("real")));
    for (const QString& name :
         {QStringLiteral("009.pdf"), QStringLiteral("010.pdf"), QStringLiteral("011.pdf")}) {
        QFile file(real.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = file.readAll();
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int run = 0; run < 5; ++run) {
            const Timing timing = readAndExtract(bytes, name);
            wall.push_back(timing.wallMs);
            cpu.push_back(timing.cpuMs);
        }
        std::printf("  real %s      median of 5: %8.1f ms wall, %8.1f ms CPU per report\n",
                    qUtf8Printable(name), median(wall), median(cpu));
    }
    generated(synth::PdfShape::Ruled, 100, false);
    generated(synth::PdfShape::Unruled, 100, false);
    std::printf("  (target: 50 ms per report with a text layer)\n");
    if (const std::optional<Error> missing = ocrUnavailable()) {
        std::printf("  scans skipped: %s\n", qUtf8Printable(missing->message));
        return 0;
    }
    const int scans = std::max(1, qEnvironmentVariableIntValue("NIANBAO_BENCH_SCANS"));
    generated(synth::PdfShape::Scan, qEnvironmentVariableIsSet("NIANBAO_BENCH_SCANS") ? scans : 2,
              true);
    std::printf("  (target: 5 s per scanned page on one core)\n");
    return 0;
}
