// Prints the CPU instructions `nianbao-cli extract --json` spends per report, counted with
// callgrind (the same count on a busy machine), over generated text reports of both bundled
// formats in every shape with random difficulties. Two figures: the whole run divided by the
// number of reports (start-up included), and the cost of one more report (the difference
// between a run over all reports and one over a tenth of them). Target (issue 14): the whole
// run at most 4 million instructions per report. Without valgrind, prints wall times instead.

#include "synth/reportgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace nianbao;

namespace {

constexpr int kReports = 100;
constexpr int kFewReports = 10;

QStringList writeReports(const QString& folder)
{
    synth::ReportGenerator generator(1414);
    QStringList files;
    int i = 0;
    while (files.size() < kReports) {
        for (const QString& format : {QStringLiteral("2021"), QStringLiteral("2019")}) {
            for (const synth::Shape shape : synth::allShapes()) {
                synth::GeneratorOptions options;
                options.templateId = format;
                options.shape = shape;
                options.difficulties = synth::Difficulties::random(generator.random());
                const QString path = QDir(folder).filePath(
                    QStringLiteral("%1-%2-%3.txt").arg(++i).arg(synth::shapeName(shape), format));
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly)) {
                    qFatal("cannot write %s", qUtf8Printable(path));
                }
                file.write(generator.generate(options).text.toUtf8());
                files << path;
            }
        }
    }
    return files.mid(0, kReports);
}

QString cli()
{
    return QStringLiteral(NIANBAO_BINARY_DIR "/bin/nianbao-cli");
}

QStringList extractArguments(const QStringList& files)
{
    return QStringList{QStringLiteral("extract"), QStringLiteral("--json")} + files;
}

/// Runs `program arguments`, output discarded; false when it does not exit 0.
bool run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    return process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

/// Instructions of one CLI run over `files`, as callgrind counts them.
std::optional<double> instructions(const QString& valgrind, const QStringList& files,
                                   const QString& folder)
{
    const QString out = QDir(folder).filePath(QStringLiteral("callgrind.out"));
    QFile::remove(out);
    if (!run(valgrind, QStringList{QStringLiteral("--tool=callgrind"),
                                   QStringLiteral("--callgrind-out-file=") + out, cli()} +
                           extractArguments(files))) {
        return std::nullopt;
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    static const QRegularExpression total(QStringLiteral("^(?:summary|totals): (\\d+)"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = total.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? std::optional<double>(match.captured(1).toDouble()) : std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    const QStringList files = writeReports(folder.path());
    const QStringList few = files.mid(0, kFewReports);
    std::printf("nianbao-cli extract --json over %d generated reports (2021 and 2019, every "
                "shape, random difficulties)\n",
                int(files.size()));

    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    if (valgrind.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        if (!run(cli(), extractArguments(files))) {
            std::printf("nianbao-cli failed\n");
            return 1;
        }
        std::printf("valgrind is not installed: %.3f ms per report (wall time, start-up "
                    "included)\n",
                    double(timer.nsecsElapsed()) / 1e6 / double(files.size()));
        return 0;
    }
    const auto all = instructions(valgrind, files, folder.path());
    const auto some = instructions(valgrind, few, folder.path());
    if (!all || !some) {
        std::printf("callgrind could not count the run\n");
        return 1;
    }
    std::printf("whole run: %.2f million instructions per report (start-up included; target "
                "4)\n",
                *all / double(files.size()) / 1e6);
    std::printf("one more report: %.2f million instructions\n",
                (*all - *some) / double(files.size() - few.size()) / 1e6);
    std::printf("start-up and %d reports: %.1f million instructions\n", int(few.size()),
                *some / 1e6);
    return 0;
}
