#include "archiveoption.h"
#include "commands.h"
#include "importprogress.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace nianbao::cli {

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::cli", "Adds reports to the archive, reading, extracting and validating each. "
                        "Folders are searched recursively; a file already in the archive is a "
                        "duplicate and is not stored again."));
    const QCommandLineOption db = archiveOption();
    parser.addOption(db);
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QCoreApplication::translate("nianbao::cli", "report files or folders"),
        QStringLiteral("PATH..."));
    if (!parser.parse(QStringList{QStringLiteral("nianbao-cli import")} + arguments)) {
        reportError(parser.errorText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Success;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        reportError(QCoreApplication::translate("nianbao::cli", "import needs at least one PATH"));
        return BadArguments;
    }
    if (!archiveOptionIsValid(parser, db)) {
        return BadArguments;
    }
    if (argumentsOnly()) {
        return Success;
    }
    std::optional<Archive> archive = openArchive(parser, db);
    if (!archive || archive->damage()) {
        // A damaged archive is not written to (its reason is on standard error already).
        return SomeFailed;
    }

    const FileSelection selection = collectReportFiles(paths);
    for (const ImportFailure& failure : selection.failures) {
        reportFileError(failure.path, failure.error.message);
    }
    ImportProgressPrinter printer(isatty(fileno(stderr)) != 0);
    ImportOptions options;
    options.progress = [&printer](const ImportProgress& progress) { printer.show(progress); };
    const ImportSummary summary =
        importFiles(*archive, defaultReportProcessing(), selection.files, options);
    printer.finish();

    if (summary.stopped) {
        reportFileError(archive->path(), summary.stopped->message);
    }
    const qsizetype failed = summary.failed() + qsizetype(selection.failures.size());
    // The contract's closing line, which scripts read: fixed English words, like JSON keys.
    writeOut(QStringLiteral("imported %1, duplicates %2, failed %3\n")
                 .arg(summary.imported)
                 .arg(summary.duplicates)
                 .arg(failed));
    return failed > 0 || summary.stopped ? SomeFailed : Success;
}

} // namespace nianbao::cli
