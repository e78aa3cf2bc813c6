#include "csvtestreader.h"
#include "export/exportdialog.h"
#include "exportfixture.h"
#include "fakeprocessing.h"
#include "xlsxtestreader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using nianbao::ui::ExportDialog;

namespace {

template <typename Widget>
Widget* child(const ExportDialog& dialog, const char* name)
{
    auto* widget = dialog.findChild<Widget*>(QLatin1String(name));
    if (!widget) {
        qFatal("the export dialog has no %s", name);
    }
    return widget;
}

void chooseItem(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index < 0) {
        qFatal("no such item in %s", qUtf8Printable(combo->objectName()));
    }
    combo->setCurrentIndex(index);
}

} // namespace

/// The export dialog driven as a user does: options, the Export button, the progress bar and
/// status, Cancel while it runs.
class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_archive;
    std::size_t m_reports = 0;
    /// Large enough that an export runs for a good while (cancel tests).
    QString m_largeArchive;

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        Result<test::ExportTestArchive> fixture = test::makeExportTestArchive(m_archive);
        QVERIFY2(fixture, test::messageOf(fixture).constData());
        m_reports = fixture->ids.size();
        m_largeArchive = m_dir.filePath(QStringLiteral("large.sqlite"));
        Result<Archive> large = Archive::open(m_largeArchive);
        QVERIFY(large);
        QVERIFY(test::addGeneratedReports(*large, 3000, 11));
    }

    void refusesToWriteOverTheArchive()
    {
        // "data.csv" is a link to the archive: exporting there would have replaced it.
        const QString link = m_dir.filePath(QStringLiteral("looks-like-data.csv"));
        QVERIFY(QFile::link(m_archive, link));
        QFile archive(m_archive);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray before = archive.readAll();
        archive.close();
        ExportDialog dialog(m_archive);
        dialog.show();
        child<QLineEdit>(dialog, "fileEdit")->setText(link);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        const QString status = child<QLabel>(dialog, "statusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("archive being exported")), qPrintable(status));
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QCOMPARE(archive.readAll(), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("looks-like-data.codebook.csv"))));
        QFile::remove(link);
    }

    void exportsTheDatasetAndSaysWhereItWent()
    {
        ExportDialog dialog(m_archive);
        dialog.show();
        const QString file = m_dir.filePath(QStringLiteral("dialog.csv"));
        child<QLineEdit>(dialog, "fileEdit")->setText(file);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        const QString status = child<QLabel>(dialog, "statusLabel")->text();
        QVERIFY2(status.contains(file), qPrintable(status));
        QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(), 100);
        QCOMPARE(test::readCsv(file).rows.size(), m_reports);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("dialog.codebook.csv"))));
    }

    void theOptionsReachTheExport()
    {
        ExportDialog dialog(m_archive);
        chooseItem(child<QComboBox>(dialog, "formatCombo"), int(ExportFormat::Xlsx));
        chooseItem(child<QComboBox>(dialog, "layoutCombo"), int(ExportLayout::Long));
        child<QCheckBox>(dialog, "provenanceCheck")->setChecked(true);
        child<QCheckBox>(dialog, "reviewedOnlyCheck")->setChecked(true);
        child<QLineEdit>(dialog, "yearsEdit")->setText(QStringLiteral("2019， 2023"));
        child<QLineEdit>(dialog, "agencyEdit")->setText(QStringLiteral("局"));
        chooseItem(child<QComboBox>(dialog, "templateCombo"), QStringLiteral("2019"));
        child<QLineEdit>(dialog, "fileEdit")->setText(m_dir.filePath(QStringLiteral("x.xlsx")));
        const Result<ExportOptions> options = dialog.options();
        QVERIFY(options);
        QCOMPARE(options->format, ExportFormat::Xlsx);
        QCOMPARE(options->layout, ExportLayout::Long);
        QCOMPARE(options->content, ExportContent::Dataset);
        QVERIFY(options->provenance);
        QCOMPARE(
            options->filter,
            (DatasetFilter{true, {2019, 2023}, {QStringLiteral("局")}, {QStringLiteral("2019")}}));
        QCOMPARE(options->outputPath, m_dir.filePath(QStringLiteral("x.xlsx")));
    }

    void theFileFollowsTheFormat()
    {
        ExportDialog dialog(m_archive);
        QLineEdit* file = child<QLineEdit>(dialog, "fileEdit");
        file->setText(m_dir.filePath(QStringLiteral("data.csv")));
        chooseItem(child<QComboBox>(dialog, "formatCombo"), int(ExportFormat::Json));
        QCOMPARE(file->text(), m_dir.filePath(QStringLiteral("data.json")));
    }

    void theFindingsReportHasNoLayoutOrProvenance()
    {
        ExportDialog dialog(m_archive);
        dialog.show();
        child<QRadioButton>(dialog, "contentFindings")->setChecked(true);
        QVERIFY(!child<QComboBox>(dialog, "layoutCombo")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "provenanceCheck")->isEnabled());
        chooseItem(child<QComboBox>(dialog, "formatCombo"), int(ExportFormat::Xlsx));
        const QString file = m_dir.filePath(QStringLiteral("findings.xlsx"));
        child<QLineEdit>(dialog, "fileEdit")->setText(file);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        QCOMPARE(test::readXlsx(file).sheetNames, QStringList{QStringLiteral("findings")});
        child<QRadioButton>(dialog, "contentDataset")->setChecked(true);
        QVERIFY(child<QComboBox>(dialog, "layoutCombo")->isEnabled());
    }

    void aWrongYearIsSaidAndNothingStarts()
    {
        ExportDialog dialog(m_archive);
        const QString file = m_dir.filePath(QStringLiteral("never.csv"));
        child<QLineEdit>(dialog, "fileEdit")->setText(file);
        child<QLineEdit>(dialog, "yearsEdit")->setText(QStringLiteral("2021, next year"));
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("next")));
        QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        QTest::qWait(50);
        QVERIFY(!QFile::exists(file));
    }

    void aFailureIsShownAndLeavesNoFile()
    {
        ExportDialog dialog(m_archive);
        const QString file = m_dir.filePath(QStringLiteral("missing/folder/out.csv"));
        child<QLineEdit>(dialog, "fileEdit")->setText(file);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(file));
        QVERIFY(!QFile::exists(file));
    }

    void cancelStopsTheExportAndWritesNothing()
    {
        ExportDialog dialog(m_largeArchive);
        dialog.show();
        // The slowest export per report, so that it is still running when Cancel comes.
        chooseItem(child<QComboBox>(dialog, "formatCombo"), int(ExportFormat::Json));
        chooseItem(child<QComboBox>(dialog, "layoutCombo"), int(ExportLayout::Long));
        const QString file = m_dir.filePath(QStringLiteral("cancelled.json"));
        child<QLineEdit>(dialog, "fileEdit")->setText(file);
        QPushButton* close = child<QPushButton>(dialog, "closeButton");
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(dialog, "exportButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "fileEdit")->isEnabled());
        QCOMPARE(close->text(), ExportDialog::tr("Cancel"));
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("cancel")),
                 qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(close->text(), ExportDialog::tr("Close"));
    }

    void closingWhileRunningStopsTheExport()
    {
        QWidget window;
        ExportDialog* dialog = ExportDialog::launch(m_largeArchive, &window);
        QPointer<ExportDialog> alive(dialog);
        chooseItem(child<QComboBox>(*dialog, "formatCombo"), int(ExportFormat::Json));
        chooseItem(child<QComboBox>(*dialog, "layoutCombo"), int(ExportLayout::Long));
        const QString file = m_dir.filePath(QStringLiteral("closed.json"));
        child<QLineEdit>(*dialog, "fileEdit")->setText(file);
        dialog->startExport();
        dialog->reject();
        // It deletes itself, waiting for the worker to stop first.
        QTRY_VERIFY(alive.isNull());
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
