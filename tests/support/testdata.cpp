#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nianbao::test {

QString dataDir()
{
    return QStringLiteral(NIANBAO_TEST_DATA);
}

QString dataPath(const QString& relative)
{
    return QDir(dataDir()).filePath(relative);
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("test data missing: %s", qUtf8Printable(file.fileName()));
    }
    return file.readAll();
}

QStringList seedFiles()
{
    const QDir dir(dataPath(QStringLiteral("seeds")));
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        files.append(dir.filePath(name));
    }
    return files;
}

QString sharedRealDir()
{
    const QString dir = QStringLiteral(NIANBAO_SHARED_DIR "/real");
    return QFileInfo(dir).isDir() ? dir : QString();
}

QStringList sharedRealFiles()
{
    const QString dir = sharedRealDir();
    if (dir.isEmpty()) {
        return {};
    }
    QStringList files;
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        files.append(QDir(dir).filePath(name));
    }
    return files;
}

QString binDir()
{
    return QStringLiteral(NIANBAO_BINARY_DIR "/bin");
}

} // namespace nianbao::test
