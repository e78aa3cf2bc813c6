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
int runRegistry(const QStringList& arguments);
int runCoverage(const QStringList& arguments);
int runCopies(const QStringList& arguments);
int runYearOnYear(const QStringList& arguments);
int runNotice(const QStringList& arguments);
int runAssign(const QStringList& arguments);
int runProgress(const QStringList& arguments);

/// Every command, in the order `nianbao-cli --help` lists them.
QList<Command> commands();

/// Runs the command the arguments name (`arguments` excludes the program name): the whole
/// of nianbao-cli but for setting up the application.
int run(QStringList arguments);

/// When on, each command parses and checks its arguments, then returns before it reads a
/// file or opens an archive: what the argument-parsing fuzz target (tests/fuzz) runs, so that
/// no generated argument can touch the machine.
void setArgumentsOnly(bool on);
[[nodiscard]] bool argumentsOnly();

} // namespace nianbao::cli
