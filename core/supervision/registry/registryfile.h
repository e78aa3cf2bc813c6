#pragma once

#include "supervision/registry/bodyregistry.h"

#include <QByteArray>
#include <QString>

namespace nianbao::supervision {

/// Reads a registry of bodies from an XLSX workbook (its first worksheet) or a CSV file, told
/// apart by their content (an XLSX file is a ZIP archive), whatever the file's name says.
/// Every problem is reported; nothing is returned half read.
RegistryRead readRegistry(const QByteArray& bytes);

/// The same, from a file; a file that cannot be read, or is larger than any registry (32 MB),
/// is a problem of the file as a whole.
RegistryRead readRegistryFile(const QString& path);

} // namespace nianbao::supervision
