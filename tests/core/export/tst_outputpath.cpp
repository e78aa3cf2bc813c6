// Where an export may write, checked before anything is written: never over the archive
// being exported (by device and inode, so through any link, and its -wal and -shm), never
// over a device or a folder, never into a folder that does not exist. Before, `export -o
// ARCHIVE` replaced the archive with a CSV file, and as root `-o /dev/full` replaced the
// device node. And the temporary folder of an XLSX export lives beside the output, where the
// next export removes one a killed export left behind.

#include "archive/archive.h"
#include "export/datasetexport.h"
#include "export/exporttempfolder.h"
#include "export/outputpath.h"
#include "exportfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace nianbao;

namespace {

QByteArray hashOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList exportFolders(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.nianbao-export-*")},
                                  QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestOutputPath : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archivePath = m_dir.filePath(QStringLiteral("archive.sqlite"));
        Result<Archive> archive = Archive::open(m_archivePath);
        QVERIFY(archive);
        QVERIFY(test::addGeneratedReports(*archive, 6, 11));
    }

    void theArchiveIsRefusedThroughAnyLink()
    {
        // The archive stays open, as it is during an export: its -wal and -shm exist.
        Result<Archive> archive = Archive::open(m_archivePath);
        QVERIFY(archive);
        QVERIFY(QFile::exists(m_archivePath + QStringLiteral("-wal")));
        const QString symbolic = m_dir.filePath(QStringLiteral("data.csv"));
        const QString hard = m_dir.filePath(QStringLiteral("hard.csv"));
        QVERIFY(QFile::link(m_archivePath, symbolic));
        QCOMPARE(::link(QFile::encodeName(m_archivePath).constData(),
                        QFile::encodeName(hard).constData()),
                 0);
        const QString relative =
            QDir::current().relativeFilePath(m_archivePath); // the same file by another name
        const QStringList paths{m_archivePath, symbolic, hard, relative,
                                m_archivePath + QStringLiteral("-wal"),
                                m_archivePath + QStringLiteral("-shm")};
        for (const QString& path : paths) {
            const Result<void> allowed = checkOutputPath(path, archiveFiles(m_archivePath));
            QVERIFY2(!allowed, qPrintable(path));
            QVERIFY2(allowed.error().message.contains(QStringLiteral("archive")),
                     qPrintable(allowed.error().message));
        }

        const QByteArray before = hashOfFile(m_archivePath);
        for (const ExportFormat format :
             {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json}) {
            ExportOptions options;
            options.format = format;
            for (const QString& path : {m_archivePath, symbolic, hard}) {
                options.outputPath = path;
                const Result<ExportSummary> exported = exportArchive(*archive, options);
                QVERIFY(!exported);
                QVERIFY(exported.error().message.contains(QStringLiteral("archive")));
            }
        }
        QCOMPARE(hashOfFile(m_archivePath), before);
        QVERIFY(archive->reportIds());
        QFile::remove(symbolic);
        QFile::remove(hard);
    }

    void devicesFoldersAndMissingFoldersAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("/dev/full") << QStringLiteral("/dev/full") << QStringLiteral("device");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << QStringLiteral("device");
        QTest::newRow("a folder") << QDir::tempPath() << QStringLiteral("folder");
        QTest::newRow("a missing folder") << QStringLiteral("/nonexistent-nianbao-folder/data.csv")
                                          << QStringLiteral("does not exist");
    }

    void devicesFoldersAndMissingFoldersAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const Result<void> allowed = checkOutputPath(path, archiveFiles(m_archivePath));
        QVERIFY(!allowed);
        QVERIFY2(allowed.error().message.contains(reason), qPrintable(allowed.error().message));
    }

    void aFifoIsRefused()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Result<void> allowed = checkOutputPath(fifo, {});
        QVERIFY(!allowed);
        QVERIFY(allowed.error().message.contains(QStringLiteral("pipe")));
    }

    void aCodebookPathThatMayNotBeWrittenStopsTheExportBeforeAnything()
    {
        // data.csv is fine, but its codebook's name is taken by a folder.
        const QString data = m_dir.filePath(QStringLiteral("blocked.csv"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("blocked.codebook.csv")));
        Result<Archive> archive = Archive::open(m_archivePath);
        QVERIFY(archive);
        ExportOptions options;
        options.outputPath = data;
        const Result<ExportSummary> exported = exportArchive(*archive, options);
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.contains(QStringLiteral("codebook")),
                 qPrintable(exported.error().message));
        QVERIFY(!QFile::exists(data));
    }

    void anOrdinaryFileIsAllowed()
    {
        QVERIFY(checkOutputPath(m_dir.filePath(QStringLiteral("new.csv")),
                                archiveFiles(m_archivePath)));
        const QString existing = m_dir.filePath(QStringLiteral("old.csv"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(checkOutputPath(existing, archiveFiles(m_archivePath)));
    }

    void theWorkbookIsBuiltBesideTheOutputAndCleanedAway()
    {
        QTemporaryDir out;
        Result<Archive> archive = Archive::open(m_archivePath);
        QVERIFY(archive);
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.outputPath = out.filePath(QStringLiteral("data.xlsx"));
        int progressCalls = 0;
        QStringList seenDuring;
        const Result<ExportSummary> exported =
            exportArchive(*archive, options, [&](qint64, qint64) {
                if (progressCalls++ == 0) {
                    seenDuring = exportFolders(out.path());
                }
                return true;
            });
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        QCOMPARE(seenDuring.size(), 1); // beside the output while it is built
        QVERIFY(exportFolders(out.path()).isEmpty());
        QVERIFY(QFile::exists(options.outputPath));
    }

    void aFolderLeftByAKilledExportIsRemovedByTheNext()
    {
        QTemporaryDir out;
        const QString output = out.filePath(QStringLiteral("data.xlsx"));
        // A process that makes its temporary folder as an export does and is killed with it.
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--hold-export-folder"), output});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(exportFolders(out.path()).size(), 1);
        // Alive, its folder is left alone.
        QCOMPARE(ExportTempFolder::removeStale(output), 0);
        QCOMPARE(exportFolders(out.path()).size(), 1);
        child.kill();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(exportFolders(out.path()).size(), 1);

        Result<Archive> archive = Archive::open(m_archivePath);
        QVERIFY(archive);
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.outputPath = output;
        QVERIFY(exportArchive(*archive, options));
        QVERIFY2(exportFolders(out.path()).isEmpty(),
                 qPrintable(exportFolders(out.path()).join(u' ')));
    }

    void aFullDiskIsNamedAsSuch()
    {
        QVERIFY(!diskIsFull(m_dir.path()));
        const QString reason = writeFailureReason(m_dir.filePath(QStringLiteral("x.csv")),
                                                  QStringLiteral("Unknown error"));
        QCOMPARE(reason, QStringLiteral("Unknown error"));
    }

private:
    QTemporaryDir m_dir;
    QString m_archivePath;
};

/// `--hold-export-folder OUTPUT`: the child of aFolderLeftByAKilledExportIsRemovedByTheNext,
/// which makes an export's temporary folder, says so and waits to be killed.
int holdExportFolder(const QString& output)
{
    Result<std::unique_ptr<ExportTempFolder>> folder = ExportTempFolder::create(output);
    if (!folder) {
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    ::pause();
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--hold-export-folder") {
        return holdExportFolder(QString::fromLocal8Bit(argv[2]));
    }
    TestOutputPath test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outputpath.moc"
