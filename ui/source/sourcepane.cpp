#include "source/sourcepane.h"

#include "documents/pdfpageview.h"
#include "session/reportsession.h"
#include "source/reportoutline.h"
#include "source/sourcetextview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

namespace {

constexpr int kPositionRole = Qt::UserRole + 1;
/// Reports are printed on A4 (595 points wide): pages are drawn to the pane's width.
constexpr double kPageWidthPoints = 595.0;

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
    , m_views(new QTabWidget(m_splitter))
    , m_text(new SourceTextView(m_views))
    , m_pages(new PdfPageView(m_views))
{
    m_splitter->setObjectName(QStringLiteral("sourceSplitter"));
    m_outline->setObjectName(QStringLiteral("outlineTree"));
    m_outline->setHeaderHidden(true);
    m_outline->setColumnCount(1);
    m_outline->setUniformRowHeights(true);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_pages->setObjectName(QStringLiteral("sourcePages"));
    m_views->setObjectName(QStringLiteral("sourceViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_text, QString());
    m_views->addTab(m_pages, QString());
    m_views->setTabVisible(1, false);
    m_notice->setObjectName(QStringLiteral("sourceNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_views);
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
    loadPages();
    fillOutline();
    retranslate();
}

void SourcePane::loadPages()
{
    m_pages->clear();
    const bool pdf = m_session && m_session->document().format == QLatin1String("pdf") &&
                     !m_session->document().pageBoxes.empty();
    bool shown = false;
    if (pdf) {
        if (Result<QByteArray> bytes = m_session->originalBytes()) {
            shown = m_pages->setDocument(*bytes).has_value();
        }
    }
    // A PDF that cannot be drawn again still has its text: the text tab stays.
    m_views->setTabVisible(1, shown);
    if (!shown) {
        m_views->setCurrentWidget(m_text);
    }
}

void SourcePane::fitPagesToWidth()
{
    const int width = m_pages->viewport()->width() - 8;
    if (width > 100) {
        m_pages->setZoom(width / kPageWidthPoints);
    }
}

void SourcePane::showCells(const QStringList& cellKeys)
{
    m_text->showCells(cellKeys);
    if (!m_session || !m_pages->hasDocument()) {
        return;
    }
    for (const QString& key : cellKeys) {
        const Cell* cell = m_session->current().cell(key);
        if (!cell || !cell->span) {
            continue;
        }
        if (const std::optional<PageBox> box = m_session->document().pageBoxAt(*cell->span)) {
            fitPagesToWidth();
            m_pages->showPageBox(*box);
            return;
        }
    }
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
    m_views->setTabText(0, tr("Text"));
    m_views->setTabToolTip(0, tr("The text the figures were read from"));
    m_views->setTabText(1, tr("Page"));
    m_views->setTabToolTip(1, tr("The PDF page, with the figure of the chosen cell framed"));
    // What the reader noticed (text read with OCR, a damaged text layer) bears on every value.
    const QStringList notices = m_session ? m_session->document().notices : QStringList();
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
}

} // namespace nianbao::ui
