#pragma once

#include "common/error.h"
#include "supervision/notice/notice.h"

#include <QByteArray>
#include <QString>

namespace nianbao::supervision {

/// The notice as a Word document (.docx, Office Open XML): headings, the numbered items, and
/// the official tables with the cells concerned shaded by severity.
QByteArray noticeDocx(const Notice& notice);

/// Writes noticeDocx() to `path` atomically (QSaveFile).
Result<void> writeNoticeDocx(const Notice& notice, const QString& path);

} // namespace nianbao::supervision
