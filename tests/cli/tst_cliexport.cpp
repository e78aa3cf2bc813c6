#include "clirunner.h"
#include "csvtestreader.h"
#include "exportfixture.h"
#include "fakeprocessing.h"
#include "testbackend.h"
#include "xlsxtestreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using test::runCli;

/// `nianbao-cli export` as scripts use it: the contract's options, filters, the findings
/// report, exit codes and "nianbao-cli: FILE: reason" errors.
class TestCliExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_archive;
    std::optional<test::ExportTestArchive> m_fixture;

    QString out(const QString& name) const { return m_dir.filePath(name); }

    /// Runs `export --db ARCHIVE` with `arguments` and checks it succeeded.
    test::CliRun exportOk(const QStringList& arguments)
    {
        const test::CliRun run = runCli(
            QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_archive} + arguments);
        if (run.exitCode != 0) {
            qFatal("export failed (%d): %s", run.exitCode, qUtf8Printable(run.err));
        }
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        m_archive = test::freshArchiveLocation(m_dir.path(), QStringLiteral("archive.sqlite"));
        Result<test::ExportTestArchive> fixture = test::makeExportTestArchive(m_archive);
        QVERIFY2(fixture, test::messageOf(fixture).constData());
        m_fixture.emplace(std::move(*fixture));
    }

    void writesTheWideCsvWithItsCodebookAndSaysWhatItWrote()
    {
        const QString file = out(QStringLiteral("wide.csv"));
        const test::CliRun run = exportOk(
            {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), file});
        const auto reports = m_fixture->ids.size();
        const test::CsvTable table = test::readCsv(file);
        QVERIFY(table.byteOrderMark);
        QCOMPARE(table.rows.size(), reports);
        QCOMPARE(table.header.first(), QStringLiteral("report_id"));
        QVERIFY(QFile::exists(out(QStringLiteral("wide.codebook.csv"))));
        QVERIFY(run.out.endsWith("\n"));
        QVERIFY(run.out.contains(QByteArray::number(qint64(reports))));
        QVERIFY(run.out.contains(file.toUtf8()));
        QVERIFY(run.err.isEmpty());
    }

    void theLongLayoutAndJsonFromTheFileName()
    {
        const QString file = out(QStringLiteral("long.json"));
        exportOk({QStringLiteral("--layout"), QStringLiteral("long"), QStringLiteral("-o"), file});
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
        QVERIFY(rows.size() > qsizetype(m_fixture->ids.size()) * 100);
        QVERIFY(rows.first().toObject().contains(QStringLiteral("extracted_value")));
    }

    void filtersTakeTheReportsAsked()
    {
        const QString file = out(QStringLiteral("filtered.csv"));
        exportOk({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--years"),
                  QStringLiteral("2019,2023"), QStringLiteral("--template"), QStringLiteral("2021"),
                  QStringLiteral("-o"), file});
        test::CsvTable table = test::readCsv(file);
        QVERIFY(!table.rows.empty());
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            QCOMPARE(table.field(r, QStringLiteral("year")), QStringLiteral("2023"));
            QCOMPARE(table.field(r, QStringLiteral("template")), QStringLiteral("2021"));
        }
        exportOk({QStringLiteral("--reviewed-only"), QStringLiteral("-o"), file});
        QCOMPARE(test::readCsv(file).rows.size(), m_fixture->reviewed.size());
        exportOk({QStringLiteral("--agency"), QStringLiteral("某局"), QStringLiteral("-o"), file});
        table = test::readCsv(file);
        QCOMPARE(table.rows.size(), std::size_t(1));
        QCOMPARE(table.field(0, QStringLiteral("agency")), m_fixture->trickyAgency);
    }

    void theFindingsReportAsAWorkbook()
    {
        const QString file = out(QStringLiteral("findings.xlsx"));
        exportOk({QStringLiteral("--findings"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                  QStringLiteral("-o"), file});
        const test::XlsxBook book = test::readXlsx(file);
        QCOMPARE(book.sheetNames, QStringList{QStringLiteral("findings")});
        QVERIFY(book.sheets.front().rows.size() > 1);
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        const QString file = out(QStringLiteral("never.csv"));
        QTest::newRow("no output") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                                   << QStringLiteral("-o FILE");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("-o"),
                           file}
            << QStringLiteral("xls");
        QTest::newRow("no format")
            << QStringList{QStringLiteral("-o"), out(QStringLiteral("never.txt"))}
            << QStringLiteral("--format");
        QTest::newRow("unknown layout")
            << QStringList{QStringLiteral("--layout"), QStringLiteral("tall"), QStringLiteral("-o"),
                           file}
            << QStringLiteral("tall");
        QTest::newRow("bad year") << QStringList{QStringLiteral("--years"),
                                                 QStringLiteral("2021,20x"), QStringLiteral("-o"),
                                                 file}
                                  << QStringLiteral("20x");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("-o"), file}
            << QStringLiteral("colour");
        QTest::newRow("stray file") << QStringList{QStringLiteral("-o"), file, QStringLiteral("x")}
                                    << QStringLiteral("-o FILE");
    }
    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        const test::CliRun run = runCli(
            QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_archive} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("nianbao-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("never.csv"))));
    }

    void aMissingArchiveIsAnErrorAndIsNotCreated()
    {
        const QString missing = out(QStringLiteral("nothing-here.sqlite"));
        const QString file = out(QStringLiteral("none.csv"));
        const test::CliRun run =
            runCli({QStringLiteral("export"), QStringLiteral("--db"), missing,
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("nianbao-cli: ") + missing + QStringLiteral(": ")),
            qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(file));
    }

    void aFileThatIsNoArchiveIsNamed()
    {
        const QString notArchive = out(QStringLiteral("report.txt"));
        {
            QFile text(notArchive);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(
                QStringLiteral("河北省机关事务管理局2022年政府信息公开工作年度报告\n").toUtf8());
        }
        const test::CliRun run =
            runCli({QStringLiteral("export"), QStringLiteral("--db"), notArchive,
                    QStringLiteral("-o"), out(QStringLiteral("none.csv"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("nianbao-cli: ") + notArchive + QStringLiteral(": ")),
            qPrintable(run.err));
    }

    void anUnwritableOutputFailsNamingItAndLeavesNoFile()
    {
        const QString file = out(QStringLiteral("no/such/folder/out.xlsx"));
        const test::CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--db"),
                                         m_archive, QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("nianbao-cli: ") + file + QStringLiteral(": ")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
        QVERIFY(run.out.isEmpty());
    }

    void withoutDbTheDefaultArchiveIsUsed()
    {
        // The user's data folder, redirected for the child process.
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
        const QString defaultArchive =
            home.filePath(QStringLiteral("Nianbao/nianbao/nianbao.sqlite"));
        const QString file = out(QStringLiteral("default.csv"));
        const QStringList arguments{QStringLiteral("export"), QStringLiteral("-o"), file};
        test::CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(defaultArchive), qPrintable(run.err));
        QVERIFY(test::makeExportTestArchive(defaultArchive));
        run = runCli(arguments);
        qunsetenv("XDG_DATA_HOME");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(test::readCsv(file).rows.size(), m_fixture->ids.size());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
