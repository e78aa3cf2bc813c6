#include "documents/externaltool.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

namespace nianbao {

QString findTool(const QString& program)
{
    return QStandardPaths::findExecutable(program);
}

Result<ToolRun> runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                        const QString& workingDirectory, const QStringList& environment)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!environment.isEmpty()) {
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        for (const QString& variable : environment) {
            const qsizetype equals = variable.indexOf(u'=');
            if (equals > 0) {
                variables.insert(variable.left(equals), variable.mid(equals + 1));
            }
        }
        process.setProcessEnvironment(variables);
    }
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.setStandardInputFile(QProcess::nullDevice());
    // LibreOffice's launcher starts the real office as a child: only a group of its own
    // lets a timeout end both.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("nianbao::ExternalTool",
                                                               "%1 could not be started: %2")
                                       .arg(QFileInfo(program).fileName(), process.errorString()));
    }
    const qint64 group = process.processId();
    if (!process.waitForFinished(timeoutMs)) {
        // The leader is not yet reaped, so the group id still names this group alone.
        ::kill(static_cast<pid_t>(-group), SIGKILL);
        process.waitForFinished(5000);
        return fail(ErrorCode::Cancelled,
                    QCoreApplication::translate("nianbao::ExternalTool",
                                                "%1 took longer than %2 seconds and was stopped")
                        .arg(QFileInfo(program).fileName())
                        .arg(timeoutMs / 1000));
    }
    ToolRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

} // namespace nianbao
