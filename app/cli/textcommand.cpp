#include "commands.h"
#include "documents/documentreader.h"
#include "output.h"

#include <QCoreApplication>

namespace nianbao::cli {

int runText(const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        reportError(QCoreApplication::translate("nianbao::cli", "usage: nianbao-cli text FILE"));
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    const QString& file = arguments.first();
    const auto document = readDocument(file);
    if (!document) {
        reportFileError(file, document.error().message);
        return SomeFailed;
    }
    writeOut(document->text);
    return Success;
}

} // namespace nianbao::cli
