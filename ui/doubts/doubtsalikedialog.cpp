#include "doubts/doubtsalikedialog.h"

#include "store/archive.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

namespace {

constexpr int kGroupRole = Qt::UserRole + 1;
constexpr int kMemberRole = Qt::UserRole + 2;
/// Characters of text shown either side of a doubt's cells.
constexpr qsizetype kSnippetContext = 40;

} // namespace

DoubtsAlikeDialog::DoubtsAlikeDialog(store::Archive& archive, workflow::ReportProcessing processing,
                                     QString reviewer, QSet<ReportId> within, QWidget* parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_processing(std::move(processing))
    , m_reviewer(std::move(reviewer))
    , m_within(std::move(within))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_snippet(new QLabel(this))
    , m_accept(new QPushButton(tr("&Accept the Group"), this))
    , m_open(new QPushButton(tr("&Open the Report"), this))
{
    setObjectName(QStringLiteral("doubtsAlikeDialog"));
    setWindowTitle(tr("Doubts Alike"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("doubtsTree"));
    m_tree->setHeaderLabels({tr("Doubt and reading"), tr("Cells")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_snippet->setObjectName(QStringLiteral("doubtSnippet"));
    m_snippet->setWordWrap(true);
    m_snippet->setTextFormat(Qt::RichText);
    m_snippet->setMinimumHeight(m_snippet->fontMetrics().height() * 3);
    m_accept->setObjectName(QStringLiteral("acceptDoubtGroupButton"));
    m_accept->setToolTip(tr("Vouch for the cells of every doubt in the group, as read: each "
                            "report records it in its history"));
    m_open->setObjectName(QStringLiteral("openDoubtButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_accept, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &DoubtsAlikeDialog::acceptChosenGroup);
    connect(m_open, &QPushButton::clicked, this, &DoubtsAlikeDialog::openChosen);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DoubtsAlikeDialog::showSnippet);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->parent()) {
            openChosen();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_snippet);
    layout->addWidget(buttons);
    resize(900, 560);
    refresh();
}

void DoubtsAlikeDialog::refresh()
{
    m_tree->clear();
    Result<std::vector<workflow::DoubtGroup>> groups = workflow::doubtsAlike(m_archive, m_within);
    if (!groups) {
        m_groups.clear();
        m_summary->setText(groups.error().message);
        return;
    }
    m_groups = std::move(*groups);
    m_summary->setText(
        m_groups.empty()
            ? tr("No open doubt of the reports listed is alike another.")
            : tr("%n group(s) of open doubts read the same way, in the reports listed:", nullptr,
                 int(m_groups.size())));
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const workflow::DoubtGroup& group = m_groups[g];
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1 — read as %2 — %n doubt(s)", nullptr, int(group.members.size()))
                            .arg(group.members.front().finding.message(), group.reading));
        top->setText(1, tr("in %n report(s)", nullptr, group.reportCount()));
        top->setData(0, kGroupRole, int(g));
        for (std::size_t m = 0; m < group.members.size(); ++m) {
            const workflow::DoubtMember& member = group.members[m];
            auto* item = new QTreeWidgetItem(top);
            item->setText(
                0, tr("%1 · %2 · %3")
                       .arg(QFileInfo(member.file).fileName(),
                            member.agency.isEmpty() ? tr("Unknown agency") : member.agency,
                            member.year ? QString::number(*member.year) : tr("year unknown")));
            item->setText(1, member.finding.cells.join(QStringLiteral(", ")));
            item->setData(0, kGroupRole, int(g));
            item->setData(0, kMemberRole, int(m));
        }
    }
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
    showSnippet();
}

int DoubtsAlikeDialog::chosenGroup() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kGroupRole).toInt() : -1;
}

const workflow::DoubtMember* DoubtsAlikeDialog::chosenMember() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->parent()) {
        return nullptr;
    }
    const workflow::DoubtGroup& group = m_groups.at(std::size_t(item->data(0, kGroupRole).toInt()));
    return &group.members.at(std::size_t(item->data(0, kMemberRole).toInt()));
}

void DoubtsAlikeDialog::showSnippet()
{
    const workflow::DoubtMember* member = chosenMember();
    m_open->setEnabled(member != nullptr);
    m_accept->setEnabled(chosenGroup() >= 0);
    if (!member) {
        m_snippet->setText(tr("Choose a member to see where its report prints it."));
        return;
    }
    // The member's own text: where its doubt's cells are printed, with a little around.
    const Result<StoredReport> stored = m_archive.loadReport(member->report);
    if (!stored) {
        m_snippet->setText(stored.error().message.toHtmlEscaped());
        return;
    }
    const QString& text = stored->document.text;
    qsizetype start = -1;
    qsizetype end = -1;
    for (const QString& key : member->finding.cells) {
        const Cell* cell = stored->extracted.cell(key);
        if (cell && cell->span) {
            start = start < 0 ? cell->span->start : std::min(start, cell->span->start);
            end = std::max(end, cell->span->end);
        }
    }
    if (start < 0) {
        m_snippet->setText(tr("The report prints nothing where these cells belong."));
        return;
    }
    const qsizetype from = std::max<qsizetype>(0, start - kSnippetContext);
    const qsizetype to = std::min(text.size(), end + kSnippetContext);
    m_snippet->setText(QStringLiteral("…%1<b>%2</b>%3…")
                           .arg(text.mid(from, start - from).toHtmlEscaped(),
                                text.mid(start, end - start).toHtmlEscaped(),
                                text.mid(end, to - end).toHtmlEscaped())
                           .replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")));
}

bool DoubtsAlikeDialog::acceptChosenGroup()
{
    const int g = chosenGroup();
    if (g < 0) {
        return false;
    }
    const Result<int> settled =
        workflow::acceptDoubtGroup(m_archive, m_processing, m_groups.at(std::size_t(g)), m_reviewer,
                                   tr("Accepted with the doubts alike"));
    emit reportsChanged();
    refresh();
    if (!settled) {
        m_summary->setText(settled.error().message);
        return false;
    }
    m_summary->setText(tr("%n doubt(s) settled.", nullptr, *settled) + QLatin1Char(' ') +
                       m_summary->text());
    return true;
}

void DoubtsAlikeDialog::openChosen()
{
    if (const workflow::DoubtMember* member = chosenMember()) {
        emit openRequested(member->report, member->finding.cells);
    }
}

} // namespace nianbao::ui
