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
        {"migrate",
         QT_TRANSLATE_NOOP("nianbao::cli",
                           "copy an archive into a new one (SQLite and PostgreSQL, either way), "
                           "verified by counts and checksums"),
         runMigrate},
    };
}

} // namespace nianbao::cli
