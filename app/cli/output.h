#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace nianbao::cli {

/// Writes UTF-8 to standard output, whatever the locale: the contract's JSON and text are UTF-8.
void writeOut(QByteArrayView utf8);
void writeOut(const QByteArray& utf8);
void writeOut(const QString& text);

/// Writes UTF-8 to standard error as it is (progress, which is no error).
void writeErr(const QString& text);

/// "nianbao-cli: FILE: reason" on standard error (the contract's error line).
void reportFileError(const QString& file, const QString& reason);
/// "nianbao-cli: message" on standard error.
void reportError(const QString& message);

/// When on, nothing is written to standard output or error (the fuzz target of argument
/// parsing runs millions of commands).
void setQuiet(bool on);

} // namespace nianbao::cli
