#include "form/readingspanel.h"

#include "form/cellvalue.h"
#include "session/celllabels.h"
#include "session/reportsession.h"
#include "templates/reporttemplate.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

ReadingsPanel::ReadingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_heading->setObjectName(QStringLiteral("candidateReadingsHeading"));
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("candidateReadings"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(160);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit readingChosen(m_cellKey, m_list->indexOfTopLevelItem(item));
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    hide();
}

void ReadingsPanel::setSession(ReportSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_row.clear();
    if (session) {
        // A change re-checks the report: the readings and the rules they keep change too.
        connect(session, &ReportSession::findingsChanged, this, [this] {
            m_row.clear();
            showRow(m_cellKey);
        });
    }
    showRow(QString());
}

void ReadingsPanel::showRow(const QString& cellKey)
{
    m_cellKey = cellKey;
    m_readings =
        m_session && !cellKey.isEmpty() ? m_session->rowReadings(cellKey) : workflow::RowReadings{};
    fill();
}

void ReadingsPanel::fill()
{
    m_list->clear();
    setVisible(!m_readings.isEmpty());
    if (m_readings.isEmpty() || !m_session) {
        return;
    }
    const ReportTemplate* format = m_session->format();
    m_heading->setText(tr("Candidate readings of “%1”, best first (Alt+1…Alt+9 or Enter "
                          "applies one to the whole row):")
                           .arg(rowTitle(format, m_cellKey)));
    QStringList headers{tr("#")};
    for (const QString& key : m_readings.keys) {
        const CellDef* cell = format ? format->cell(key) : nullptr;
        headers << (cell ? format->column(*cell).label.text() : key);
    }
    headers << tr("Rules");
    m_list->setColumnCount(int(headers.size()));
    m_list->setHeaderLabels(headers);
    for (std::size_t r = 0; r < m_readings.readings.size(); ++r) {
        const workflow::RowReading& reading = m_readings.readings[r];
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(r + 1));
        for (qsizetype i = 0; i < m_readings.keys.size(); ++i) {
            const std::optional<double>& value = reading.values[std::size_t(i)];
            const QString shown = CellValueType::of(format, m_readings.keys[i]).format(value);
            item->setText(int(i) + 1, shown.isEmpty() ? tr("blank") : shown);
            item->setTextAlignment(int(i) + 1, Qt::AlignRight | Qt::AlignVCenter);
            if (reading.choice[std::size_t(i)]) {
                QFont bold = item->font(int(i) + 1);
                bold.setBold(true);
                item->setFont(int(i) + 1, bold);
            }
        }
        QStringList rules;
        for (const QString& code : reading.satisfied) {
            rules << QStringLiteral("✓ ") + ruleTitle(format, code);
        }
        for (const QString& code : reading.broken) {
            rules << QStringLiteral("✗ ") + ruleTitle(format, code);
        }
        const int last = int(m_readings.keys.size()) + 1;
        item->setText(last, rules.isEmpty() ? tr("no rule decides between the readings")
                                            : rules.join(QStringLiteral("; ")));
        item->setToolTip(last, rules.join(QLatin1Char('\n')));
    }
    for (int column = 0; column + 1 < m_list->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
    }
}

void ReadingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace nianbao::ui
