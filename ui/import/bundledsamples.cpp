#include "import/bundledsamples.h"

#include "store/archive.h"

namespace nianbao::ui {

QStringList bundledSampleFolders()
{
    // Seeds first: real reports are what a reviewer meets; the generated bodies follow.
    return {QStringLiteral(":/samples/seeds"), QStringLiteral(":/samples/generated")};
}

Result<bool> isArchiveEmpty(store::Archive& archive)
{
    const Result<qint64> count = archive.countReports();
    if (!count) {
        return std::unexpected(count.error());
    }
    return *count == 0;
}

} // namespace nianbao::ui
