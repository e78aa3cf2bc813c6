// No command may destroy an archive, hang, or exhaust the machine (issue 11), run as a user
// runs nianbao-cli: imports of devices, pipes and links to them; exports over the archive
// itself; several imports creating one new archive at the same moment; a disk that fills up
// during an import or an export (a small tmpfs in a mount namespace of the test's own); the
// same report in three encodings; a damaged archive; an XLSX export killed mid-way.

#include "clirunner.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace nianbao;

namespace {

QString cli()
{
    return test::binDir() + QStringLiteral("/nianbao-cli");
}

QByteArray hashOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString lastLine(const QByteArray& out)
{
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast();
}

/// "imported N, duplicates D, failed F" read back.
std::array<int, 3> summaryOf(const QByteArray& out)
{
    const QStringList words = lastLine(out).split(QRegularExpression(QStringLiteral("[ ,]+")));
    if (words.size() != 6) {
        return {-1, -1, -1};
    }
    return {words[1].toInt(), words[3].toInt(), words[5].toInt()};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qUtf8Printable(path));
    }
}

/// Whether this machine lets the test make a mount namespace of its own with a tmpfs in it.
bool canMountTmpfs()
{
    static const bool can = [] {
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    {QStringLiteral("--mount"), QStringLiteral("--map-root-user"),
                     QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("mount -t tmpfs -o size=64k tmpfs /mnt")});
        return probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
               probe.exitCode() == 0;
    }();
    return can;
}

/// Runs `script` (sh) in a mount namespace of its own where `mountPoint` is an empty tmpfs of
/// `size` (e.g. "1m"): a disk that fills up, which vanishes with the namespace. The script's
/// exit code.
int runOnSmallDisk(const QString& mountPoint, const QString& size, const QString& script)
{
    QProcess process;
    process.setProcessEnvironment(test::cliEnvironment());
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(
        QStringLiteral("unshare"),
        {QStringLiteral("--mount"), QStringLiteral("--map-root-user"), QStringLiteral("sh"),
         QStringLiteral("-c"),
         QStringLiteral("mount -t tmpfs -o size=%1 tmpfs \"$0\" && exec sh -c \"$1\"").arg(size),
         mountPoint, script});
    if (!process.waitForFinished(300000)) {
        process.kill();
        qFatal("the script on the small disk did not finish");
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliReliability : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reports = path(QStringLiteral("reports"));
        QProcess generator;
        generator.start(test::binDir() + QStringLiteral("/nianbao-gen"),
                        {QStringLiteral("--seed"), QStringLiteral("1100"),
                         QStringLiteral("--count"), QString::number(kReports),
                         QStringLiteral("--out"), m_reports});
        QVERIFY(generator.waitForFinished(300000));
        QCOMPARE(generator.exitCode(), 0);
        m_reportFiles =
            QDir(m_reports).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QCOMPARE(m_reportFiles.size(), kReports);
        // The archive most tests read: the first ten reports.
        m_archive = path(QStringLiteral("archive.sqlite"));
        const test::CliRun imported =
            run({QStringLiteral("import"), QStringLiteral("--db"), m_archive, folderOf(0, 10)});
        QCOMPARE(imported.exitCode, 0);
    }

    void importSkipsDevicesPipesAndLinksToThemWithoutHanging()
    {
        const QString folder = folderOf(0, 1, QStringLiteral("hostile"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/zero.txt")));
        const QString fifo = folder + QStringLiteral("/pipe.txt");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QFile::link(fifo, folder + QStringLiteral("/link-to-pipe.txt")));
        const QString db = path(QStringLiteral("hostile.sqlite"));
        // Given by name too: a device and a pipe named on the command line.
        const test::CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                           folder, QStringLiteral("/dev/zero"), fifo},
                                          60000);
        QCOMPARE(imported.exitCode, 1);
        // The folder's FIFO is the one named on the command line: one file, one failure.
        QCOMPARE(lastLine(imported.out), QStringLiteral("imported 1, duplicates 0, failed 4"));
        QVERIFY2(imported.err.contains(QStringLiteral("zero.txt: this is a device")),
                 qPrintable(imported.err));
        QVERIFY(imported.err.contains(QStringLiteral("/dev/zero: this is a device")));
        QVERIFY(imported.err.contains(QStringLiteral("pipe.txt: this is a named pipe")));
        QVERIFY(imported.err.contains(QStringLiteral("link-to-pipe.txt: this is a named pipe")));
    }

    void exportRefusesTheArchiveADeviceAndAFolder()
    {
        const QByteArray before = hashOfFile(m_archive);
        const QString symbolic = path(QStringLiteral("looks-like-data.csv"));
        QVERIFY(QFile::link(m_archive, symbolic));
        for (const QString& output : {m_archive, symbolic, m_dir.path()}) {
            for (const QString& format :
                 {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json")}) {
                const test::CliRun exported =
                    run({QStringLiteral("export"), QStringLiteral("--db"), m_archive,
                         QStringLiteral("--format"), format, QStringLiteral("-o"), output});
                QCOMPARE(exported.exitCode, 1);
                QVERIFY2(exported.err.contains(output == m_dir.path() ? QStringLiteral("folder")
                                                                      : QStringLiteral("archive")),
                         qPrintable(exported.err));
            }
        }
        QCOMPARE(hashOfFile(m_archive), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("archive.codebook.sqlite"))));
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--db"), m_archive}).exitCode, 0);
    }

    void exportNeverReplacesADeviceNode()
    {
        if (::geteuid() != 0) {
            QSKIP("making a device node needs root");
        }
        // A node of /dev/full's kind in the test's own folder: were it replaced, only the test
        // would lose it.
        const QString device = path(QStringLiteral("full.csv"));
        QCOMPARE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)), 0);
        const test::CliRun exported = run({QStringLiteral("export"), QStringLiteral("--db"),
                                           m_archive, QStringLiteral("-o"), device});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(QStringLiteral("device")), qPrintable(exported.err));
        struct stat status {};
        QCOMPARE(::stat(QFile::encodeName(device).constData(), &status), 0);
        QVERIFY(S_ISCHR(status.st_mode));
        QVERIFY(!QFile::exists(path(QStringLiteral("full.codebook.csv"))));
    }

    void exportRefusesAFolderThatCannotBeWritten()
    {
        if (!canMountTmpfs()) {
            QSKIP("no mount namespace can be made here");
        }
        // Read-only even for root: a read-only file system.
        const QString mount = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(mount));
        const QString err = path(QStringLiteral("readonly.err"));
        const int code =
            runOnSmallDisk(mount, QStringLiteral("64k,ro"),
                           QStringLiteral("%1 export --db %2 -o %3/data.csv 2>%4")
                               .arg(quoted(cli()), quoted(m_archive), quoted(mount), quoted(err)));
        QCOMPARE(code, 1);
        QVERIFY2(readAll(err).contains("cannot be written"), readAll(err).constData());
    }

    void manyImportsCreatingOneNewArchiveAtOnce()
    {
        // Four imports start together on an archive that does not exist yet, over and over:
        // each must finish cleanly, and together store every report once.
        constexpr int kRounds = 12;
        constexpr int kProcesses = 4;
        constexpr int kBatch = 15;
        for (int round = 0; round < kRounds; ++round) {
            const QString db = path(QStringLiteral("race/%1/new.sqlite").arg(round));
            std::vector<std::unique_ptr<QProcess>> imports;
            for (int i = 0; i < kProcesses; ++i) {
                auto process = std::make_unique<QProcess>();
                process->setProcessEnvironment(sandbox());
                process->setProgram(cli());
                process->setArguments({QStringLiteral("import"), QStringLiteral("--db"), db,
                                       folderOf(i * kBatch, kBatch)});
                imports.push_back(std::move(process));
            }
            for (auto& process : imports) {
                process->start();
            }
            for (auto& process : imports) {
                QVERIFY(process->waitForFinished(300000));
                const QString err = QString::fromUtf8(process->readAllStandardError());
                const QByteArray out = process->readAllStandardOutput();
                QVERIFY2(process->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: %2").arg(round).arg(err)));
                QVERIFY2(!err.contains(QStringLiteral("locked")), qPrintable(err));
                QVERIFY2(!err.contains(QStringLiteral("another program")), qPrintable(err));
                QCOMPARE(summaryOf(out)[0], kBatch);
            }
            const test::CliRun listed =
                run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
            QCOMPARE(listed.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), kProcesses * kBatch);
            QVERIFY(!QFile::exists(db + QStringLiteral(".opening.lock")));
        }
    }

    void aFullDiskStopsTheImportOnceAndKeepsWhatWasStored()
    {
        if (!canMountTmpfs()) {
            QSKIP("no mount namespace can be made here");
        }
        const QString mount = path(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mount));
        const QString out = path(QStringLiteral("full.out"));
        const QString err = path(QStringLiteral("full.err"));
        const QString listed = path(QStringLiteral("full.list"));
        const QString script =
            QStringLiteral("%1 import --db %2/a.sqlite %3 >%4 2>%5; code=$?; "
                           "%1 list --db %2/a.sqlite --json >%6 || exit 9; exit $code")
                .arg(quoted(cli()), quoted(mount), quoted(m_reports), quoted(out), quoted(err),
                     quoted(listed));
        const int code = runOnSmallDisk(mount, QStringLiteral("1m"), script);
        const QString errors = QString::fromUtf8(readAll(err));
        QCOMPARE(code, 1);
        QCOMPARE(errors.count(QStringLiteral("disk is full")), 1);
        const auto [imported, duplicates, failed] = summaryOf(readAll(out));
        QVERIFY2(imported > 0 && imported < kReports,
                 qPrintable(QStringLiteral("%1 imported").arg(imported)));
        QCOMPARE(failed, 0);
        QVERIFY2(
            errors.contains(
                QStringLiteral("Stored and safe in the archive: %1").arg(imported + duplicates)),
            qPrintable(errors));
        // What was stored is whole and listed.
        QCOMPARE(QJsonDocument::fromJson(readAll(listed)).array().size(), imported);
    }

    void aFullDiskDuringExportIsNamed_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void aFullDiskDuringExportIsNamed()
    {
        QFETCH(QString, format);
        if (!canMountTmpfs()) {
            QSKIP("no mount namespace can be made here");
        }
        const QString mount = path(QStringLiteral("export-disk-") + format);
        QVERIFY(QDir().mkpath(mount));
        const QString err = path(QStringLiteral("export-%1.err").arg(format));
        const QString left = path(QStringLiteral("export-%1.left").arg(format));
        const int code = runOnSmallDisk(
            mount, QStringLiteral("24k"),
            QStringLiteral("%1 export --db %2 --layout long --format %3 -o %4/data.%3 2>%5; "
                           "code=$?; ls -A %4 >%6; exit $code")
                .arg(quoted(cli()), quoted(m_archive), format, quoted(mount), quoted(err),
                     quoted(left)));
        const QByteArray errors = readAll(err);
        QCOMPARE(code, 1);
        QVERIFY2(errors.contains("disk is full"), errors.constData());
        QVERIFY(!errors.contains("Unknown error"));
        // Nothing half-written is left behind, not even the workbook's temporary folder.
        QVERIFY2(readAll(left).trimmed().isEmpty(), readAll(left).constData());
    }

    void theSameReportInThreeEncodingsIsFlagged()
    {
        const QString text = QString::fromUtf8(readAll(reportPath(30)));
        const QString folder = path(QStringLiteral("encodings"));
        writeFile(folder + QStringLiteral("/a-utf8.txt"), text.toUtf8());
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        writeFile(folder + QStringLiteral("/b-gbk.txt"), gb.encode(text));
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        writeFile(folder + QStringLiteral("/c-utf16.txt"), utf16.encode(text));
        const QString db = path(QStringLiteral("encodings.sqlite"));
        const test::CliRun imported =
            run({QStringLiteral("import"), QStringLiteral("--db"), db, folder});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(lastLine(imported.out), QStringLiteral("imported 3, duplicates 0, failed 0"));
        QCOMPARE(imported.err.count(QStringLiteral("likely duplicate")), 2);
        QVERIFY(imported.err.contains(QStringLiteral("b-gbk.txt: likely duplicate")));
        const QString findings = path(QStringLiteral("encodings-findings.json"));
        const test::CliRun exported = run({QStringLiteral("export"), QStringLiteral("--db"), db,
                                           QStringLiteral("--findings"), QStringLiteral("--format"),
                                           QStringLiteral("json"), QStringLiteral("-o"), findings});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QString::fromUtf8(readAll(findings)).count(QStringLiteral("extract.same_text")),
                 2);
    }

    void aDamagedArchiveIsOnlyReadAndSaysHowToRecover()
    {
        const QString db = path(QStringLiteral("damaged.sqlite"));
        QCOMPARE(
            run({QStringLiteral("import"), QStringLiteral("--db"), db, folderOf(40, 5)}).exitCode,
            0);
        // Damage two b-tree pages past the schema: their headers become nonsense.
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        const qint64 pages = file.size() / pageSize;
        QVERIFY(pages > 8);
        for (const qint64 page : {pages / 2, pages - 1}) {
            QVERIFY(file.seek(page * pageSize));
            QCOMPARE(file.write(QByteArray(16, '\x7f')), 16);
        }
        file.close();
        const QByteArray damaged = hashOfFile(db);

        const test::CliRun imported =
            run({QStringLiteral("import"), QStringLiteral("--db"), db, folderOf(50, 2)});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral(".recover")), qPrintable(imported.err));
        QVERIFY(imported.err.contains(QStringLiteral("backup")));
        QCOMPARE(hashOfFile(db), damaged);
    }

    void aKilledXlsxExportLeavesNothingForever()
    {
        const QString out = path(QStringLiteral("killed"));
        QVERIFY(QDir().mkpath(out));
        const QString output = out + QStringLiteral("/data.xlsx");
        const auto leftovers = [&] {
            return QDir(out).entryList({QStringLiteral(".data.xlsx.nianbao-export-*")},
                                       QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        };
        bool killedMidway = false;
        for (int attempt = 0; attempt < 20 && !killedMidway; ++attempt) {
            QProcess exporter;
            exporter.setProcessEnvironment(sandbox());
            exporter.start(cli(), {QStringLiteral("export"), QStringLiteral("--db"), m_archive,
                                   QStringLiteral("--layout"), QStringLiteral("long"),
                                   QStringLiteral("-o"), output});
            QVERIFY(exporter.waitForStarted());
            // Killed once its folder is set up (with the lock file naming its owner): a
            // folder killed in the instant before its lock file names the owner has no owner
            // to check, and is removed only once it is a minute old.
            const auto setUp = [&] {
                const QStringList folders = leftovers();
                return !folders.isEmpty() &&
                       QFileInfo(out + QLatin1Char('/') + folders.constFirst() +
                                 QStringLiteral("/owner.lock"))
                               .size() > 0;
            };
            while (exporter.state() == QProcess::Running && !setUp()) {
                QThread::usleep(200);
            }
            if (exporter.state() == QProcess::Running) {
                exporter.kill();
                killedMidway = true;
            }
            exporter.waitForFinished();
        }
        QVERIFY2(killedMidway, "the export always finished before it could be killed");
        QCOMPARE(leftovers().size(), 1);
        const test::CliRun next = run({QStringLiteral("export"), QStringLiteral("--db"), m_archive,
                                       QStringLiteral("-o"), output});
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
    }

    void aFileCutInsideItsLastCharacterIsANote()
    {
        const QString cut = path(QStringLiteral("cut.txt"));
        writeFile(cut, readAll(reportPath(3)) + QByteArray("年").left(2));
        const test::CliRun extracted = run({QStringLiteral("extract"), cut});
        QCOMPARE(extracted.exitCode, 0);
        const QJsonArray issues = QJsonDocument::fromJson(extracted.out)
                                      .object()
                                      .value(QStringLiteral("issues"))
                                      .toArray();
        const auto note = std::find_if(issues.begin(), issues.end(), [](const QJsonValue& issue) {
            return issue.toObject().value(QStringLiteral("rule")).toString() ==
                   QStringLiteral("extract.truncated_file");
        });
        QVERIFY2(note != issues.end(), extracted.out.constData());
        QCOMPARE((*note).toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("note"));
    }

private:
    static constexpr int kReports = 120;

    QString path(const QString& relative) const { return m_dir.filePath(relative); }
    QString reportPath(int index) const
    {
        return QDir(m_reports).filePath(m_reportFiles.at(index));
    }

    /// A folder of its own holding `count` generated reports from `first` on.
    QString folderOf(int first, int count, const QString& name = {}) const
    {
        const QString folder =
            path(QStringLiteral("batches/%1")
                     .arg(name.isEmpty() ? QStringLiteral("%1-%2").arg(first).arg(count) : name));
        QDir().mkpath(folder);
        for (int i = first; i < first + count; ++i) {
            const QString target = QDir(folder).filePath(m_reportFiles.at(i));
            if (!QFile::exists(target)) {
                QFile::copy(reportPath(i), target);
            }
        }
        return folder;
    }

    QProcessEnvironment sandbox() const
    {
        QProcessEnvironment environment = test::cliEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        return environment;
    }

    test::CliRun run(const QStringList& arguments, int timeoutMs = 120000) const
    {
        return test::runCli(arguments, sandbox(), timeoutMs);
    }

    QTemporaryDir m_dir;
    QString m_reports;
    QStringList m_reportFiles;
    QString m_archive;
};

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_clireliability.moc"
