#pragma once

#include <QString>

#include <expected>

namespace nianbao {

/// Why an operation failed. The code is for programs; the message is for people.
enum class ErrorCode {
    FileNotFound,
    Unreadable,
    Empty,
    TooLarge,
    Binary,
    UndecodableText,
    UnsupportedFormat,
    Corrupt,
    Encrypted,
    NoTables,
    MissingTool,
    Database,
    Cancelled,
    InvalidArgument,
    Io,
    /// The disk holding the archive or the output is full: nothing more can be written, so
    /// a batch stops instead of failing every file that remains.
    DiskFull,
};

/// A failure with a translated message that names the problem (not the file: callers that
/// know the file put it in front, as in "nianbao-cli: FILE: reason").
struct Error {
    ErrorCode code = ErrorCode::Io;
    QString message;
};

/// Operations that can fail return Result<T>: the caller must look before using the value.
template <typename T>
using Result = std::expected<T, Error>;

/// A convenience for `return fail(ErrorCode::Empty, tr("..."));`
[[nodiscard]] std::unexpected<Error> fail(ErrorCode code, QString message);

} // namespace nianbao
