#include "clirunner.h"

#include "testdata.h"

#include <QProcess>

namespace nianbao::test {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    return runCli(arguments, cliEnvironment(), timeoutMs);
}

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binDir() + QStringLiteral("/nianbao-cli"), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        qFatal("nianbao-cli %s did not finish", qUtf8Printable(arguments.join(QLatin1Char(' '))));
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace nianbao::test
