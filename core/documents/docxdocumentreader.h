#pragma once

#include "common/error.h"
#include "documents/readlimits.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Reads a Word .docx: the package opened with QuaZip under zip-bomb limits, its main part
/// (found through the package relationships) read with QXmlStreamReader into paragraphs and
/// tab-separated table rows. A document without tables still reads: the extractor then
/// reports that it found none.
Result<Document> readDocxDocument(const QByteArray& bytes, const QString& fileName,
                                  const ReadLimits& limits);

} // namespace nianbao
