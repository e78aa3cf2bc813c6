// Importing files and folders with a fake processor: failures, duplicates, cancellation,
// progress and the cross-year checks.

#include "archive/archive.h"
#include "archive/crossyear.h"
#include "archive/importer.h"
#include "fakeprocessing.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace nianbao;

namespace {

const QString kCarriedOver = QStringLiteral("t3.carried_over.total");
const QString kCarriedForward = QStringLiteral("t3.carried_forward.total");

test::FakeReport fake(const QString& agency, int year)
{
    test::FakeReport report;
    report.agency = agency;
    report.year = year;
    report.body = QStringLiteral("%1年度政府信息公开工作情况。").arg(year);
    return report;
}

bool hasFinding(const StoredReport& stored, const QString& rule)
{
    return std::any_of(stored.extracted.findings.begin(), stored.extracted.findings.end(),
                       [&](const Finding& finding) { return finding.rule == rule; });
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<Archive> m_archive;

    QString write(const QString& relative, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    QString write(const QString& relative, const test::FakeReport& report)
    {
        return write(relative, report.bytes());
    }

    ImportSummary import(const QStringList& paths, const ImportOptions& options = {})
    {
        return importReports(*m_archive, test::fakeProcessing(), paths, options);
    }

    Result<StoredReport> stored(const QString& agency, int year)
    {
        const Result<std::optional<ReportId>> id = m_archive->findReport(agency, year);
        if (!id || !*id) {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("not stored"));
        }
        return m_archive->loadReport(**id);
    }

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        Result<Archive> archive = Archive::open(m_dir->filePath(QStringLiteral("archive.sqlite")));
        QVERIFY(archive);
        m_archive.emplace(std::move(*archive));
    }

    void foldersAreSearchedRecursively()
    {
        write(QStringLiteral("in/a.txt"), fake(QStringLiteral("北京市财政局"), 2021));
        write(QStringLiteral("in/sub/b.txt"), fake(QStringLiteral("北京市财政局"), 2022));
        write(QStringLiteral("in/sub/deeper/c.html"), fake(QStringLiteral("上海市民政局"), 2022));
        write(QStringLiteral("in/sub/scan.png"), QByteArray("\x89PNG\r\n", 6));
        write(QStringLiteral("in/.hidden.txt"), fake(QStringLiteral("隐藏"), 2022));

        const FileSelection selection = collectReportFiles({m_dir->filePath(QStringLiteral("in"))});
        QCOMPARE(selection.files.size(), 3);
        QVERIFY(selection.failures.empty());

        const ImportSummary summary = import({m_dir->filePath(QStringLiteral("in"))});
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.duplicates, 0);
        QCOMPARE(summary.failed(), 0);
        QCOMPARE(*m_archive->countReports(), 3);
        const Result<StoredReport> report = stored(QStringLiteral("上海市民政局"), 2022);
        QVERIFY(report);
        QVERIFY(report->info.fileName.endsWith(QLatin1String("in/sub/deeper/c.html")));
        QVERIFY(QFileInfo(report->info.fileName).isAbsolute());
    }

    void aBadFileIsReportedAndTheBatchGoesOn()
    {
        test::FakeReport broken = fake(QStringLiteral("坏文件"), 2022);
        broken.failure = QStringLiteral("表格无法识别");
        const QStringList files{
            write(QStringLiteral("batch/01.txt"), fake(QStringLiteral("江苏省教育厅"), 2022)),
            write(QStringLiteral("batch/02.txt"), broken),
            write(QStringLiteral("batch/03.txt"), fake(QStringLiteral("江苏省教育厅"), 2023)),
        };
        const QString missing = m_dir->filePath(QStringLiteral("batch/none.txt"));

        std::vector<ImportProgress> progress;
        ImportOptions options;
        options.progress = [&](const ImportProgress& p) { progress.push_back(p); };
        const ImportSummary summary =
            import({m_dir->filePath(QStringLiteral("batch")), missing}, options);

        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.failed(), 2);
        QCOMPARE(summary.importedIds.size(), std::size_t(2));
        QCOMPARE(summary.failures[0].path, missing);
        QCOMPARE(summary.failures[0].error.code, ErrorCode::FileNotFound);
        QCOMPARE(summary.failures[1].path, files[1]);
        QCOMPARE(summary.failures[1].error.message, QStringLiteral("表格无法识别"));
        QCOMPARE(*m_archive->countReports(), 2);

        QCOMPARE(progress.size(), std::size_t(3));
        for (std::size_t i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress[i].done, qsizetype(i + 1));
            QCOMPARE(progress[i].total, 3);
            QCOMPARE(progress[i].path, files[i]);
        }
        QCOMPARE(progress[1].outcome, ImportOutcome::Failed);
        QCOMPARE(progress[2].outcome, ImportOutcome::Imported);
    }

    void aThrowingReaderFailsOneFileOnly()
    {
        ReportProcessing throwing = test::fakeProcessing();
        throwing.process = [inner = throwing.process](const QByteArray& bytes, const QString& name,
                                                      const PreviousYearLookup& lookup) {
            if (name.endsWith(QLatin1String("bad.pdf"))) {
                throw std::runtime_error("damaged cross-reference table");
            }
            return inner(bytes, name, lookup);
        };
        write(QStringLiteral("mixed/bad.pdf"), fake(QStringLiteral("某局"), 2021));
        write(QStringLiteral("mixed/good.txt"), fake(QStringLiteral("某局"), 2022));
        const ImportSummary summary =
            importReports(*m_archive, throwing, {m_dir->filePath(QStringLiteral("mixed"))});
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.failed(), 1);
        QVERIFY(summary.failures[0].error.message.contains(
            QLatin1String("damaged cross-reference table")));
    }

    void tooLargeFilesAreRefusedUnread()
    {
        const QString path = write(QStringLiteral("huge.txt"), QByteArray("x"));
        QFile file(path);
        QVERIFY(file.resize(64LL * 1024 * 1024)); // sparse: costs no disk
        const ImportSummary summary = import({path});
        QCOMPARE(summary.failed(), 1);
        QCOMPARE(summary.failures[0].error.code, ErrorCode::TooLarge);
        // The reader's own message, which states both sizes.
        QVERIFY2(summary.failures[0].error.message.contains(QLatin1String("32.0 MiB")),
                 qUtf8Printable(summary.failures[0].error.message));
    }

    void duplicatesAreCountedNotStored()
    {
        const test::FakeReport report = fake(QStringLiteral("浙江省民政厅"), 2022);
        write(QStringLiteral("dup/a.txt"), report);
        write(QStringLiteral("dup/copy of a.txt"), report);
        write(QStringLiteral("dup/b.txt"), fake(QStringLiteral("浙江省民政厅"), 2023));

        ImportSummary summary = import({m_dir->filePath(QStringLiteral("dup"))});
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.duplicates, 1);
        // A second run over the same folder stores nothing.
        summary = import({m_dir->filePath(QStringLiteral("dup"))});
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.duplicates, 3);
        QCOMPARE(*m_archive->countReports(), 2);
    }

    void cancellationStopsBetweenFilesAndARerunFinishes()
    {
        for (int year = 2019; year < 2025; ++year) {
            write(QStringLiteral("long/%1.txt").arg(year),
                  fake(QStringLiteral("福建省商务厅"), year));
        }
        std::stop_source stop;
        ImportOptions options;
        options.stop = stop.get_token();
        options.progress = [&](const ImportProgress& p) {
            if (p.done == 2) {
                stop.request_stop();
            }
        };
        ImportSummary summary = import({m_dir->filePath(QStringLiteral("long"))}, options);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, 2);
        QCOMPARE(*m_archive->countReports(), 2);

        summary = import({m_dir->filePath(QStringLiteral("long"))});
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.imported, 4);
        QCOMPARE(summary.duplicates, 2);
        QCOMPARE(*m_archive->countReports(), 6);
    }

    void crossYearChecksRunWhicheverYearArrivesFirst()
    {
        const QString agency = QStringLiteral("河北省机关事务管理局");
        test::FakeReport y2022 = fake(agency, 2022);
        y2022.cells.insert(kCarriedOver, QStringLiteral("5"));
        y2022.cells.insert(kCarriedForward, QStringLiteral("2"));
        test::FakeReport y2021 = fake(QStringLiteral(" 河北省 机关事务管理局"), 2021);
        y2021.cells.insert(kCarriedForward, QStringLiteral("4"));
        test::FakeReport y2023 = fake(agency, 2023);
        y2023.cells.insert(kCarriedOver, QStringLiteral("2"));

        // 2022 alone: nothing to compare with.
        ImportSummary summary = import({write(QStringLiteral("2022.txt"), y2022)});
        QCOMPARE(summary.imported, 1);
        QVERIFY(!hasFinding(*stored(agency, 2022), test::kCarryOverRule));

        // 2021 arrives later: the stored 2022 report is re-validated against it.
        summary = import({write(QStringLiteral("2021.txt"), y2021)});
        QCOMPARE(summary.revalidated, 1);
        Result<StoredReport> report2022 = stored(agency, 2022);
        QVERIFY(hasFinding(*report2022, test::kCarryOverRule));
        QCOMPARE(m_archive->listReports()->front().openWarnings, 1);

        // 2023 arrives after 2022: the processor gets 2022 as its previous year (consistent).
        summary = import({write(QStringLiteral("2023.txt"), y2023)});
        QCOMPARE(summary.revalidated, 0);
        QVERIFY(stored(agency, 2023));
        QVERIFY(!hasFinding(*stored(agency, 2023), test::kCarryOverRule));

        // A correction of 2021 that makes the figures agree clears the warning on 2022.
        const ReportId id2021 = stored(agency, 2021)->info.id;
        QVERIFY(m_archive->recordCorrection(
            id2021, {kCarriedForward, 5.0, QStringLiteral("审核员"), QStringLiteral("误读")}));
        const Result<std::optional<ReportId>> following =
            revalidateFollowingYear(*m_archive, test::fakeProcessing(), agency, 2021);
        QVERIFY(following && *following);
        QVERIFY(!hasFinding(*stored(agency, 2022), test::kCarryOverRule));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
