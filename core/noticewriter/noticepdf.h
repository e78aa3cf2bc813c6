#pragma once

#include "common/error.h"
#include "supervision/notice/notice.h"

#include <QString>

namespace nianbao::supervision {

/// Writes the notice as an A4 PDF through QPdfWriter, atomically (QSaveFile): nothing appears
/// at `path` unless the whole document was written. Needs a QGuiApplication (fonts).
Result<void> writeNoticePdf(const Notice& notice, const QString& path);

} // namespace nianbao::supervision
