#pragma once

#include <QString>

namespace nianbao {

/// The key that finds the same body across years: trimmed, NFKC (full-width letters and
/// digits become ASCII), every space removed ("河北省 机关事务管理局" and
/// "河北省机关事务管理局" are one body).
QString normalizedAgencyName(const QString& agency);

/// The province-level region an agency name starts with ("河北省…" → "河北省",
/// "新疆维吾尔自治区…" → "新疆维吾尔自治区", "北京市…" → "北京市"), or "" when it starts with
/// none (county and street bodies often name only their city or district).
QString regionOfAgency(const QString& normalizedAgency);

} // namespace nianbao
