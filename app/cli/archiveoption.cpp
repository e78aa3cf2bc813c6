#include "archiveoption.h"

#include "output.h"

#include <QCoreApplication>

namespace nianbao::cli {

QCommandLineOption archiveOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("nianbao::cli",
                                    "the archive: a file (default: nianbao.sqlite in the "
                                    "user's data folder) or a team archive's PostgreSQL URI "
                                    "(postgresql://user@host/dbname)"),
        QCoreApplication::translate("nianbao::cli", "ARCHIVE"));
}

bool archiveOptionIsValid(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (parser.isSet(option) && parser.value(option).isEmpty()) {
        reportError(QCoreApplication::translate("nianbao::cli", "--db needs an archive file"));
        return false;
    }
    return true;
}

std::unique_ptr<store::Archive> openArchive(const QCommandLineParser& parser,
                                            const QCommandLineOption& option)
{
    const QString path =
        parser.isSet(option) ? parser.value(option) : store::Archive::defaultLocation();
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(path);
    if (!archive) {
        reportFileError(path, archive.error().message);
        return nullptr;
    }
    if ((*archive)->damage()) {
        // Read-only from here on: reading commands go on, writing ones refuse.
        reportFileError(path, *(*archive)->damage());
    }
    return std::move(*archive);
}

} // namespace nianbao::cli
