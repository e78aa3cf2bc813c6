#include "output.h"

#include <cstdio>

namespace nianbao::cli {

void writeOut(QByteArrayView utf8)
{
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stdout);
}

void writeOut(const QByteArray& utf8)
{
    writeOut(QByteArrayView(utf8));
}

void writeOut(const QString& text)
{
    writeOut(text.toUtf8());
}

void writeErr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stderr);
}

void reportFileError(const QString& file, const QString& reason)
{
    const QByteArray line = QStringLiteral("nianbao-cli: %1: %2\n").arg(file, reason).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

void reportError(const QString& message)
{
    const QByteArray line = QStringLiteral("nianbao-cli: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

} // namespace nianbao::cli
