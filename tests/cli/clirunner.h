#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao::test {

/// What one run of nianbao-cli produced.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs build/bin/nianbao-cli with `arguments` and waits for it (fails the test on timeout).
CliRun runCli(const QStringList& arguments, int timeoutMs = 60000);

} // namespace nianbao::test
