#include "history/timelinepane.h"

#include "common/itemroles.h"
#include "common/prompter.h"
#include "history/timelinemodel.h"
#include "session/reportsession.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao::ui {

TimelinePane::TimelinePane(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_model(new TimelineModel(this))
    , m_table(new QTableView(this))
    , m_save(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_save->setObjectName(QStringLiteral("saveTimelineButton"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QStringList cells = index.data(CellKeysRole).toStringList();
        if (!cells.isEmpty()) {
            emit cellsChosen(cells);
        }
    });
    connect(m_model, &TimelineModel::failed, this, &TimelinePane::message);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::scrollToBottom);
    connect(m_save, &QPushButton::clicked, this, &TimelinePane::askSave);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslate();
}

void TimelinePane::setSession(ReportSession* session)
{
    m_model->setSession(session);
    m_save->setEnabled(session != nullptr);
}

bool TimelinePane::save(const QString& path)
{
    if (const Result<void> saved = exporting::saveTimeline(m_model->entries(), path); !saved) {
        emit message(tr("Could not save the timeline to %1: %2")
                         .arg(QDir::toNativeSeparators(path), saved.error().message));
        return false;
    }
    emit message(tr("Saved the timeline to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TimelinePane::askSave()
{
    const std::optional<QString> path =
        m_prompter.askSaveFile(this, tr("Save the timeline"), QStringLiteral("timeline.xlsx"),
                               tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path && !path->isEmpty()) {
        save(*path);
    }
}

void TimelinePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TimelinePane::retranslate()
{
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the timeline as an Excel workbook (.xlsx) or as CSV"));
}

} // namespace nianbao::ui
