#include "common/prompter.h"

#include <QFileDialog>
#include <QInputDialog>

namespace nianbao::ui {

std::optional<QString> DialogPrompter::askText(QWidget* parent, const QString& title,
                                               const QString& label, const QString& initial)
{
    bool accepted = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &accepted);
    if (!accepted) {
        return std::nullopt;
    }
    return text;
}

QStringList DialogPrompter::askFiles(QWidget* parent, const QString& title, const QString& folder,
                                     const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, folder, filter);
}

QString DialogPrompter::askFolder(QWidget* parent, const QString& title, const QString& folder)
{
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

std::optional<QString> DialogPrompter::askSaveFile(QWidget* parent, const QString& title,
                                                   const QString& suggested, const QString& filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}

} // namespace nianbao::ui
