#pragma once

#include <QByteArray>
#include <QString>

namespace nianbao::test {

/// The bytes of one entry of a zip file (a .docx's word/document.xml, an .xlsx's sheet), or
/// nothing when the file is no zip or has no such entry: tests read back what was written.
QByteArray zipEntry(const QString& zipPath, const QString& entryName);

} // namespace nianbao::test
