// Review window benchmark: the time to open a report from an archive of 100,000 reports
// (target 150 ms), measured on the real main window (offscreen), from the call to the window
// having laid out and painted the report: loading, re-reading the previous year, the form,
// the text, the findings and the charts, the body's other years included.
//
//     build/bench/bench_gui_open [--reports N]
//
// The archive is built once through the archive API and kept in the build directory
// (bench/gui-open-N.sqlite): reruns only time. Its reports are the bundled samples, each read
// and checked once with the real pipeline, then stored again and again under renamed bodies
// (each copy of the 30 samples is another set of bodies, with all their years), so every
// report has real text, real cells and real findings.

#include "common/prompter.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "settings/settingsstorage.h"
#include "store/archive.h"
#include "testdata.h"
#include "workflow/reportprocessing.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

struct Sample {
    QByteArray bytes;
    ProcessedReport processed;
};

/// Never asked anything: the benchmark opens reports only.
class SilentPrompter final : public ui::Prompter {
public:
    std::optional<QString> askText(QWidget*, const QString&, const QString&,
                                   const QString&) override
    {
        return std::nullopt;
    }
    QStringList askFiles(QWidget*, const QString&, const QString&, const QString&) override
    {
        return {};
    }
    QString askFolder(QWidget*, const QString&, const QString&) override { return {}; }
};

std::vector<Sample> processSamples()
{
    std::vector<Sample> samples;
    const ReportProcessing processing = defaultReportProcessing();
    for (const char* folder : {":/samples/seeds", ":/samples/generated"}) {
        QDirIterator files(QLatin1String(folder), QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            Sample sample;
            sample.bytes = file.readAll();
            Result<ProcessedReport> processed =
                processReport(processing, sample.bytes, file.fileName(), {});
            if (processed) {
                sample.processed = std::move(*processed);
                samples.push_back(std::move(sample));
            }
        }
    }
    return samples;
}

bool fill(Archive& archive, int total)
{
    const std::vector<Sample> samples = processSamples();
    if (samples.empty()) {
        std::fprintf(stderr, "no sample could be read\n");
        return false;
    }
    std::printf("building the archive: %d reports from %zu samples ...\n", total, samples.size());
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    for (int index = int(*archive.countReports()); index < total;) {
        Result<Transaction> batch = archive.transaction();
        if (!batch) {
            return false;
        }
        for (int i = 0; i < 1000 && index < total; ++i, ++index) {
            const Sample& sample = samples[std::size_t(index) % samples.size()];
            ProcessedReport copy = sample.processed;
            const QString suffix = QStringLiteral("（第%1组）").arg(index / int(samples.size()));
            copy.report.meta.agency += suffix;
            copy.report.meta.title = copy.report.meta.agency;
            const QByteArray bytes = sample.bytes + "\n" + QByteArray::number(index);
            if (const Result<AddOutcome> added = archive.addReport(bytes, copy); !added) {
                std::fprintf(stderr, "add failed: %s\n", qPrintable(added.error().message));
                return false;
            }
        }
        if (!batch->commit()) {
            return false;
        }
    }
    std::printf("built in %.0f s\n", double(timer.elapsed()) / 1000.0);
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    int total = 100000;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--reports")) {
            total = std::max(100, args[i + 1].toInt());
        }
    }
    const QString path = test::binDir() + QStringLiteral("/../bench/gui-open-%1.sqlite").arg(total);
    Result<std::unique_ptr<Archive>> opened = Archive::open(QFileInfo(path).absoluteFilePath());
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().message));
        return 1;
    }
    if (*(*opened)->countReports() < total && !fill(**opened, total)) {
        return 1;
    }
    std::printf("review window benchmark: %lld reports in %s\n",
                static_cast<long long>(*(*opened)->countReports()),
                qPrintable(QFileInfo(path).absoluteFilePath()));

    ui::AppSettings settings(std::make_unique<ui::MemorySettingsStorage>());
    settings.setReviewerName(QStringLiteral("bench"));
    SilentPrompter prompter;
    QElapsedTimer timer;
    timer.start();
    ui::MainWindow window(std::move(*opened), settings, prompter);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was not shown\n");
        return 1;
    }
    std::printf("%-48s %8.1f ms  (the whole list; target 1,000 ms)\n",
                "start the window and list every report", double(timer.nsecsElapsed()) / 1e6);

    QRandomGenerator random(20240501);
    std::vector<double> opens;
    std::vector<double> loads;
    for (int i = 0; i < 31; ++i) {
        const ReportId id = 1 + random.bounded(total);
        QElapsedTimer load;
        load.start();
        if (!window.archive().loadReport(id)) {
            return 1;
        }
        loads.push_back(double(load.nsecsElapsed()) / 1e6);

        QElapsedTimer open;
        open.start();
        if (!window.openReport(id)) {
            std::fprintf(stderr, "could not open report %lld\n", static_cast<long long>(id));
            return 1;
        }
        // Layout and painting of what the report changed.
        window.repaint();
        QApplication::processEvents();
        opens.push_back(double(open.nsecsElapsed()) / 1e6);
    }
    // The first open builds caches (fonts, chart themes): reported apart.
    const double first = opens.front();
    opens.erase(opens.begin());
    std::printf("%-48s %8.2f ms\n", "load one report from the archive (median)", median(loads));
    std::printf("%-48s %8.1f ms\n", "open the first report (cold)", first);
    std::printf("%-48s %8.1f ms  (median of %zu; max %.1f; target 150 ms)\n",
                "open a report in the review window", median(opens), opens.size(),
                *std::max_element(opens.begin(), opens.end()));
    return 0;
}
