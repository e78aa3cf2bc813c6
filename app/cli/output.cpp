#include "output.h"

#include "store/pgconnection.h"

#include <cstdio>

namespace nianbao::cli {

void writeOut(const QByteArray& utf8)
{
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stdout);
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
    // A team archive's URI is named without the password someone may have put in it.
    const QByteArray line = QStringLiteral("nianbao-cli: %1: %2\n")
                                .arg(store::PgConnection::withoutPassword(file), reason)
                                .toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

void reportError(const QString& message)
{
    const QByteArray line = QStringLiteral("nianbao-cli: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

} // namespace nianbao::cli
