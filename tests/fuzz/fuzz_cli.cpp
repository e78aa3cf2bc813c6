// nianbao-cli's argument parsing: the input is a command line, one argument per line. Every
// command parses and checks its options and stops there (cli::setArgumentsOnly), so no
// generated argument reads a file, opens an archive or writes anything.

#include "commands.h"
#include "fuzzsetup.h"
#include "output.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace nianbao;
    fuzz::setUp();
    cli::setArgumentsOnly(true);
    cli::setQuiet(true);
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    QStringList arguments = text.split(QLatin1Char('\n'));
    if (arguments.size() > 64) {
        arguments.resize(64); // a command line of more is no new case
    }
    const int exitCode = cli::run(arguments);
    // The contract's codes only: a parse either passes or is refused as bad arguments.
    if (exitCode != 0 && exitCode != 2) {
        __builtin_trap();
    }
    return 0;
}
