#include "supervision/registry/registryfile.h"

#include "documents/readlimits.h"
#include "supervision/registry/sheetrows.h"

#include <QCoreApplication>
#include <QFile>

namespace nianbao::supervision {

RegistryRead readRegistry(const QByteArray& bytes)
{
    const bool zip = bytes.startsWith(QByteArrayView("PK\x03\x04", 4));
    Result<SheetRows> rows = zip ? readXlsxRows(bytes) : readCsvRows(bytes);
    if (!rows) {
        return std::unexpected(std::vector<RegistryProblem>{{0, {}, rows.error().message}});
    }
    return BodyRegistry::fromRows(*rows);
}

RegistryRead readRegistryFile(const QString& path)
{
    const auto problem = [](const QString& message) {
        return std::unexpected(std::vector<RegistryProblem>{{0, {}, message}});
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return problem(
            QCoreApplication::translate("nianbao::BodyRegistry", "the file cannot be read: %1")
                .arg(file.errorString()));
    }
    const qint64 limit = ReadLimits{}.maxFileBytes;
    if (file.size() > limit) {
        return problem(QCoreApplication::translate(
            "nianbao::BodyRegistry", "the file is larger than any registry of bodies (32 MB)"));
    }
    return readRegistry(file.read(limit + 1));
}

} // namespace nianbao::supervision
