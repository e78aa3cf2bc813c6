#include "history/cellhistorydialog.h"

#include "common/timetext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

CellHistoryDialog::CellHistoryDialog(const QString& cellTitle, std::optional<double> extracted,
                                     const std::vector<Correction>& history,
                                     const std::function<QString(std::optional<double>)>& format,
                                     QWidget* parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(int(history.size()), 5, this))
{
    setObjectName(QStringLiteral("cellHistoryDialog"));
    setWindowTitle(tr("Cell history"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_heading->setObjectName(QStringLiteral("historyHeading"));
    m_heading->setWordWrap(true);
    const auto shown = [&](std::optional<double> value) {
        return value ? format(value) : tr("blank");
    };
    m_heading->setText(history.empty()
                           ? tr("<b>%1</b><br/>Read as %2. No reviewer has changed this cell.")
                                 .arg(cellTitle.toHtmlEscaped(), shown(extracted))
                           : tr("<b>%1</b><br/>Read as %2; %n correction(s), oldest first.",
                                nullptr, int(history.size()))
                                 .arg(cellTitle.toHtmlEscaped(), shown(extracted)));

    m_table->setHorizontalHeaderLabels(
        {tr("Old value"), tr("New value"), tr("Reviewer"), tr("Time"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(history.size()); ++row) {
        const Correction& correction = history[std::size_t(row)];
        // A step that leaves the value says what it did instead.
        const QString after = correction.candidate ? tr("%1 (reading %2 accepted)")
                                                         .arg(shown(correction.newValue))
                                                         .arg(*correction.candidate + 1)
                              : correction.changesValue() ? shown(correction.newValue)
                              : correction.vouched
                                  ? tr("%1 (accepted)").arg(shown(correction.newValue))
                                  : tr("%1 (acceptance withdrawn)").arg(shown(correction.newValue));
        const QStringList texts{shown(correction.oldValue), after, correction.reviewer,
                                shownTime(correction.time), correction.reason};
        for (int column = 0; column < int(texts.size()); ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            if (column < 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("historyButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 320);
}

} // namespace nianbao::ui
