#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace nianbao::test {

/// What one run of nianbao-cli produced.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// The test's own environment with a fixed UTF-8 locale: what nianbao-cli runs in.
QProcessEnvironment cliEnvironment();

/// Runs build/bin/nianbao-cli with `arguments` and waits for it (fails the test on timeout).
CliRun runCli(const QStringList& arguments, int timeoutMs = 60000);
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment,
              int timeoutMs = 60000);

} // namespace nianbao::test
