#pragma once

#include <QDialog>

class QAction;

namespace nianbao::ui {

/// Help → Keyboard Shortcuts: every command of the window with its keys, and the keys of the
/// tables, read from the actions themselves so the list never goes out of date.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace nianbao::ui
