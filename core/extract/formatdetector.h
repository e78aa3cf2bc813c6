#pragma once

#include <QString>

#include <optional>

namespace nianbao {
class ReportTemplate;
class TemplateRegistry;
} // namespace nianbao

namespace nianbao::extract {

struct FormatChoice {
    const ReportTemplate* format = nullptr;
    /// How many labels only this format has were found (0: the tables did not tell).
    int evidence = 0;
};

/// Tells the format from the tables themselves: the column, row and block labels that only
/// one format has ("本年制发件数" is 2021, "本年新制作数量" and "政府集中采购" are 2019) are
/// counted in `text[start, end)`; the format with most wins. With no evidence, returns the format
/// first in the registry and evidence 0, for the caller to decide from the year.
FormatChoice detectFormat(const QString& text, qsizetype start, qsizetype end,
                          const TemplateRegistry& registry);

} // namespace nianbao::extract
