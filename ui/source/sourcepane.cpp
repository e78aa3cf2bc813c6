#include "source/sourcepane.h"

#include "session/reportsession.h"
#include "source/reportoutline.h"
#include "source/sourcetextview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

namespace {

constexpr int kPositionRole = Qt::UserRole + 1;

void addEntries(QTreeWidgetItem* parent, QTreeWidget* tree,
                const std::vector<OutlineEntry>& entries)
{
    for (const OutlineEntry& entry : entries) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, entry.text);
        item->setToolTip(0, entry.text);
        item->setData(0, kPositionRole, qint64(entry.position));
        addEntries(item, tree, entry.children);
    }
}

} // namespace

SourcePane::SourcePane(QWidget* parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_outline(new QTreeWidget(m_splitter))
    , m_text(new SourceTextView(m_splitter))
{
    m_splitter->setObjectName(QStringLiteral("sourceSplitter"));
    m_outline->setObjectName(QStringLiteral("outlineTree"));
    m_outline->setHeaderHidden(true);
    m_outline->setColumnCount(1);
    m_outline->setUniformRowHeights(true);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_notice->setObjectName(QStringLiteral("sourceNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_text);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({140, 600});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connect(m_outline, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item) {
            m_text->showPosition(item->data(0, kPositionRole).toLongLong());
        }
    });
    connect(m_text, &SourceTextView::cellClicked, this, &SourcePane::cellClicked);
}

void SourcePane::setSession(ReportSession* session)
{
    m_session = session;
    m_text->setSession(session);
    fillOutline();
    retranslate();
}

void SourcePane::fillOutline()
{
    const QSignalBlocker blocker(m_outline);
    m_outline->clear();
    if (m_session) {
        addEntries(nullptr, m_outline,
                   buildOutline(m_session->current(), m_session->document(), m_session->format()));
    }
}

void SourcePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillOutline();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SourcePane::retranslate()
{
    m_outline->setToolTip(tr("The parts of the report: choose one to scroll the text to it"));
    // What the reader noticed (text read with OCR, a damaged text layer) bears on every value.
    const QStringList notices = m_session ? m_session->document().notices : QStringList();
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
}

} // namespace nianbao::ui
