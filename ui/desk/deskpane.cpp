#include "desk/deskpane.h"

#include "common/prompter.h"
#include "desk/bodyview.h"
#include "desk/coverageview.h"
#include "desk/dashboardview.h"
#include "desk/pairsview.h"
#include "export/outputpath.h"
#include "noticewriter/noticedocx.h"
#include "noticewriter/noticepdf.h"
#include "supervision/desk/coveragesheet.h"
#include "supervision/desk/deskanalyses.h"
#include "supervision/desk/deskstore.h"
#include "supervision/notice/noticebuilder.h"
#include "supervision/registry/registryfile.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
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
    , m_exportCoverage(new QPushButton(this))
    , m_notice(new QPushButton(this))
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
    m_exportCoverage->setObjectName(QStringLiteral("exportCoverage"));
    m_notice->setObjectName(QStringLiteral("writeNotice"));
    auto* noticeMenu = new QMenu(m_notice);
    m_noticeForReport = noticeMenu->addAction(QString());
    m_noticeForReport->setObjectName(QStringLiteral("noticeForReport"));
    m_noticeForYear = noticeMenu->addAction(QString());
    m_noticeForYear->setObjectName(QStringLiteral("noticeForYear"));
    noticeMenu->addSeparator();
    // Chinese by default: a notice goes to a body, whatever language the reviewer works in.
    m_noticeInEnglish = noticeMenu->addAction(QString());
    m_noticeInEnglish->setObjectName(QStringLiteral("noticeInEnglish"));
    m_noticeInEnglish->setCheckable(true);
    m_notice->setMenu(noticeMenu);
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
    bar->addWidget(m_exportCoverage);
    bar->addWidget(m_notice);
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
    connect(m_exportCoverage, &QPushButton::clicked, this, &DeskPane::exportCoverage);
    connect(m_noticeForReport, &QAction::triggered, this,
            [this] { writeNotice(NoticeScope::ShownReport); });
    connect(m_noticeForYear, &QAction::triggered, this,
            [this] { writeNotice(NoticeScope::WholeYear); });
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
        Result<DeskStore> opened = DeskStore::open(m_archive);
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

void DeskPane::exportCoverage()
{
    const QString suggested = QDir::home().filePath(tr("coverage-%1.xlsx").arg(year()));
    const std::optional<QString> path = m_prompter.askSaveFile(
        this, tr("Export the coverage"), suggested, tr("Sheets (*.xlsx *.csv)"));
    if (path && !path->isEmpty()) {
        exportCoverageTo(*path);
    }
}

bool DeskPane::exportCoverageTo(const QString& path)
{
    const std::optional<exporting::ExportFormat> format = coverageSheetFormat(path);
    if (!format) {
        m_message->setText(tr("%1: a coverage sheet is written as .xlsx or .csv")
                               .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const CoverageAnalysis* analysis = m_coverage->analysis();
    if (!analysis) {
        m_message->setText(
            tr("There is no coverage of %1 to export: import a registry first.").arg(year()));
        return false;
    }
    if (Result<void> written =
            writeCoverageSheet(analysis->coverage, analysis->registry, analysis->reports, path,
                               *format, exporting::archiveFiles(m_archive));
        !written) {
        m_message->setText(
            tr("%1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    m_message->setText(
        tr("Wrote the coverage of %1 to %2.").arg(year()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void DeskPane::writeNotice(NoticeScope scope)
{
    const QString suggested = QDir::home().filePath(tr("rectification-notice-%1.pdf").arg(year()));
    const std::optional<QString> path = m_prompter.askSaveFile(
        this, tr("Write a rectification notice"), suggested, tr("Notices (*.pdf *.docx)"));
    if (path && !path->isEmpty()) {
        writeNoticeTo(scope, *path);
    }
}

bool DeskPane::writeNoticeTo(NoticeScope scope, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx")) {
        m_message->setText(
            tr("%1: a notice is written as .pdf or .docx").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    DeskStore* desk = store();
    if (!desk) {
        return false;
    }
    std::vector<ReportId> reports;
    if (scope == NoticeScope::ShownReport) {
        const QVariant shown = m_body->reports()->currentData();
        if (shown.isValid()) {
            reports.push_back(shown.toLongLong());
        }
    } else if (Result<std::vector<DeskReport>> all = desk->reports(year())) {
        for (const DeskReport& report : *all) {
            reports.push_back(report.id);
        }
    }
    if (reports.empty()) {
        m_message->setText(tr("No report of %1 to write a notice for.").arg(year()));
        return false;
    }
    if (Result<void> allowed = exporting::checkOutputPath(path, exporting::archiveFiles(m_archive));
        !allowed) {
        m_message->setText(
            tr("%1: %2").arg(QDir::toNativeSeparators(path), allowed.error().message));
        return false;
    }
    Result<Notice> notice = buildNotice(m_archive, *desk, reports, !m_noticeInEnglish->isChecked());
    if (!notice) {
        m_message->setText(notice.error().message);
        return false;
    }
    const Result<void> written = suffix == QLatin1String("pdf") ? writeNoticePdf(*notice, path)
                                                                : writeNoticeDocx(*notice, path);
    if (!written) {
        m_message->setText(
            tr("%1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    m_message->setText(
        tr("Wrote a rectification notice for %n reports to %1.", nullptr, int(reports.size()))
            .arg(QDir::toNativeSeparators(path)));
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
    m_exportCoverage->setText(tr("Export coverage…"));
    m_exportCoverage->setToolTip(
        tr("The year's coverage as a sheet: every body with its status and publication date"));
    m_notice->setText(tr("Rectification notice…"));
    m_notice->setToolTip(tr("Every open error, warning, implausible change and copied passage, "
                            "as a PDF or Word document to send (in Chinese unless asked "
                            "for in English)"));
    m_noticeForReport->setText(tr("For the report shown in Year on year"));
    m_noticeForYear->setText(tr("For every report of the year"));
    m_noticeInEnglish->setText(tr("Write the notice in English"));
    m_views->setTabText(0, tr("Coverage"));
    m_views->setTabText(1, tr("Similar reports"));
    m_views->setTabText(2, tr("Year on year and peers"));
    m_views->setTabText(3, tr("Dashboard"));
}

} // namespace nianbao::ui
