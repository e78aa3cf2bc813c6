#pragma once

#include <QDateTime>
#include <QString>

namespace nianbao::ui {

/// A moment as the window shows it everywhere: local time with a four-digit year, to the
/// minute ("2026-12-07 21:53"), the same in both languages (a locale's short format prints
/// "12/7/26", whose year is ambiguous in a record kept for years).
inline QString shownTime(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace nianbao::ui
