#include "theme/statepalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace nianbao::ui {

StatePalette StatePalette::current()
{
    StatePalette palette;
    const QColor window = QApplication::palette().color(QPalette::Window);
    palette.m_dark = window.lightness() < 128;
    return palette;
}

QColor StatePalette::background(CellState state) const
{
    // Light tints in a light theme, deep tones in a dark one: the text stays readable.
    switch (state) {
    case CellState::Error:
        return m_dark ? QColor(0x6b, 0x1f, 0x24) : QColor(0xfd, 0xe2, 0xe2);
    case CellState::Warning:
        return m_dark ? QColor(0x6a, 0x4b, 0x10) : QColor(0xfe, 0xf3, 0xc7);
    case CellState::Note:
        return m_dark ? QColor(0x1e, 0x3a, 0x5f) : QColor(0xe0, 0xee, 0xfb);
    case CellState::LowConfidence:
        return m_dark ? QColor(0x4a, 0x2f, 0x5c) : QColor(0xf1, 0xe6, 0xfb);
    case CellState::Corrected:
        return m_dark ? QColor(0x16, 0x4b, 0x2f) : QColor(0xdc, 0xf5, 0xe6);
    case CellState::Normal:
        break;
    }
    return {};
}

QColor StatePalette::foreground(CellState state) const
{
    if (state == CellState::Normal) {
        return {};
    }
    return m_dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x1f, 0x29, 0x37);
}

QIcon StatePalette::icon(CellState state) const
{
    QStyle* style = QApplication::style();
    switch (state) {
    case CellState::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CellState::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CellState::Note:
    case CellState::LowConfidence:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case CellState::Corrected:
    case CellState::Normal:
        break;
    }
    return {};
}

CellState StatePalette::stateFor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return CellState::Error;
    case Severity::Warning:
        return CellState::Warning;
    case Severity::Note:
        return CellState::Note;
    }
    return CellState::Normal;
}

} // namespace nianbao::ui
