#include "clirunner.h"

#include "testdata.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace nianbao::test {

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
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
