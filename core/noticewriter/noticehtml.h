#pragma once

#include "supervision/notice/notice.h"

#include <QColor>
#include <QString>

namespace nianbao::supervision {

/// The paint of a cell concerned by an item of this severity (the same in every format).
QColor severityPaint(Severity severity);
/// The severity as the notice names it, in its language.
QString noticeSeverityName(Severity severity, bool chinese);
/// What kind of item it is, in the notice's language.
QString noticeKindName(NoticeItemKind kind, bool chinese);

/// The notice as HTML that QTextDocument lays out (what the PDF prints).
QString noticeHtml(const Notice& notice);

} // namespace nianbao::supervision
