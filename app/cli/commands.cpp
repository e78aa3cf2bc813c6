#include "commands.h"

#include <QCoreApplication>

namespace nianbao::cli {

QList<Command> commands()
{
    return {
        {"extract",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "read reports and print their cells and findings as JSON"),
         runExtract},
        {"export",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "write the archive as a dataset (CSV, XLSX, JSON) or its findings"),
         runExport},
        {"text",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "print the plain text the extractor works on (spans index into it)"),
         runText},
        {"import",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "add report files and folders to the archive, extracting and "
                           "validating each"),
         runImport},
        {"list",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "list the archive's reports with their review status and open issues"),
         runList},
    };
}

} // namespace nianbao::cli
