#pragma once

#include "common/error.h"
#include "documents/readlimits.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Reads a Word 97–2003 .doc or a WPS .wps file by converting it to .docx with LibreOffice
/// (`soffice --headless --convert-to docx`, in a temporary folder removed afterwards, with
/// a timeout) and reading that. Without LibreOffice, fails with ErrorCode::MissingTool and
/// says how to convert the file by hand.
Result<Document> readLegacyWordDocument(const QByteArray& bytes, const QString& fileName,
                                        const ReadLimits& limits);

} // namespace nianbao
