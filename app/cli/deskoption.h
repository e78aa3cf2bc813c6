#pragma once

#include "model/finding.h"
#include "store/archive.h"
#include "supervision/desk/deskstore.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <optional>

namespace nianbao::cli {

/// The supervisor's desk of an open archive (its registry, alias table and dates), or nothing
/// with the reason on standard error naming the archive.
std::optional<supervision::DeskStore> openDesk(const store::Archive& archive);

/// A finding as the contract's "issues" write it: rule, severity, cells, message.
QJsonObject findingToJson(const Finding& finding);

/// Parses `arguments` for a command named `command`, printing help or the parse error. Returns
/// the exit code to end with, or nothing to go on.
std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command,
                                const QStringList& arguments);

/// A --year value: a year, or nothing with the reason on standard error.
std::optional<int> yearValue(const QCommandLineParser& parser, const QString& option);

} // namespace nianbao::cli
