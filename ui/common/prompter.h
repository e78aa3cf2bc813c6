#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace nianbao::ui {

/// The questions the application asks in modal dialogs. The window asks through this
/// interface, so that tests answer with a scripted prompter instead of blocking on a dialog.
class Prompter {
public:
    virtual ~Prompter() = default;

    /// A line of text; nothing when the user cancels.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title,
                                           const QString& label, const QString& initial) = 0;
    /// Files to open; empty when the user cancels.
    virtual QStringList askFiles(QWidget* parent, const QString& title, const QString& folder,
                                 const QString& filter) = 0;
    /// A folder; empty when the user cancels.
    virtual QString askFolder(QWidget* parent, const QString& title, const QString& folder) = 0;
    /// A file to write (`suggested` its proposed path); nothing when the user cancels (and
    /// from a prompter that asks nothing).
    virtual std::optional<QString> askSaveFile(QWidget* /*parent*/, const QString& /*title*/,
                                               const QString& /*suggested*/,
                                               const QString& /*filter*/)
    {
        return std::nullopt;
    }
};

/// The real dialogs: QInputDialog and QFileDialog.
class DialogPrompter final : public Prompter {
public:
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& initial) override;
    QStringList askFiles(QWidget* parent, const QString& title, const QString& folder,
                         const QString& filter) override;
    QString askFolder(QWidget* parent, const QString& title, const QString& folder) override;
    std::optional<QString> askSaveFile(QWidget* parent, const QString& title,
                                       const QString& suggested, const QString& filter) override;
};

} // namespace nianbao::ui
