#pragma once

#include <QString>

namespace nianbao {
class ReportTemplate;
}

namespace nianbao::ui {

/// "Row · Column" of a cell in the current language (e.g. "一、本年新收政府信息公开申请数量 ·
/// 自然人"), from the format's data; the key itself when the format does not know it.
QString cellTitle(const ReportTemplate* format, QStringView key);

/// The table's title ("表三 …") for a cell key's table, or the table key.
QString tableTitle(const ReportTemplate* format, QStringView tableKey);

} // namespace nianbao::ui
