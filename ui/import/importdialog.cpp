#include "import/importdialog.h"

#include "import/importrunner.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::ui {

ImportDialog::ImportDialog(ImportRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_failures(new QTreeWidget(this))
    , m_cancel(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_failures->setObjectName(QStringLiteral("importFailures"));
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    m_failures->setColumnCount(2);
    m_failures->setRootIsDecorated(false);
    m_failures->setUniformRowHeights(true);
    m_failures->header()->setStretchLastSection(true);
    m_failures->setColumnWidth(0, 280);
    m_failures->hide();

    connect(m_runner, &ImportRunner::started, this, &ImportDialog::begin);
    connect(m_runner, &ImportRunner::progressed, this, &ImportDialog::advance);
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::finish);
    connect(m_cancel, &QPushButton::clicked, m_runner, &ImportRunner::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_failures, 1);
    layout->addLayout(buttons);
    resize(640, 180);
    retranslate();
}

void ImportDialog::begin(const QStringList& paths)
{
    m_done = false;
    m_failures->clear();
    m_failures->hide();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Looking for reports in %n place(s)…", nullptr, int(paths.size())));
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
}

void ImportDialog::advance(const workflow::ImportProgress& progress)
{
    m_progress->setRange(0, int(progress.total));
    m_progress->setValue(int(progress.done));
    m_status->setText(tr("%1 of %2: %3")
                          .arg(progress.done)
                          .arg(progress.total)
                          .arg(QDir::toNativeSeparators(progress.path)));
}

void ImportDialog::finish(const workflow::ImportSummary& summary, const QString& error)
{
    m_done = true;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!error.isEmpty()) {
        m_status->setText(tr("The archive could not be opened: %1").arg(error));
        return;
    }
    QString text = tr("Imported %1, already in the archive %2, failed %3.")
                       .arg(summary.imported)
                       .arg(summary.duplicates)
                       .arg(summary.failed());
    if (summary.cancelled) {
        text += QLatin1Char(' ') + tr("Stopped before the end: what was imported stays.");
    }
    m_status->setText(text);
    for (const workflow::ImportFailure& failure : summary.failures) {
        auto* item = new QTreeWidgetItem(m_failures);
        item->setText(0, QDir::toNativeSeparators(failure.path));
        item->setText(1, failure.error.message);
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, failure.error.message);
    }
    m_failures->setVisible(!summary.failures.empty());
    if (!summary.failures.empty()) {
        resize(width(), std::max(height(), 360));
    }
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import reports"));
    m_failures->setHeaderLabels({tr("File"), tr("Why it was not imported")});
    m_cancel->setText(tr("&Stop"));
    m_cancel->setToolTip(tr("Stop after the file in hand; what was imported stays"));
    m_close->setText(tr("&Close"));
}

} // namespace nianbao::ui
