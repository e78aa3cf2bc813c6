#pragma once

#include "common/error.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

/// Reads a plain-text report: the decoded text exactly as in the file (not normalised, so
/// that spans index what `nianbao-cli text` prints), its encoding, and the decoder's notices.
Result<Document> readTextDocument(const QByteArray& bytes, const QString& fileName);

} // namespace nianbao
