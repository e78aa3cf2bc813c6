#include "commands.h"

#include "output.h"

#include <QCoreApplication>

#include <atomic>

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
        {"correct",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "record a reviewer's value for a cell, or a report's agency, year, "
                           "title or region"),
         runCorrect},
        {"accept",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "vouch for a cell's value as read, or take a candidate reading"),
         runAccept},
        {"decide",
         QT_TRANSLATE_NOOP("nianbao::cli", "confirm, dismiss or reopen a finding of a report"),
         runDecide},
        {"status",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "set a report's review status (pending, reviewed, doubtful)"),
         runStatus},
        {"history",
         QT_TRANSLATE_NOOP("nianbao::cli", "print the review history of a report or a cell"),
         runHistory},
        {"assign",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "assign reports (by id or by filter) to a reviewer, or to nobody"),
         runAssign},
        {"progress", QT_TRANSLATE_NOOP("nianbao::cli", "each reviewer's reports by review status"),
         runProgress},
        {"migrate",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "copy an archive into a new one (SQLite and PostgreSQL, either way), "
                           "verified by counts and checksums"),
         runMigrate},
        {"registry",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "import the registry of bodies expected to report (CSV, XLSX), or "
                           "list it"),
         runRegistry},
        {"coverage",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "which bodies of the registry published a year's report on time, "
                           "late or not at all"),
         runCoverage},
        {"copies",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "the pairs of reports whose narratives are most alike (copied text)"),
         runCopies},
        {"yoy",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "a report beside the same body's report of the year before"),
         runYearOnYear},
        {"notice",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "write the rectification notice of reports as PDF or .docx"),
         runNotice},
    };
}

namespace {

std::atomic<bool> g_argumentsOnly{false};

QString usage()
{
    QString text =
        QCoreApplication::translate("nianbao::cli", "usage: nianbao-cli COMMAND [OPTIONS] ...") +
        QLatin1Char('\n') + QCoreApplication::translate("nianbao::cli", "commands:") +
        QLatin1Char('\n');
    for (const Command& command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(8),
                         QCoreApplication::translate("nianbao::cli", command.summary));
    }
    return text;
}

} // namespace

int run(QStringList arguments)
{
    if (arguments.isEmpty()) {
        reportError(usage());
        return BadArguments;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        writeOut(usage());
        return Success;
    }
    for (const Command& command : commands()) {
        if (name == QLatin1String(command.name)) {
            return command.run(arguments);
        }
    }
    reportError(QCoreApplication::translate("nianbao::cli", "unknown command \"%1\"").arg(name) +
                QLatin1Char('\n') + usage());
    return BadArguments;
}

void setArgumentsOnly(bool on)
{
    g_argumentsOnly = on;
}

bool argumentsOnly()
{
    return g_argumentsOnly;
}

} // namespace nianbao::cli
