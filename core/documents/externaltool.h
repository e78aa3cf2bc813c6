#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao {

/// What a finished run of an external program left.
struct ToolRun {
    int exitCode = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

/// A program Nianbao uses when it is installed but does not ship (LibreOffice, Tesseract):
/// its full path on PATH, or empty.
QString findTool(const QString& program);

/// Runs a program directly (no shell) and waits for it. The program and everything it
/// starts run in a process group of their own, so that on timeout the whole group is
/// killed and nothing is left running. Fails with ErrorCode::Io when it cannot start and
/// ErrorCode::Cancelled when it took longer than `timeoutMs`; a non-zero exit is left to the
/// caller to judge. `environment` ("NAME=value") is set for the program on top of this
/// process's own.
Result<ToolRun> runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                        const QString& workingDirectory = {}, const QStringList& environment = {});

} // namespace nianbao
