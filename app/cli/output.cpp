#include "output.h"

#include <atomic>
#include <cstdio>

namespace nianbao::cli {

namespace {

std::atomic<bool> g_quiet{false};

void write(QByteArrayView utf8, std::FILE* stream)
{
    if (!g_quiet) {
        std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
    }
}

} // namespace

void setQuiet(bool on)
{
    g_quiet = on;
}

void writeOut(QByteArrayView utf8)
{
    write(utf8, stdout);
}

void writeOut(const QByteArray& utf8)
{
    write(utf8, stdout);
}

void writeOut(const QString& text)
{
    writeOut(text.toUtf8());
}

void writeErr(const QString& text)
{
    write(text.toUtf8(), stderr);
}

void reportFileError(const QString& file, const QString& reason)
{
    const QByteArray line = QStringLiteral("nianbao-cli: %1: %2\n").arg(file, reason).toUtf8();
    write(line, stderr);
}

void reportError(const QString& message)
{
    const QByteArray line = QStringLiteral("nianbao-cli: %1\n").arg(message).toUtf8();
    write(line, stderr);
}

} // namespace nianbao::cli
