#pragma once

#include <QStringList>

namespace nianbao::cli {

/// Exit codes of the CLI contract (cli-json.md).
enum ExitCode : int {
    Success = 0,    ///< every file was read, the change was made
    SomeFailed = 1, ///< a file could not be read (the others were still handled), a change was
                    ///< refused, the archive failed
    BadArguments = 2,
};

/// One subcommand: `arguments` excludes the program and command names.
struct Command {
    const char* name;
    const char* summary; ///< QT_TRANSLATE_NOOP("nianbao::cli", ...)
    int (*run)(const QStringList& arguments);
};

int runExtract(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runText(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runList(const QStringList& arguments);
int runCorrect(const QStringList& arguments);
int runAccept(const QStringList& arguments);
int runDecide(const QStringList& arguments);
int runStatus(const QStringList& arguments);
int runHistory(const QStringList& arguments);
int runMigrate(const QStringList& arguments);

/// Every command, in the order `nianbao-cli --help` lists them.
QList<Command> commands();

} // namespace nianbao::cli
