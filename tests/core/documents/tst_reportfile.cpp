// Which paths a report is read from, and how: only regular files after every link, opened
// without blocking, read no further than the limit whatever size the file system reports.
// Before, a FIFO blocked open() forever and /dev/zero (or a *.txt link to it) was read until
// the machine ran out of memory.

#include "documents/documentreader.h"
#include "documents/reportfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace nianbao;
using namespace std::chrono_literals;

namespace {

/// Runs `read` on a thread of its own and waits a few seconds for it. A read that blocks
/// (on a FIFO with no writer) is unblocked by opening the FIFO for writing, so that the test
/// fails instead of hanging.
template <typename Read>
auto withinSeconds(Read read, const QString& fifoToRelease = {})
{
    auto future = std::async(std::launch::async, read);
    if (future.wait_for(10s) != std::future_status::ready) {
        if (!fifoToRelease.isEmpty()) {
            QFile writer(fifoToRelease);
            (void)writer.open(QIODevice::WriteOnly);
        }
        future.wait();
        qWarning("the read blocked");
        return std::optional<decltype(future.get())>();
    }
    return std::optional<decltype(future.get())>(future.get());
}

} // namespace

class TestReportFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(QStringLiteral("pipe.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
        m_fifoLink = m_dir.filePath(QStringLiteral("link-to-pipe.txt"));
        QVERIFY(QFile::link(m_fifo, m_fifoLink));
        m_zeroLink = m_dir.filePath(QStringLiteral("link-to-zero.txt"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_zeroLink));
    }

    void aFifoIsSkippedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("fifo") << m_fifo;
        QTest::newRow("link to a fifo") << m_fifoLink;
    }

    void aFifoIsSkippedWithoutBlocking()
    {
        QFETCH(QString, path);
        const auto read = withinSeconds([&] { return readReportFile(path, 1 << 20); }, m_fifo);
        QVERIFY2(read, "reading a FIFO blocked");
        QVERIFY(!*read);
        QCOMPARE(read->error().code, ErrorCode::Unreadable);
        QVERIFY2(read->error().message.contains(QStringLiteral("FIFO")),
                 qPrintable(read->error().message));
        const auto document = withinSeconds([&] { return readDocument(path); }, m_fifo);
        QVERIFY2(document, "reading a FIFO as a document blocked");
        QVERIFY(!*document);
    }

    void aDeviceIsNeverRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("a *.txt link to /dev/zero") << m_zeroLink;
        QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
    }

    void aDeviceIsNeverRead()
    {
        QFETCH(QString, path);
        const auto read = withinSeconds([&] { return readReportFile(path, 1 << 20); });
        QVERIFY(read);
        QVERIFY(!*read);
        QCOMPARE(read->error().code, ErrorCode::Unreadable);
        QVERIFY2(read->error().message.contains(QStringLiteral("device")),
                 qPrintable(read->error().message));
        QVERIFY(!checkReportFile(path, 1 << 20));
    }

    void aFolderIsNoFile()
    {
        const Result<QByteArray> read = readReportFile(m_dir.path(), 1 << 20);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(QStringLiteral("folder")));
    }

    void theLimitAppliesToWhatIsRead()
    {
        // /proc files are regular files whose size reads as 0, whatever they hold: a limit
        // checked against the size alone lets them through whole.
        const QString maps = QStringLiteral("/proc/self/maps");
        struct stat status {};
        QCOMPARE(::stat("/proc/self/maps", &status), 0);
        QVERIFY(S_ISREG(status.st_mode));
        QCOMPARE(qint64(status.st_size), qint64(0));
        const Result<QByteArray> small = readReportFile(maps, 64);
        QVERIFY(!small);
        QCOMPARE(small.error().code, ErrorCode::TooLarge);
        const Result<QByteArray> whole = readReportFile(maps, 1 << 24);
        QVERIFY(whole);
        QVERIFY(whole->size() > 64);
    }

    void aRegularFileAndALinkToItAreRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2021年度报告\n");
        file.close();
        const QString link = m_dir.filePath(QStringLiteral("link.txt"));
        QVERIFY(QFile::link(path, link));
        for (const QString& each : {path, link}) {
            const Result<QByteArray> read = readReportFile(each, 1 << 20);
            QVERIFY(read);
            QCOMPARE(*read, QByteArray("2021年度报告\n"));
        }
        const Result<QByteArray> tooSmall = readReportFile(path, 4);
        QVERIFY(!tooSmall);
        QCOMPARE(tooSmall.error().code, ErrorCode::TooLarge);
    }

    void aMissingFileAndALinkCircleAreSaidSo()
    {
        const Result<QByteArray> missing =
            readReportFile(m_dir.filePath(QStringLiteral("none.txt")), 1 << 20);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
        const QString a = m_dir.filePath(QStringLiteral("a.txt"));
        const QString b = m_dir.filePath(QStringLiteral("b.txt"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const Result<QByteArray> circle = readReportFile(a, 1 << 20);
        QVERIFY(!circle);
        QVERIFY(circle.error().message.contains(QStringLiteral("circle")));
    }

private:
    QTemporaryDir m_dir;
    QString m_fifo;
    QString m_fifoLink;
    QString m_zeroLink;
};

QTEST_GUILESS_MAIN(TestReportFile)
#include "tst_reportfile.moc"
