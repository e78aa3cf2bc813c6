#include "desk/bodyview.h"

#include "desk/peerschart.h"
#include "desk/yoymodel.h"
#include "supervision/desk/deskanalyses.h"
#include "supervision/desk/deskstore.h"
#include "supervision/registry/bodymatcher.h"
#include "templates/templateregistry.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao::ui {

using namespace nianbao::supervision;

namespace {} // namespace

BodyView::BodyView(QWidget* parent)
    : QWidget(parent)
    , m_reports(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_model(new YearOnYearModel(this))
    , m_table(new QTableView(this))
    , m_findings(new QListWidget(this))
    , m_peers(new PeersChart(this))
{
    m_reports->setObjectName(QStringLiteral("bodyReport"));
    m_table->setObjectName(QStringLiteral("yearOnYearTable"));
    m_findings->setObjectName(QStringLiteral("yearOnYearFindings"));
    m_reports->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reports->setMinimumContentsLength(30);
    m_summary->setWordWrap(true);
    m_findings->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(YearOnYearModel::Cell, 250);
    m_peers->setMinimumWidth(380);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(m_findings);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_peers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reports);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_reports, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            showReport(m_reports->itemData(index).toLongLong());
        }
    });
    retranslate();
}

BodyView::~BodyView() = default;

QChartView* BodyView::peersChart() const
{
    return m_peers->chartView();
}

void BodyView::load(store::Archive* archive, DeskStore* store, int year)
{
    m_archive = archive;
    m_store = store;
    m_year = year;
    const QSignalBlocker blocker(m_reports);
    m_reports->clear();
    if (!store) {
        return;
    }
    if (Result<std::vector<DeskReport>> reports = store->reports(year)) {
        for (const DeskReport& report : *reports) {
            m_reports->addItem(tr("%1 (%2, report %3)").arg(report.agency).arg(year).arg(report.id),
                               report.id);
        }
    }
    if (m_reports->count() > 0) {
        showReport(m_reports->itemData(0).toLongLong());
    } else {
        m_comparison.reset();
        m_model->setComparison(nullptr, nullptr);
        m_findings->clear();
        retranslate();
    }
}

void BodyView::showReport(ReportId id)
{
    if (!m_archive) {
        return;
    }
    const int index = m_reports->findData(id);
    if (index >= 0 && index != m_reports->currentIndex()) {
        const QSignalBlocker blocker(m_reports);
        m_reports->setCurrentIndex(index);
    }
    m_comparison.reset();
    m_model->setComparison(nullptr, nullptr);
    m_findings->clear();
    Result<StoredReport> stored = m_archive->loadReport(id);
    if (!stored) {
        m_summary->setText(stored.error().message);
        return;
    }
    const Report current = stored->current();
    const ReportTemplate* format = TemplateRegistry::builtin().find(current.templateId);
    if (stored->info.year) {
        Result<std::optional<Report>> previous =
            m_archive->previousYearReport(stored->info.agency, *stored->info.year);
        if (previous && *previous) {
            m_comparison = compareYears(**previous, current, YearOnYearThresholds{},
                                        &TemplateRegistry::builtin());
        }
    }
    m_model->setComparison(m_comparison ? &*m_comparison : nullptr, format);
    if (m_comparison) {
        for (const Finding& finding : m_comparison->findings) {
            m_findings->addItem(
                QStringLiteral("%1: %2").arg(severityName(finding.severity), finding.message()));
        }
        for (const NarrativeChange& part : m_comparison->narrative) {
            const SectionDef* section = format ? format->section(part.key) : nullptr;
            m_findings->addItem(tr("%1: %2 % of the text kept from %3")
                                    .arg(section ? section->title.text() : part.key)
                                    .arg(qRound(part.keptShare * 100))
                                    .arg(m_comparison->previousYear));
        }
    }
    retranslate();
    m_peers->load(m_store, current, stored->info.year.value_or(m_year));
}

void BodyView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BodyView::retranslate()
{
    if (m_reports->count() == 0) {
        m_summary->setText(tr("No report of %1 in the archive.").arg(m_year));
    } else if (!m_comparison) {
        m_summary->setText(tr("The archive holds no report of this body for the year before."));
    } else {
        m_summary->setText(tr("%1 beside %2: %n implausible changes or broken identities.", nullptr,
                              int(m_comparison->findings.size()))
                               .arg(m_comparison->currentYear)
                               .arg(m_comparison->previousYear));
    }
}

} // namespace nianbao::ui
