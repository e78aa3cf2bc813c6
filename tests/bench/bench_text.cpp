// Prints the median time to decode and to normalise each seed report (and each real report
// when ../shared is present): the extractor's budget is 0.5 ms per report in all, so these
// two steps must take a small part of it.

#include "testdata.h"
#include "text/decoder.h"
#include "text/normalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nianbao;

namespace {

constexpr int repetitions = 301;

/// Keeps the compiler from dropping work whose result is otherwise unused.
volatile qsizetype sink = 0;

template <typename Work>
double medianMicroseconds(Work work)
{
    std::vector<qint64> nanoseconds;
    nanoseconds.reserve(repetitions);
    QElapsedTimer timer;
    for (int i = 0; i < repetitions; ++i) {
        timer.start();
        work();
        nanoseconds.push_back(timer.nsecsElapsed());
    }
    std::nth_element(nanoseconds.begin(), nanoseconds.begin() + repetitions / 2, nanoseconds.end());
    return static_cast<double>(nanoseconds[repetitions / 2]) / 1000.0;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qUtf8Printable(path));
    }
    return file.readAll();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = test::seedFiles();
    files += test::sharedRealFiles();

    {
        // The first normalisation fills the per-block character table: a one-time cost.
        const QString text = QString::fromUtf8(readFile(files.constFirst()));
        QElapsedTimer timer;
        timer.start();
        sink = sink + NormalizedText(text).size();
        std::printf("first normalisation in the process (fills the table): %.1f us\n\n",
                    static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }

    std::printf("%-28s %7s %7s %12s %12s %12s %12s\n", "report", "bytes", "chars", "UTF-8 us",
                "UTF-16 us", "GB18030 us", "normalise us");
    QStringEncoder toGb18030("GB18030");
    QStringEncoder toUtf16(QStringConverter::Utf16LE);
    for (const QString& path : std::as_const(files)) {
        const QByteArray utf8 = readFile(path);
        const QString text = QString::fromUtf8(utf8);
        const QByteArray utf16 = toUtf16.encode(text);
        const QByteArray gb18030 = toGb18030.encode(text);
        const auto decodeTime = [](const QByteArray& bytes) {
            return medianMicroseconds([&] { sink = sink + decodeText(bytes)->text.size(); });
        };
        const double utf8Time = decodeTime(utf8);
        const double utf16Time = decodeTime(utf16);
        const double gbTime = decodeTime(gb18030);
        const double normaliseTime =
            medianMicroseconds([&] { sink = sink + NormalizedText(text).size(); });
        std::printf("%-28s %7lld %7lld %12.1f %12.1f %12.1f %12.1f\n",
                    qPrintable(QFileInfo(path).fileName()), static_cast<long long>(utf8.size()),
                    static_cast<long long>(text.size()), utf8Time, utf16Time, gbTime,
                    normaliseTime);
    }
    return 0;
}
