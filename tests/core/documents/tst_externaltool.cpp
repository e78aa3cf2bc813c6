#include "documents/externaltool.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace nianbao;

/// Running the converters and OCR engine: output, exit codes, and timeouts that leave
/// nothing running.
class TestExternalTool : public QObject {
    Q_OBJECT

private slots:
    void programsAreFoundOnThePath()
    {
        QVERIFY(!findTool(QStringLiteral("sh")).isEmpty());
        QVERIFY(findTool(QStringLiteral("no-such-program-nianbao")).isEmpty());
    }

    void outputAndExitCodeAreKept()
    {
        const Result<ToolRun> run = runTool(
            findTool(QStringLiteral("sh")),
            {QStringLiteral("-c"), QStringLiteral("printf '年报'; echo oops >&2; exit 3")}, 10000);
        QVERIFY(run);
        QCOMPARE(run->exitCode, 3);
        QCOMPARE(QString::fromUtf8(run->standardOutput), QStringLiteral("年报"));
        QCOMPARE(run->standardError, QByteArray("oops\n"));
    }

    void missingProgramsFailToStart()
    {
        const Result<ToolRun> run = runTool(QStringLiteral("/nonexistent/soffice"), {}, 1000);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Io);
        QVERIFY(run.error().message.contains(QLatin1String("soffice")));
    }

    void timeoutsStopTheProgramAndEverythingItStarted()
    {
        // The shell starts a child of its own (as LibreOffice's launcher does) and waits.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
        QElapsedTimer timer;
        timer.start();
        const Result<ToolRun> run = runTool(
            findTool(QStringLiteral("sh")),
            {QStringLiteral("-c"), QStringLiteral("sleep 60 & echo $! > '%1'; wait").arg(pidFile)},
            500);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Cancelled);
        QVERIFY2(run.error().message.contains(QLatin1String("took longer")),
                 qUtf8Printable(run.error().message));
        QVERIFY(timer.elapsed() < 5000);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t child = file.readAll().trimmed().toInt();
        QVERIFY(child > 0);
        // The child is gone (it may linger a moment as a zombie of init).
        QTRY_VERIFY_WITH_TIMEOUT(::kill(child, 0) != 0 || isZombie(child), 5000);
    }

private:
    static bool isZombie(pid_t pid)
    {
        QFile status(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!status.open(QIODevice::ReadOnly)) {
            return true;
        }
        const QByteArray line = status.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && line.mid(close + 2, 1) == "Z";
    }
};

QTEST_GUILESS_MAIN(TestExternalTool)
#include "tst_externaltool.moc"
