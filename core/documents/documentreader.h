#pragma once

#include "common/error.h"
#include "documents/readlimits.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

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
