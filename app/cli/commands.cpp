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
    };
}

} // namespace nianbao::cli
