// Imports from the window: files chosen in the menu with a bad one in the batch, a folder
// dropped on the window, and the first run filling an empty archive with the samples.

#include "browser/browserpane.h"
#include "documents/readlimits.h"
#include "import/bundledsamples.h"
#include "import/importdialog.h"
#include "import/importrunner.h"
#include "session/reportsession.h"
#include "uitestkit.h"
#include "workspace/reportworkspace.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <sys/stat.h>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

constexpr int kImportTimeoutMs = 120000;

void copyResource(const QString& from, const QString& to)
{
    QFile::remove(to);
    QVERIFY(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestImportWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importsFilesAndListsTheOneThatFailed();
    void importsAFolderDroppedOnTheWindow();
    void refusesDroppedPipesDevicesAndHugeFiles();
    void stopKeepsWhatWasImported();
    void firstRunFillsAnEmptyArchiveWithTheSamples();
    void filesGivenAtStartAreImportedAndOpened();

private:
    QTemporaryDir m_dir;
    QString m_empty;
};

void TestImportWindow::initTestCase()
{
    m_empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(Archive::open(m_empty));
}

void TestImportWindow::importsFilesAndListsTheOneThatFailed()
{
    QTemporaryDir files;
    const QString good = files.filePath(QStringLiteral("good.txt"));
    const QString bad = files.filePath(QStringLiteral("broken.pdf"));
    copyResource(generatedSample(2, 2021), good);
    writeFile(bad, QByteArray("%PDF-1.4\n\x01\x02 this is no PDF at all\n", 36));

    WindowFixture fixture(m_empty);
    fixture.prompter().files.push_back({good, bad});
    QTest::keyClick(&fixture.window(), Qt::Key_O, Qt::ControlModifier);
    ImportDialog* dialog = fixture.window().importDialog();
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), kImportTimeoutMs);

    QTreeWidget* failures = dialog->failures();
    QVERIFY(failures->isVisible());
    QCOMPARE(failures->topLevelItemCount(), 1);
    QVERIFY(failures->topLevelItem(0)->text(0).endsWith(QStringLiteral("broken.pdf")));
    QVERIFY(!failures->topLevelItem(0)->text(1).isEmpty());
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("importStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("1")));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("importCancelButton"))->isEnabled());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("importCloseButton"))->isEnabled());
    // The good file is in the archive and in the list.
    QCOMPARE(fixture.find<QTableView>("browserTable")->model()->rowCount(), 1);
}

void TestImportWindow::importsAFolderDroppedOnTheWindow()
{
    QTemporaryDir folder;
    copyResource(generatedSample(3, 2019), folder.filePath(QStringLiteral("a.txt")));
    copyResource(generatedSample(3, 2020), folder.filePath(QStringLiteral("b.txt")));
    writeFile(folder.filePath(QStringLiteral("empty.txt")), QByteArray());

    WindowFixture fixture(m_empty);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder.path())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&fixture.window(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&fixture.window(), &drop);
    ImportDialog* dialog = fixture.window().importDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.window().importRunner()->isRunning() && dialog->isDone(),
                             kImportTimeoutMs);
    QCOMPARE(dialog->failures()->topLevelItemCount(), 1);
    QVERIFY(dialog->failures()->topLevelItem(0)->text(0).endsWith(QStringLiteral("empty.txt")));
    QTRY_COMPARE(fixture.find<QTableView>("browserTable")->model()->rowCount(), 2);
}

void TestImportWindow::refusesDroppedPipesDevicesAndHugeFiles()
{
    // A named pipe would block the import thread in open(), and closing the window would wait
    // for it for ever; a device or a huge file would be read until memory ran out.
    QTemporaryDir folder;
    const QString fifo = folder.filePath(QStringLiteral("pipe.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString huge = folder.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ReadLimits{}.maxFileBytes + 1)); // sparse: no disk is used
    }
    const QString good = folder.filePath(QStringLiteral("good.txt"));
    copyResource(generatedSample(4, 2021), good);

    WindowFixture fixture(m_empty);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fifo), QUrl::fromLocalFile(QStringLiteral("/dev/zero")),
                  QUrl::fromLocalFile(huge), QUrl::fromLocalFile(good)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&fixture.window(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&fixture.window(), &drop);
    // Said at once, in the status bar: no dialog waits for an answer.
    const QString said = fixture.window().statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("pipe.txt")),
             qPrintable(QStringLiteral("said: ") + said));
    QVERIFY(said.contains(QStringLiteral("zero")));
    QVERIFY(said.contains(QStringLiteral("huge.txt")));
    QVERIFY(said.contains(QStringLiteral("named pipe")));
    QVERIFY(said.contains(QStringLiteral("device")));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // The good file is imported as if dropped alone.
    ImportDialog* dialog = fixture.window().importDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.window().importRunner()->isRunning() && dialog->isDone(),
                             kImportTimeoutMs);
    QCOMPARE(dialog->failures()->topLevelItemCount(), 0);
    QTRY_COMPARE(fixture.find<QTableView>("browserTable")->model()->rowCount(), 1);

    // Dropped alone, the pipe starts no import at all.
    QMimeData pipeOnly;
    pipeOnly.setUrls({QUrl::fromLocalFile(fifo)});
    QDropEvent pipeDrop(QPointF(10, 10), Qt::CopyAction, &pipeOnly, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&fixture.window(), &pipeDrop);
    QVERIFY(!fixture.window().importRunner()->isRunning());
}

void TestImportWindow::stopKeepsWhatWasImported()
{
    // A batch far longer than the time between the first file and the click, so that Stop
    // always lands mid-batch: 400 distinct reports (a sample with a line of its own each).
    QTemporaryDir batch;
    const QByteArray sample = readResource(generatedSample(1, 2021));
    constexpr int kBatch = 400;
    for (int i = 0; i < kBatch; ++i) {
        writeFile(batch.filePath(QStringLiteral("report-%1.txt").arg(i)),
                  sample + QByteArray("\n") + QByteArray::number(i) + QByteArray("\n"));
    }
    WindowFixture fixture(m_empty);
    ImportDialog* dialog = fixture.window().importDialog();
    auto* stop = dialog->findChild<QPushButton*>(QStringLiteral("importCancelButton"));
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("importProgress"));
    fixture.window().importPaths({batch.path()});
    // Stopped as soon as the first file is in: the file in hand finishes, the rest waits.
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, kImportTimeoutMs);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), kImportTimeoutMs);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("importStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("Stopped")), qPrintable(status->text()));
    const int listed = fixture.find<QTableView>("browserTable")->model()->rowCount();
    QVERIFY(listed >= 1);
    QVERIFY(listed < kBatch);
    QCOMPARE(qint64(listed), *fixture.window().archive().countReports());
}

void TestImportWindow::firstRunFillsAnEmptyArchiveWithTheSamples()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.sqlite"));
    Result<std::unique_ptr<Archive>> archive = Archive::open(path);
    QVERIFY(archive);
    AppSettings settings(std::make_unique<MemorySettingsStorage>());
    ScriptedPrompter prompter;
    MainWindowOptions options;
    options.fillWhenEmpty = true;
    MainWindow window(std::move(*archive), settings, prompter, std::move(options));
    window.show();
    QTRY_VERIFY(window.importRunner()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.importRunner()->isRunning(), kImportTimeoutMs);
    auto* table = window.findChild<QTableView*>(QStringLiteral("browserTable"));
    QTRY_COMPARE(table->model()->rowCount(), int(allSamples().size()));
    // Generated reports say so in their file name; cross-year checks have years to compare.
    ReportQuery generated;
    generated.filter.agency = QStringLiteral("虚构");
    QVERIFY(window.archive().listReports(generated)->size() >= 25);
    const Result<std::optional<Report>> previous =
        window.archive().previousYearReport(QStringLiteral("示例县生成数据局（虚构）"), 2022);
    QVERIFY(previous && previous->has_value());
}

void TestImportWindow::filesGivenAtStartAreImportedAndOpened()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.txt"));
    copyResource(generatedSample(4, 2023), file);
    Result<std::unique_ptr<Archive>> archive =
        Archive::open(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(archive);
    AppSettings settings(std::make_unique<MemorySettingsStorage>());
    ScriptedPrompter prompter;
    MainWindowOptions options;
    options.importPaths = {file};
    MainWindow window(std::move(*archive), settings, prompter, std::move(options));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->session(), kImportTimeoutMs);
    QCOMPARE(window.workspace()->session()->info().year, std::optional<int>(2023));
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
