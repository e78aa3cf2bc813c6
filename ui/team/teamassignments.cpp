#include "team/teamassignments.h"

#include "browser/browserpane.h"
#include "browser/reportlistmodel.h"
#include "common/prompter.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "store/archive.h"
#include "store/teamreview.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

namespace {

constexpr int kMessageTimeoutMs = 8000;

} // namespace

TeamAssignments::TeamAssignments(MainWindow* window, AppSettings& settings, Prompter& prompter)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("teamAssignments"));
    MainActions* actions = window->actions();
    const bool team = store::teamReview(window->archive()) != nullptr;
    for (QAction* action :
         {actions->assignListed, actions->teamProgress, actions->showAll, actions->showMine,
          actions->showUnassigned, actions->showClaimedByOthers}) {
        action->setEnabled(team);
    }
    connect(actions->assignListed, &QAction::triggered, this, &TeamAssignments::assignListed);
    connect(actions->teamProgress, &QAction::triggered, this, &TeamAssignments::showProgress);
    connect(actions->showAll, &QAction::triggered, this, [this] { show(Shown::All); });
    connect(actions->showMine, &QAction::triggered, this, [this] { show(Shown::AssignedToMe); });
    connect(actions->showUnassigned, &QAction::triggered, this,
            [this] { show(Shown::Unassigned); });
    connect(actions->showClaimedByOthers, &QAction::triggered, this,
            [this] { show(Shown::ClaimedByOthers); });
    actions->showAll->setChecked(true);
}

void TeamAssignments::show(Shown shown)
{
    MainActions* actions = m_window->actions();
    QAction* checked = shown == Shown::All            ? actions->showAll
                       : shown == Shown::AssignedToMe ? actions->showMine
                       : shown == Shown::Unassigned   ? actions->showUnassigned
                                                      : actions->showClaimedByOthers;
    checked->setChecked(true);
    const QString me = m_settings.reviewerName().trimmed();
    store::ReportFilter filter = m_window->browser()->model()->filter();
    filter.assignee.reset();
    filter.claimedByOthersThan.reset();
    switch (shown) {
    case Shown::All:
        break;
    case Shown::AssignedToMe:
        filter.assignee = me;
        break;
    case Shown::Unassigned:
        filter.assignee = QString();
        break;
    case Shown::ClaimedByOthers:
        filter.claimedByOthersThan = me;
        break;
    }
    const ReportId selected = m_window->browser()->selectedReport();
    m_window->browser()->model()->setFilter(filter);
    m_window->browser()->selectReport(selected);
}

void TeamAssignments::assignListed()
{
    store::TeamReview* team = store::teamReview(m_window->archive());
    const ReportListModel* list = m_window->browser()->model();
    if (!team || list->rowCount() == 0) {
        return;
    }
    const std::optional<QString> reviewer = m_prompter.askText(
        m_window, tr("Assign reports"),
        tr("Assign the %n report(s) listed to the reviewer (leave empty for nobody):", nullptr,
           list->rowCount()),
        QString());
    if (!reviewer) {
        return;
    }
    std::vector<ReportId> ids;
    ids.reserve(std::size_t(list->rowCount()));
    for (int row = 0; row < list->rowCount(); ++row) {
        ids.push_back(list->row(row)->id);
    }
    const QString name = reviewer->trimmed();
    const QString me = m_settings.reviewerName().trimmed();
    const Result<qint64> changed = team->assign(ids, name, me.isEmpty() ? tr("supervisor") : me);
    if (!changed) {
        m_window->statusBar()->showMessage(changed.error().message, kMessageTimeoutMs);
        return;
    }
    m_window->statusBar()->showMessage(
        name.isEmpty() ? tr("%n report(s) now assigned to nobody.", nullptr, int(*changed))
                       : tr("%n report(s) newly assigned to %1.", nullptr, int(*changed)).arg(name),
        kMessageTimeoutMs);
    // A list filtered by assignee changes with the assignment.
    m_window->browser()->refresh();
    if (m_progress && m_progress->isVisible()) {
        fillProgress();
    }
}

void TeamAssignments::showProgress()
{
    if (!m_progress) {
        m_progress = new QDialog(m_window);
        m_progress->setObjectName(QStringLiteral("teamProgressDialog"));
        auto* table = new QTableWidget(m_progress);
        table->setObjectName(QStringLiteral("progressTable"));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_progress);
        connect(buttons, &QDialogButtonBox::rejected, m_progress, &QDialog::close);
        auto* layout = new QVBoxLayout(m_progress);
        layout->addWidget(table);
        layout->addWidget(buttons);
        m_progress->resize(560, 320);
    }
    fillProgress();
    m_progress->show();
    m_progress->raise();
}

void TeamAssignments::fillProgress()
{
    m_progress->setWindowTitle(tr("Team progress"));
    auto* table = m_progress->findChild<QTableWidget*>(QStringLiteral("progressTable"));
    table->clear();
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Reviewer"), tr("Reports"), tr("Pending"), tr("Reviewed"), tr("Doubtful")});
    store::TeamReview* team = store::teamReview(m_window->archive());
    const Result<std::vector<store::ReviewerProgress>> rows =
        team ? team->progress() : Result<std::vector<store::ReviewerProgress>>{};
    if (!rows) {
        table->setRowCount(0);
        m_window->statusBar()->showMessage(rows.error().message, kMessageTimeoutMs);
        return;
    }
    table->setRowCount(int(rows->size()));
    const QLocale locale;
    for (int row = 0; row < int(rows->size()); ++row) {
        const store::ReviewerProgress& line = (*rows)[std::size_t(row)];
        const QStringList cells{line.reviewer.isEmpty() ? tr("(nobody)") : line.reviewer,
                                locale.toString(line.reports), locale.toString(line.pending),
                                locale.toString(line.reviewed), locale.toString(line.doubtful)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            table->setItem(row, column, item);
        }
    }
}

} // namespace nianbao::ui
