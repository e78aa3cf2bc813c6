#include "findings/findingspanel.h"

#include "common/itemroles.h"
#include "findings/findingsmodel.h"
#include "model/finding.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao::ui {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_confirm(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_reopen(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_confirm->setObjectName(QStringLiteral("confirmFindingButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissFindingButton"));
    m_reopen->setObjectName(QStringLiteral("reopenFindingButton"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 90);
    // A rule's name is read whole, in either language: its column follows the names shown.
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::RuleColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(FindingsModel::CellsColumn, 260);
    m_table->setColumnWidth(FindingsModel::DecisionColumn, 160);
    m_table->setColumnWidth(FindingsModel::RuleIdColumn, 170);
    // The rule's name says what broke; its id is for those who quote it (the CLI, exports),
    // shown on request from the header's context menu.
    m_table->setColumnHidden(FindingsModel::RuleIdColumn, true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &FindingsPanel::showColumnMenu);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                updateButtons();
                if (m_restoring) {
                    return;
                }
                const Finding* chosen = currentFinding();
                m_chosenRule = chosen ? chosen->rule : QString();
                m_chosenCells = chosen ? chosen->cells : QStringList();
                if (current.isValid()) {
                    emit findingChosen(
                        current.siblingAtColumn(0).data(CellKeysRole).toStringList());
                }
            });
    // An edit re-checks the report and the list is rebuilt: the reviewer stays on the finding
    // chosen (the same rule on the same cells) without the other panes moving.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount() && !m_chosenRule.isEmpty(); ++row) {
            const Finding* finding = m_model->finding(row);
            if (finding && finding->rule == m_chosenRule && finding->cells == m_chosenCells) {
                m_restoring = true;
                selectRow(row);
                m_restoring = false;
                break;
            }
        }
        updateSummary();
        updateButtons();
    });
    connect(m_confirm, &QPushButton::clicked, this,
            [this] { emit decisionRequested(FindingVerdict::Confirmed); });
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { emit decisionRequested(FindingVerdict::Dismissed); });
    connect(m_reopen, &QPushButton::clicked, this,
            [this] { emit decisionRequested(FindingVerdict::Open); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_confirm);
    bar->addWidget(m_dismiss);
    bar->addWidget(m_reopen);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    retranslate();
}

void FindingsPanel::setSession(ReportSession* session)
{
    m_chosenRule.clear();
    m_chosenCells.clear();
    m_model->setSession(session);
}

const Finding* FindingsPanel::currentFinding() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->finding(current.row()) : nullptr;
}

bool FindingsPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

bool FindingsPanel::selectOpen(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return false;
    }
    const QModelIndex current = m_table->currentIndex();
    const int from = current.isValid() ? current.row() : (step > 0 ? -1 : 0);
    for (int offset = 1; offset <= rows; ++offset) {
        const int row = ((from + step * offset) % rows + rows) % rows;
        if (m_model->index(row, 0).data(VerdictRole).toString() == QLatin1String("open")) {
            return selectRow(row);
        }
    }
    return false;
}

bool FindingsPanel::selectNext()
{
    return selectOpen(1);
}

bool FindingsPanel::selectPrevious()
{
    return selectOpen(-1);
}

bool FindingsPanel::selectFinding(const QString& fingerprint)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Finding* finding = m_model->finding(row);
        if (finding && findingFingerprint(*finding) == fingerprint) {
            return selectRow(row);
        }
    }
    return false;
}

int FindingsPanel::selectAlike()
{
    const Finding* current = currentFinding();
    if (!current) {
        return -1;
    }
    const QString rule = current->rule;
    QItemSelection alike;
    int added = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const Finding* finding = m_model->finding(row);
        if (!finding || finding->rule != rule || row == m_table->currentIndex().row() ||
            index.data(VerdictRole).toString() != QLatin1String("open")) {
            continue;
        }
        alike.select(index, index);
        ++added;
    }
    m_table->selectionModel()->select(alike,
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return added;
}

std::vector<Finding> FindingsPanel::selectedFindings() const
{
    std::vector<Finding> chosen;
    if (const Finding* current = currentFinding()) {
        chosen.push_back(*current);
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (index.row() == m_table->currentIndex().row()) {
            continue;
        }
        if (const Finding* finding = m_model->finding(index.row())) {
            chosen.push_back(*finding);
        }
    }
    return chosen;
}

void FindingsPanel::showColumnMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("findingsColumnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setData(column);
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The message says what is wrong: it always stays.
        action->setEnabled(column != FindingsModel::MessageColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu->popup(m_table->horizontalHeader()->mapToGlobal(position));
}

void FindingsPanel::updateSummary()
{
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(VerdictRole).toString() != QLatin1String("dismissed")) {
            const QString severity = index.data(SeverityRole).toString();
            errors += severity == QLatin1String("error");
            warnings += severity == QLatin1String("warning");
            notes += severity == QLatin1String("note");
        }
        open += index.data(VerdictRole).toString() == QLatin1String("open");
    }
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No findings.")
                           : tr("%1 error(s), %2 warning(s), %3 note(s) · %4 without a decision")
                                 .arg(errors)
                                 .arg(warnings)
                                 .arg(notes)
                                 .arg(open));
}

void FindingsPanel::updateButtons()
{
    const bool chosen = currentFinding() != nullptr;
    m_confirm->setEnabled(chosen);
    m_dismiss->setEnabled(chosen);
    m_reopen->setEnabled(chosen);
}

void FindingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslate()
{
    m_confirm->setText(tr("&Confirm…"));
    m_confirm->setToolTip(tr("The report is wrong here: confirm the finding, with a comment"));
    m_dismiss->setText(tr("Dis&miss…"));
    m_dismiss->setToolTip(tr("Not a problem: dismiss the finding, with a comment"));
    m_reopen->setText(tr("Re&open"));
    m_reopen->setToolTip(tr("Withdraw the decision on the finding"));
    m_model->retranslate();
    updateSummary();
}

} // namespace nianbao::ui
