#pragma once

#include <QString>

namespace nianbao {
class ReportTemplate;
}

namespace nianbao::ui {

/// "Row · Column" of a cell in the current language (e.g. "一、本年新收政府信息公开申请数量 ·
/// 自然人"), from the format's data; the key itself when the format does not know it.
QString cellTitle(const ReportTemplate* format, QStringView key);

/// The row label of a cell in the current language, or the key when the format does not know
/// it.
QString rowTitle(const ReportTemplate* format, QStringView key);

/// How a rule of the format reads for people: its sides ("总计 = 自然人 + …") when it has
/// them, else its code.
QString ruleTitle(const ReportTemplate* format, const QString& code);

/// The table's title ("表三 …") for a cell key's table, or the table key.
QString tableTitle(const ReportTemplate* format, QStringView tableKey);

} // namespace nianbao::ui
