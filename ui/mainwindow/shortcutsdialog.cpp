#include "mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<std::pair<QString, QString>> rows;
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence& keySequence : action->shortcuts()) {
            keys << keySequence.toString(QKeySequence::NativeText);
        }
        rows.append({action->text().remove(QLatin1Char('&')), keys.join(QStringLiteral(" / "))});
    }
    // Keys the tables answer to, which are not menu commands.
    rows.append({tr("Accept the value and go to the next cell with a problem"), tr("Enter")});
    rows.append({tr("Edit the chosen cell"), tr("type the figure")});
    rows.append({tr("Cancel an edit"), tr("Esc")});

    auto* table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(table->horizontalHeader()->length() + 60, 480);
}

} // namespace nianbao::ui
