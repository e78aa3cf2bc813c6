#pragma once

#include "common/error.h"
#include "store/archive.h"
#include "supervision/notice/notice.h"
#include "supervision/thresholds.h"

#include <vector>

namespace nianbao::supervision {

class DeskStore;

/// The words of a notice in its language, whatever the application's: the notice goes to a
/// body, not to the reviewer who makes it. `source` is marked with
/// QT_TRANSLATE_NOOP("nianbao::Notice", …).
QString noticeText(const char* source, bool chinese);

/// The rectification notice for `reports`: for each, every open error, warning and note of
/// the archive (decided ones left out), the implausible changes since the same body's report
/// of the year before, and the parts copied from another report with the shared passages;
/// the tables with a cell concerned, in their official layout, painted by the gravest item
/// on each cell. In Chinese, or English when `chinese` is false.
Result<Notice> buildNotice(store::Archive& archive, DeskStore& desk,
                           const std::vector<ReportId>& reports, bool chinese,
                           const Thresholds& thresholds = {});

} // namespace nianbao::supervision
