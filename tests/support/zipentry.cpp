#include "zipentry.h"

#include <quazip.h>
#include <quazipfile.h>

namespace nianbao::test {

QByteArray zipEntry(const QString& zipPath, const QString& entryName)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entryName)) {
        return {};
    }
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly)) {
        return {};
    }
    return entry.readAll();
}

} // namespace nianbao::test
