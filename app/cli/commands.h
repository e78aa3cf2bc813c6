#pragma once

#include <QStringList>

namespace nianbao::cli {

/// Exit codes of the CLI contract (cli-json.md).
enum ExitCode : int {
    Success = 0,    ///< every file was read
    SomeFailed = 1, ///< at least one file could not be read (the others were still handled)
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

/// Every command, in the order `nianbao-cli --help` lists them.
QList<Command> commands();

} // namespace nianbao::cli
