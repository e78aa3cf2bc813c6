// Export benchmark: times exporting an archive of 100,000 reports (about 200 cells each, a
// third with open findings, some corrected cells) to a wide CSV (target: 10 s or less), and
// prints the other layouts and formats beside it.
//
//     build/bench/bench_export [--reports N] [--archive PATH] [--wide-csv-only]
//
// The archive is built through the archive API from the report generator's figures and kept
// in the build folder (build/bench/bench_export-N.sqlite), so reruns time the export only.

#include "export/datasetexport.h"
#include "exportfixture.h"
#include "store/archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::exporting;

namespace {

/// Corrections on one report in fifty, so that the corrections query has work to do.
bool addCorrections(Archive& archive, const std::vector<ReportId>& ids)
{
    Result<Transaction> batch = archive.transaction();
    if (!batch) {
        return false;
    }
    for (std::size_t i = 0; i < ids.size(); i += 50) {
        const Result<Correction> made =
            archive.recordCorrection(ids[i], {QStringLiteral("t3.new.total"), 1e6 + double(i),
                                              QStringLiteral("基准"), QString()});
        if (!made) {
            std::fprintf(stderr, "correction failed: %s\n", qPrintable(made.error().message));
            return false;
        }
    }
    return bool(batch->commit());
}

bool fill(Archive& archive, int total)
{
    QElapsedTimer timer;
    timer.start();
    std::printf("building an archive of %d reports (once; kept for reruns) ...\n", total);
    std::fflush(stdout);
    const Result<std::vector<ReportId>> ids = test::addGeneratedReports(archive, total, 20240601);
    if (!ids) {
        std::fprintf(stderr, "add failed: %s\n", qPrintable(ids.error().message));
        return false;
    }
    if (!addCorrections(archive, *ids)) {
        return false;
    }
    std::printf("built in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return true;
}

/// Runs one export and prints its wall and processor time, rows and file size.
bool timeExport(const Archive& archive, const char* what, ExportOptions options, const char* target)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const Result<ExportSummary> summary = exportArchive(archive, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!summary) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(summary.error().message));
        return false;
    }
    const double megabytes = double(QFileInfo(options.outputPath).size()) / (1024.0 * 1024.0);
    std::printf("%-40s %7.2f s (%.2f s of processor time)  %lld reports, %lld rows, %.0f MB, "
                "%.0f reports/s%s\n",
                what, seconds, cpuSeconds, static_cast<long long>(summary->reports),
                static_cast<long long>(summary->rows), megabytes,
                double(summary->reports) / seconds, target);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int total = 100000;
    QString path;
    const bool wideCsvOnly = args.contains(QStringLiteral("--wide-csv-only"));
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--reports")) {
            total = std::max(10, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--archive")) {
            path = args[i + 1];
        }
    }
    if (path.isEmpty()) {
        path = QDir(QStringLiteral(NIANBAO_BINARY_DIR "/bench"))
                   .filePath(QStringLiteral("bench_export-%1.sqlite").arg(total));
    }
    Result<std::unique_ptr<Archive>> opened = Archive::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().message));
        return 1;
    }
    Archive& archive = **opened;
    std::printf("export benchmark: %d reports in %s\n", total, qPrintable(path));
    if (*archive.countReports() < total && !fill(archive, total - int(*archive.countReports()))) {
        return 1;
    }

    QTemporaryDir out;
    struct Run {
        const char* what;
        ExportOptions options;
        const char* target;
    };
    const auto options = [&](ExportFormat format, ExportLayout layout, const char* name) {
        ExportOptions o;
        o.format = format;
        o.layout = layout;
        o.outputPath = out.filePath(QLatin1String(name));
        return o;
    };
    std::vector<Run> runs{
        {"wide CSV", options(ExportFormat::Csv, ExportLayout::Wide, "wide.csv"), "; target 10 s"}};
    if (!wideCsvOnly) {
        runs.push_back(
            {"wide JSON", options(ExportFormat::Json, ExportLayout::Wide, "w.json"), ""});
        runs.push_back(
            {"long CSV", options(ExportFormat::Csv, ExportLayout::Long, "long.csv"), ""});
        Run provenance{"wide CSV with provenance",
                       options(ExportFormat::Csv, ExportLayout::Wide, "provenance.csv"), ""};
        provenance.options.provenance = true;
        runs.push_back(provenance);
        Run findings{"findings report CSV",
                     options(ExportFormat::Csv, ExportLayout::Wide, "findings.csv"), ""};
        findings.options.content = ExportContent::Findings;
        runs.push_back(findings);
        Run twoYears{"wide CSV, two years of reports",
                     options(ExportFormat::Csv, ExportLayout::Wide, "2021-2022.csv"), ""};
        twoYears.options.filter.years = {2021, 2022};
        runs.push_back(twoYears);
        Run oneYear{"wide XLSX, one year of reports",
                    options(ExportFormat::Xlsx, ExportLayout::Wide, "2022.xlsx"), ""};
        oneYear.options.filter.years = {2022};
        runs.push_back(oneYear);
    }
    bool ran = true;
    for (const Run& run : runs) {
        ran = ran && timeExport(archive, run.what, run.options, run.target);
    }
    return ran ? 0 : 1;
}
