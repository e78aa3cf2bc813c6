// The fuzz targets in the normal test suite (built with any compiler, no libFuzzer): feeds
// every file of the folders and files given (the committed seed corpus of a target and every
// reproducer a fuzz run ever found) to the target once, and prints what each took. A crash or
// a sanitizer report fails the test; so does a file that cannot be read.

#include "fuzzsetup.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files.append(it.next());
            }
        } else {
            files.append(path);
        }
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "corpus driver: no input files given\n");
        return 1;
    }
    qint64 slowestMs = -1;
    QString slowest;
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "corpus driver: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                               std::size_t(bytes.size()));
        if (timer.elapsed() > slowestMs) {
            slowestMs = timer.elapsed();
            slowest = path;
        }
    }
    std::printf("%lld inputs run; slowest %lld ms (%s)\n", static_cast<long long>(files.size()),
                static_cast<long long>(slowestMs), qPrintable(QFileInfo(slowest).fileName()));
    return 0;
}
