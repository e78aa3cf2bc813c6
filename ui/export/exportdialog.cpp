#include "export/exportdialog.h"

#include "export/exportrun.h"
#include "templates/templateregistry.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nianbao::ui {

ExportDialog::ExportDialog(const QString& archivePath, QWidget* parent)
    : QDialog(parent)
    , m_archivePath(archivePath)
    , m_run(new ExportRun(this))
{
    setWindowTitle(tr("Export"));
    buildForm();
    connect(m_run, &ExportRun::progressed, this, &ExportDialog::showProgress);
    connect(m_run, &ExportRun::succeeded, this, &ExportDialog::showSuccess);
    connect(m_run, &ExportRun::failed, this, &ExportDialog::showFailure);
    updateEnabledFields();
}

ExportDialog::~ExportDialog() = default;

ExportDialog* ExportDialog::launch(const QString& archivePath, QWidget* parent)
{
    auto* dialog = new ExportDialog(archivePath, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ExportDialog::buildForm()
{
    m_dataset = new QRadioButton(tr("Dataset, with its codebook"));
    m_dataset->setObjectName(QStringLiteral("contentDataset"));
    m_dataset->setChecked(true);
    m_findings = new QRadioButton(tr("Findings report (open findings, to send back to bodies)"));
    m_findings->setObjectName(QStringLiteral("contentFindings"));
    auto* content = new QButtonGroup(this);
    content->addButton(m_dataset);
    content->addButton(m_findings);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("CSV (opens in Excel and WPS)"), int(exporting::ExportFormat::Csv));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(exporting::ExportFormat::Xlsx));
    m_format->addItem(tr("JSON"), int(exporting::ExportFormat::Json));
    m_layout = new QComboBox;
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    m_layout->addItem(tr("Wide: one row per report"), int(exporting::ExportLayout::Wide));
    m_layout->addItem(tr("Long: one row per cell"), int(exporting::ExportLayout::Long));
    m_provenance = new QCheckBox(tr("Add printed text, confidence and who corrected each value"));
    m_provenance->setObjectName(QStringLiteral("provenanceCheck"));

    m_reviewedOnly = new QCheckBox(tr("Reviewed reports only"));
    m_reviewedOnly->setObjectName(QStringLiteral("reviewedOnlyCheck"));
    m_years = new QLineEdit;
    m_years->setObjectName(QStringLiteral("yearsEdit"));
    m_years->setPlaceholderText(tr("All years, or e.g. 2021, 2022"));
    m_agency = new QLineEdit;
    m_agency->setObjectName(QStringLiteral("agencyEdit"));
    m_agency->setPlaceholderText(tr("All agencies, or part of a name"));
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->addItem(tr("All formats"), QString());
    for (const auto& format : TemplateRegistry::builtin().templates()) {
        m_template->addItem(format->name.text(), format->id);
    }

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file = new QLineEdit(QDir(documents).filePath(QStringLiteral("nianbao-dataset.csv")));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_browse = new QPushButton(tr("Browse…"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto* what = new QGroupBox(tr("What"));
    auto* whatForm = new QFormLayout(what);
    whatForm->addRow(m_dataset);
    whatForm->addRow(m_findings);
    whatForm->addRow(tr("Format:"), m_format);
    whatForm->addRow(tr("Layout:"), m_layout);
    whatForm->addRow(m_provenance);
    auto* which = new QGroupBox(tr("Which reports"));
    auto* whichForm = new QFormLayout(which);
    whichForm->addRow(m_reviewedOnly);
    whichForm->addRow(tr("Years:"), m_years);
    whichForm->addRow(tr("Agency:"), m_agency);
    whichForm->addRow(tr("Report format:"), m_template);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(which);
    auto* where = new QFormLayout;
    where->addRow(tr("Save to:"), fileRow);
    layout->addLayout(where);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_findings, &QRadioButton::toggled, this, [this] {
        updateEnabledFields();
        followFormatSuffix();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::followFormatSuffix);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, [this] {
        // While an export runs the button reads Cancel and stops it; the dialog stays to say so.
        if (m_run->isRunning()) {
            m_run->cancel();
            m_status->setText(tr("Cancelling…"));
        } else {
            reject();
        }
    });
}

Result<exporting::ExportOptions> ExportDialog::options() const
{
    exporting::ExportOptions options;
    options.format = exporting::ExportFormat(m_format->currentData().toInt());
    options.layout = exporting::ExportLayout(m_layout->currentData().toInt());
    options.content = m_findings->isChecked() ? exporting::ExportContent::Findings
                                              : exporting::ExportContent::Dataset;
    options.provenance = m_provenance->isChecked();
    options.filter.reviewedOnly = m_reviewedOnly->isChecked();
    Result<QList<int>> years = exporting::parseYearList(m_years->text());
    if (!years) {
        return std::unexpected(years.error());
    }
    options.filter.years = *years;
    if (const QString agency = m_agency->text().trimmed(); !agency.isEmpty()) {
        options.filter.agencies = {agency};
    }
    if (const QString id = m_template->currentData().toString(); !id.isEmpty()) {
        options.filter.templateIds = {id};
    }
    options.outputPath = m_file->text().trimmed();
    if (options.outputPath.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, tr("Choose a file to save to."));
    }
    return options;
}

void ExportDialog::startExport()
{
    if (m_run->isRunning()) {
        return;
    }
    const Result<exporting::ExportOptions> chosen = options();
    if (!chosen) {
        m_status->setText(chosen.error().message);
        return;
    }
    m_outputPath = chosen->outputPath;
    m_status->setText(tr("Exporting…"));
    m_progress->setRange(0, 0);
    setRunning(true);
    m_run->start(m_archivePath, *chosen);
}

void ExportDialog::reject()
{
    if (m_run->isRunning()) {
        // Closing while it runs means stop: the export then writes nothing.
        m_run->cancel();
    }
    QDialog::reject();
}

void ExportDialog::updateEnabledFields()
{
    // Layout, provenance and the codebook are the dataset's; the findings report has its own
    // columns.
    const bool dataset = m_dataset->isChecked();
    m_layout->setEnabled(dataset);
    m_provenance->setEnabled(dataset);
}

void ExportDialog::followFormatSuffix()
{
    const auto format = exporting::ExportFormat(m_format->currentData().toInt());
    QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        return;
    }
    m_file->setText(exporting::withFormatSuffix(path, format));
}

void ExportDialog::chooseFile()
{
    const auto format = exporting::ExportFormat(m_format->currentData().toInt());
    const QString suffix = exporting::exportFormatCode(format);
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), m_file->text(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty()) {
        m_file->setText(exporting::withFormatSuffix(chosen, format));
    }
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_dataset, m_findings, m_format, m_reviewedOnly, m_years,
                                         m_agency, m_template, m_file, m_browse, m_export}) {
        field->setEnabled(!running);
    }
    if (running) {
        m_layout->setEnabled(false);
        m_provenance->setEnabled(false);
    } else {
        updateEnabledFields();
    }
    m_close->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    // QProgressBar counts in int; a percentage fits any archive.
    m_progress->setRange(0, 100);
    m_progress->setValue(total > 0 ? int(done * 100 / total) : 100);
    m_status->setText(tr("Exporting report %L1 of %L2…").arg(done).arg(total));
}

void ExportDialog::showSuccess(qint64 reports, const QStringList& files)
{
    setRunning(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(100);
    m_status->setText(tr("Exported %n report(s) to %1.", nullptr, int(reports))
                          .arg(files.join(QStringLiteral(", "))));
}

void ExportDialog::showFailure(const QString& message, bool cancelled)
{
    setRunning(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setText(cancelled ? tr("The export was cancelled; nothing was written.")
                                : tr("Could not export to %1: %2").arg(m_outputPath, message));
}

} // namespace nianbao::ui
