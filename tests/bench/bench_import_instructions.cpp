// Import cost in CPU instructions per report, which valgrind's callgrind counts the same on a
// busy machine as on a quiet one: `nianbao-cli import` of N generated reports (every shape,
// both formats) into a fresh archive, then of 2N; the difference over N is what one more report
// costs, start-up and the archive's creation left out. Every thread is counted (the worker
// that reads and extracts, the one that stores, the checkpoints).
//
//     build/bench/bench_import_instructions [--reports N]
//
// Target (issue 14): 6,000,000 instructions per imported report or fewer. Needs valgrind.

#include "testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr double kTarget = 6'000'000;
constexpr int kDefaultReports = 100;

/// `count` generated reports written by nianbao-gen into `folder`.
void generate(const QString& folder, int count, int first)
{
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    generator.start(nianbao::test::binDir() + QStringLiteral("/nianbao-gen"),
                    {QStringLiteral("--seed"), QString::number(first), QStringLiteral("--count"),
                     QString::number(count), QStringLiteral("--out"), folder});
    if (!generator.waitForFinished(-1) || generator.exitCode() != 0) {
        qFatal("nianbao-gen could not write %d reports into %s", count, qUtf8Printable(folder));
    }
}

/// Instructions callgrind counts for `nianbao-cli import` of every file of `folders`.
qint64 importInstructions(const QString& valgrind, const QTemporaryDir& dir, const QString& name,
                          const QStringList& folders)
{
    QProcess run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    run.setProcessEnvironment(environment);
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(valgrind, QStringList{QStringLiteral("--tool=callgrind"),
                                    QStringLiteral("--callgrind-out-file=") +
                                        dir.filePath(name + QStringLiteral(".callgrind")),
                                    nianbao::test::binDir() + QStringLiteral("/nianbao-cli"),
                                    QStringLiteral("import"), QStringLiteral("--db"),
                                    dir.filePath(name + QStringLiteral(".sqlite"))} +
                            folders);
    if (!run.waitForFinished(-1) || run.exitCode() != 0) {
        qFatal("the import under callgrind failed:\n%s", run.readAll().constData());
    }
    const QString output = QString::fromUtf8(run.readAll());
    static const QRegularExpression refs(QStringLiteral("I\\s+refs:\\s+([0-9,]+)"));
    const QRegularExpressionMatch match = refs.match(output);
    if (!match.hasMatch()) {
        qFatal("no instruction count in callgrind's output:\n%s", qUtf8Printable(output));
    }
    return match.captured(1).remove(QLatin1Char(',')).toLongLong();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    int reports = kDefaultReports;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--reports"));
        at >= 0 && at + 1 < arguments.size()) {
        reports = arguments.at(at + 1).toInt();
    }
    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    if (valgrind.isEmpty()) {
        std::printf("import instructions: valgrind is not installed, nothing measured\n");
        return 0;
    }
    QTemporaryDir dir;
    // Two halves of one generated set: the second import takes both.
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    generate(first, reports, 1);
    generate(second, reports, 1 + reports);

    const qint64 one = importInstructions(valgrind, dir, QStringLiteral("one"), {first});
    const qint64 both = importInstructions(valgrind, dir, QStringLiteral("both"), {first, second});
    const double perReport = double(both - one) / reports;
    std::printf("import of %d reports: %lld instructions; of %d: %lld\n", reports,
                static_cast<long long>(one), 2 * reports, static_cast<long long>(both));
    std::printf("import: %.2f million instructions per report (target %.1f million): %s\n",
                perReport / 1e6, kTarget / 1e6, perReport <= kTarget ? "met" : "MISSED");
    return 0;
}
