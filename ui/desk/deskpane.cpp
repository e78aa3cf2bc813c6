#include "desk/deskpane.h"

#include "common/prompter.h"
#include "desk/bodyview.h"
#include "desk/coverageview.h"
#include "desk/dashboardview.h"
#include "desk/pairsview.h"
#include "supervision/desk/deskstore.h"
#include "supervision/registry/registryfile.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

using namespace nianbao::supervision;

DeskPane::DeskPane(store::Archive& archive, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_prompter(prompter)
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_import(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_coverage(new CoverageView(m_views))
    , m_pairs(new PairsView(m_views))
    , m_body(new BodyView(m_views))
    , m_dashboard(new DashboardView(m_views))
{
    setObjectName(QStringLiteral("deskPane"));
    m_year->setObjectName(QStringLiteral("deskYear"));
    m_import->setObjectName(QStringLiteral("importRegistry"));
    m_message->setObjectName(QStringLiteral("deskMessage"));
    m_views->setObjectName(QStringLiteral("deskViews"));
    m_year->setRange(2008, 2100);
    // Reports on last year are what a supervisor checks each spring.
    m_year->setValue(QDate::currentDate().year() - 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_import);
    bar->addWidget(m_message, 1);
    m_views->addTab(m_coverage, QString());
    m_views->addTab(m_pairs, QString());
    m_views->addTab(m_body, QString());
    m_views->addTab(m_dashboard, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &DeskPane::refresh);
    connect(m_import, &QPushButton::clicked, this, &DeskPane::importRegistry);
    connect(m_coverage, &CoverageView::matched, this, [this] {
        m_pairs->load(store(), year());
        m_body->load(&m_archive, store(), year());
    });
    retranslate();
}

DeskPane::~DeskPane() = default;

DeskStore* DeskPane::store()
{
    if (!m_store) {
        Result<DeskStore> opened = DeskStore::open(m_archive.location());
        if (!opened) {
            m_message->setText(opened.error().message);
            return nullptr;
        }
        m_store = std::make_unique<DeskStore>(std::move(*opened));
    }
    return m_store.get();
}

int DeskPane::year() const
{
    return m_year->value();
}

void DeskPane::setYear(int year)
{
    if (year == m_year->value()) {
        refresh();
    } else {
        m_year->setValue(year); // refreshes
    }
}

void DeskPane::refresh()
{
    DeskStore* desk = store();
    m_coverage->load(desk, year());
    m_pairs->load(desk, year());
    m_body->load(&m_archive, desk, year());
    m_dashboard->load(desk);
}

void DeskPane::importRegistry()
{
    const QStringList files =
        m_prompter.askFiles(this, tr("Import the registry of bodies"), QDir::homePath(),
                            tr("Registries (*.csv *.xlsx *.txt);;All files (*)"));
    if (!files.isEmpty()) {
        importRegistryFile(files.constFirst());
    }
}

bool DeskPane::importRegistryFile(const QString& path)
{
    const RegistryRead read = readRegistryFile(path);
    if (!read) {
        QStringList problems;
        for (const RegistryProblem& problem : read.error()) {
            problems.append(problem.describe());
        }
        m_message->setText(
            tr("%1 was not imported: %2")
                .arg(QDir::toNativeSeparators(path), problems.join(QLatin1Char('\n'))));
        return false;
    }
    DeskStore* desk = store();
    if (!desk) {
        return false;
    }
    if (Result<void> stored = desk->replaceRegistry(*read, path); !stored) {
        m_message->setText(stored.error().message);
        return false;
    }
    m_message->setText(tr("Imported %n bodies from %1.", nullptr, int(read->size()))
                           .arg(QDir::toNativeSeparators(path)));
    refresh();
    return true;
}

void DeskPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DeskPane::retranslate()
{
    m_yearLabel->setText(tr("Year reported on:"));
    m_import->setText(tr("Import registry…"));
    m_import->setToolTip(tr("The bodies expected to report: a CSV or XLSX sheet with name, "
                            "aliases, region code, level and parent body"));
    m_views->setTabText(0, tr("Coverage"));
    m_views->setTabText(1, tr("Similar reports"));
    m_views->setTabText(2, tr("Year on year and peers"));
    m_views->setTabText(3, tr("Dashboard"));
}

} // namespace nianbao::ui
