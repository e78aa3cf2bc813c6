#pragma once

#include "export/exportoptions.h"

#include <QDialog>
#include <QString>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace nianbao::ui {

class ExportRun;

/// Exports the archive: the dataset (CSV, XLSX or JSON, wide or long, with its codebook) or
/// the report of open findings, with the filters of `nianbao-cli export`. The export runs on
/// a worker thread with its own connection to the archive, behind a progress bar, and can be
/// cancelled; a cancelled or failed export writes nothing.
///
/// The main window opens it with one call, ExportDialog::launch(archivePath, this).
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(const QString& archivePath, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// Opens a window-modal dialog over `parent` that deletes itself when closed.
    static ExportDialog* launch(const QString& archivePath, QWidget* parent);

    /// The export the dialog's fields describe, or why they describe none.
    [[nodiscard]] Result<exporting::ExportOptions> options() const;

public Q_SLOTS:
    /// Starts the export the fields describe (what the Export button does).
    void startExport();
    /// Closes the dialog, cancelling an export that is running.
    void reject() override;

private:
    void buildForm();
    void updateEnabledFields();
    void followFormatSuffix();
    void chooseFile();
    void setRunning(bool running);
    void showProgress(qint64 done, qint64 total);
    void showSuccess(qint64 reports, const QStringList& files);
    void showFailure(const QString& message, bool cancelled);

    QString m_archivePath;
    /// The file of the export running or last run, for its messages.
    QString m_outputPath;
    ExportRun* m_run = nullptr;
    QRadioButton* m_dataset = nullptr;
    QRadioButton* m_findings = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_layout = nullptr;
    QCheckBox* m_provenance = nullptr;
    QCheckBox* m_reviewedOnly = nullptr;
    QLineEdit* m_years = nullptr;
    QLineEdit* m_agency = nullptr;
    QComboBox* m_template = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace nianbao::ui
