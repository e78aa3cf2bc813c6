#pragma once

#include "common/error.h"
#include "documents/readlimits.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Reads a PDF: each page's words with their boxes (poppler) laid out as rows and cells,
/// pages in order, every cell's span tied to its page and box in Document::pageBoxes. Pages
/// without a usable text layer (scans, fonts without a character map) are read with
/// Tesseract when it is installed, marking the document as low-quality text; without it, a
/// PDF that is all scans fails with ErrorCode::MissingTool. An encrypted PDF that needs a
/// password fails with ErrorCode::Encrypted.
Result<Document> readPdfDocument(const QByteArray& bytes, const QString& fileName,
                                 const ReadLimits& limits);

} // namespace nianbao
