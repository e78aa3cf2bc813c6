#include "desk/pairsview.h"

#include "desk/pairsmodel.h"
#include "supervision/desk/deskstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <map>

namespace nianbao::ui {

using namespace nianbao::supervision;

namespace {

/// A report's narrative as HTML, the stretches in `marked` (part → spans) highlighted.
QString narrativeHtml(const NarrativeDocument& document,
                      const std::map<int, std::vector<Span>>& marked)
{
    QString html =
        QStringLiteral("<h3>%1 · %2</h3>").arg(document.agency.toHtmlEscaped()).arg(document.year);
    for (std::size_t p = 0; p < document.parts.size(); ++p) {
        const NarrativePart& part = document.parts[p];
        html += QStringLiteral("<h4>%1</h4><p>").arg(part.heading.toHtmlEscaped());
        std::vector<Span> spans;
        if (const auto found = marked.find(int(p)); found != marked.end()) {
            spans = found->second;
        }
        std::ranges::sort(spans, {}, &Span::start);
        qsizetype at = 0;
        for (const Span& span : spans) {
            const qsizetype start = std::max(at, span.start);
            if (span.end <= start) {
                continue;
            }
            html += part.text.mid(at, start - at).toHtmlEscaped();
            html += QStringLiteral("<span style=\"background-color:#fbe3a1\">%1</span>")
                        .arg(part.text.mid(start, span.end - start).toHtmlEscaped());
            at = span.end;
        }
        html += part.text.mid(at).toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

} // namespace

PairsView::PairsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new PairsModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
{
    m_table->setObjectName(QStringLiteral("pairsTable"));
    m_left->setObjectName(QStringLiteral("pairLeft"));
    m_right->setObjectName(QStringLiteral("pairRight"));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PairsModel::Share, 60);
    m_table->setColumnWidth(PairsModel::Report, 260);
    m_table->setColumnWidth(PairsModel::OtherReport, 260);

    auto* texts = new QSplitter(Qt::Horizontal, this);
    texts->addWidget(m_left);
    texts->addWidget(m_right);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(texts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showPair(current.row()); });
    retranslate();
}

PairsView::~PairsView() = default;

void PairsView::load(DeskStore* store, int year)
{
    m_model->setAnalysis(nullptr);
    m_analysis.reset();
    m_left->clear();
    m_right->clear();
    if (store) {
        Result<CopiesAnalysis> analysis = analyseCopies(*store, year);
        if (analysis) {
            m_analysis = std::move(*analysis);
        } else {
            m_summary->setText(analysis.error().message);
            return;
        }
    }
    m_model->setAnalysis(m_analysis ? &*m_analysis : nullptr);
    retranslate();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void PairsView::showPair(int row)
{
    if (!m_analysis || row < 0 || std::size_t(row) >= m_analysis->pairs.size()) {
        return;
    }
    const SimilarPair& pair = m_analysis->pairs[std::size_t(row)];
    std::map<int, std::vector<Span>> left;
    std::map<int, std::vector<Span>> right;
    for (const int index : pair.matches) {
        const CopyMatch& match = m_analysis->detection.matches[std::size_t(index)];
        const bool forward = match.document == pair.document;
        for (const SharedPassage& passage : match.passages) {
            (forward ? left : right)[passage.part].push_back(passage.span);
            (forward ? right : left)[passage.otherPart].push_back(passage.otherSpan);
        }
    }
    m_left->setHtml(narrativeHtml(m_analysis->documents[std::size_t(pair.document)], left));
    m_right->setHtml(narrativeHtml(m_analysis->documents[std::size_t(pair.other)], right));
}

void PairsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PairsView::retranslate()
{
    m_summary->setText(
        m_analysis ? tr("%n pairs of reports share most of a narrative part (the format's words "
                        "and what most reports write alike do not count). Choose one to see "
                        "the shared passages highlighted.",
                        nullptr, int(m_analysis->pairs.size()))
                   : tr("No archive."));
}

} // namespace nianbao::ui
