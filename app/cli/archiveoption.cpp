#include "archiveoption.h"

#include "output.h"

#include <QCoreApplication>

namespace nianbao::cli {

QCommandLineOption archiveOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("nianbao::cli",
                                    "the archive file (default: nianbao.sqlite in the user's "
                                    "data folder)"),
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

std::optional<Archive> openArchive(const QCommandLineParser& parser,
                                   const QCommandLineOption& option)
{
    const QString path = parser.isSet(option) ? parser.value(option) : Archive::defaultPath();
    Result<Archive> archive = Archive::open(path);
    if (!archive) {
        reportFileError(path, archive.error().message);
        return std::nullopt;
    }
    if (archive->damage()) {
        // Read-only from here on: reading commands go on, writing ones refuse.
        reportFileError(path, *archive->damage());
    }
    return std::move(*archive);
}

} // namespace nianbao::cli
