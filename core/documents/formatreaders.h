#pragma once

#include "common/error.h"
#include "documents/documentformat.h"
#include "documents/readlimits.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Reads one format's bytes into a Document. `fileName` is for messages and provenance.
using FormatReader = Result<Document> (*)(const QByteArray& bytes, const QString& fileName,
                                          const ReadLimits& limits);

/// The reader readDocument uses for a format, or null when this program has none. Text,
/// HTML, Word .docx and (through LibreOffice) .doc and .wps readers are built in.
FormatReader formatReader(DocumentFormat format);

/// Sets the reader of a format. PDF needs poppler and Qt GUI, which the core must not link:
/// its library (core/pdf) registers its reader here when a program links it.
void registerFormatReader(DocumentFormat format, FormatReader reader);

} // namespace nianbao
