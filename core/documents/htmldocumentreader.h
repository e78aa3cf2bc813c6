#pragma once

#include "common/error.h"
#include "documents/readlimits.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Reads a web page (a saved government page, say): its charset from the byte-order mark or
/// <meta>, parsed by libxml2's HTML parser (forgiving, never touching the network), its
/// article when the page makes it obvious, tables with rowspan/colspan expanded as
/// tab-separated rows, paragraphs as lines.
Result<Document> readHtmlDocument(const QByteArray& bytes, const QString& fileName,
                                  const ReadLimits& limits);

} // namespace nianbao
