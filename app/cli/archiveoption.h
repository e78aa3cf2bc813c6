#pragma once

#include "archive/archive.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace nianbao::cli {

/// `--db ARCHIVE`, shared by the commands that work on an archive.
QCommandLineOption archiveOption();

/// False, with the reason on standard error, when `--db` was given an empty value.
bool archiveOptionIsValid(const QCommandLineParser& parser, const QCommandLineOption& option);

/// Opens the archive `--db` names, or the default one in the user's data folder (created on
/// first use). On failure the reason is on standard error, naming the archive file, and the
/// result is empty. A damaged archive, opened read-only (Archive::damage), is said so on
/// standard error too.
std::optional<Archive> openArchive(const QCommandLineParser& parser,
                                   const QCommandLineOption& option);

} // namespace nianbao::cli
