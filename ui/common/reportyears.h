#pragma once

namespace nianbao::ui {

/// The first year annual reports under the OGI regulations (in force since May 2008) cover:
/// the years the window offers and searches start here.
inline constexpr int kFirstReportYear = 2008;

} // namespace nianbao::ui
