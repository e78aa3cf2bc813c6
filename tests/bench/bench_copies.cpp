// Copied narrative (内容雷同) across a batch: learns the boilerplate, finds the copies among
// N reports (bodies over two years, 2 % of them copying a part from another report), and
// prints the time of each stage (wall clock and CPU of the process, every core counted), the
// pairs looked at, and how many planted copies were found. Target: 100,000 reports in ≤ 60 s
// on 2 cores. `bench_copies [REPORTS]` (default 10,000; bench_copies_100k runs 100,000).

#include "supervision/similarity/copydetector.h"
#include "synth/narrativecorpus.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <set>
#include <tuple>

using namespace nianbao;
using namespace nianbao::supervision;

namespace {

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

long peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int reports = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;

    synth::CorpusOptions options;
    options.bodies = reports / 2;
    options.years = {2022, 2023};
    options.copyRate = 0.02;
    QElapsedTimer wall;
    wall.start();
    const synth::NarrativeCorpus corpus = synth::narrativeCorpus(options, 20240131);
    std::size_t characters = 0;
    for (const NarrativeDocument& document : corpus.documents) {
        for (const NarrativePart& part : document.parts) {
            characters += std::size_t(part.text.size());
        }
    }
    std::printf("corpus: %zu reports, %.0f narrative characters per report, %zu planted copies "
                "(generated in %.1f s, not timed below)\n",
                corpus.documents.size(), double(characters) / double(corpus.documents.size()),
                corpus.planted.size(), double(wall.elapsed()) / 1000.0);

    const SimilarityThresholds thresholds;
    wall.restart();
    double cpu = processCpuSeconds();
    const Boilerplate boilerplate =
        Boilerplate::learn(corpus.documents, TemplateRegistry::builtin(), thresholds);
    const double learnWall = double(wall.restart()) / 1000.0;
    const double learnCpu = processCpuSeconds() - cpu;
    cpu = processCpuSeconds();
    const CopyDetection detection = detectCopies(corpus.documents, boilerplate, thresholds);
    const double detectWall = double(wall.elapsed()) / 1000.0;
    const double detectCpu = processCpuSeconds() - cpu;

    std::set<std::tuple<int, int, QString>> found;
    std::set<std::pair<int, int>> plantedPairs;
    for (const synth::PlantedCopy& copy : corpus.planted) {
        plantedPairs.insert({std::min(copy.copy, copy.source), std::max(copy.copy, copy.source)});
    }
    std::size_t falseMatches = 0;
    for (const CopyMatch& match : detection.matches) {
        found.insert({match.document, match.other, match.unit.key});
        if (!plantedPairs.contains(
                {std::min(match.document, match.other), std::max(match.document, match.other)})) {
            ++falseMatches;
        }
    }
    std::size_t recalled = 0;
    for (const synth::PlantedCopy& copy : corpus.planted) {
        recalled += found.contains({copy.copy, copy.source, copy.unit}) ? 1 : 0;
    }

    const CopyStatistics& s = detection.statistics;
    std::printf("boilerplate: %zu shingles learnt from %d reports; %.2f s wall, %.2f s CPU\n",
                boilerplate.learntCount(), boilerplate.reportsRead(), learnWall, learnCpu);
    std::printf("detection (CPU): %zu units indexed in %lld ms, %zu candidate unit pairs and %zu "
                "report pairs in %lld ms, compared in %lld ms\n",
                s.unitsIndexed, qint64(s.indexMs), s.candidatePairs, s.documentPairs,
                qint64(s.candidatesMs), qint64(s.compareMs));
    std::printf("total: %zu reports in %.2f s wall, %.2f s CPU (learning + detection); peak "
                "memory %ld MB\n",
                corpus.documents.size(), learnWall + detectWall, learnCpu + detectCpu,
                peakMegabytes());
    std::printf("planted copies found: %zu of %zu (%.2f %%); matches naming an unplanted pair: "
                "%zu of %zu\n",
                recalled, corpus.planted.size(),
                corpus.planted.empty() ? 100.0
                                       : 100.0 * double(recalled) / double(corpus.planted.size()),
                falseMatches, detection.matches.size());
    return 0;
}
