#pragma once

#include "common/error.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Limits that keep a bad file from exhausting the machine.
struct ReadLimits {
    qint64 maxFileBytes = 32 * 1024 * 1024; ///< larger files are refused, not read
};

/// Reads a report file in any supported format into a Document (its plain text and how it
/// was read). The format is found from the content, then the file name. Errors name the
/// problem, never crash: missing, unreadable, empty, too large, binary, undecodable,
/// unsupported.
Result<Document> readDocument(const QString& path, const ReadLimits& limits = {});

/// The same from bytes already in memory (the archive keeps every report's original bytes).
/// `fileName` is used for messages and to help find the format.
Result<Document> readDocument(const QByteArray& bytes, const QString& fileName,
                              const ReadLimits& limits = {});

} // namespace nianbao
