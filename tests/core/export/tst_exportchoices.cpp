#include "csvtestreader.h"
#include "export/datasetexport.h"
#include "exportfixture.h"
#include "fakeprocessing.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(nianbao::ExportFormat)

using namespace nianbao;

namespace {

QSet<qint64> reportIdsIn(const test::CsvTable& table)
{
    QSet<qint64> ids;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        ids.insert(table.field(r, QStringLiteral("report_id")).toLongLong());
    }
    return ids;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// What an export takes and writes besides the plain dataset: filters, the findings report,
/// and nothing at all when it fails or is cancelled.
class TestExportChoices : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<test::ExportTestArchive> m_fixture;

    Result<ExportSummary> run(ExportOptions options, const ExportProgress& progress = {})
    {
        if (options.outputPath.isEmpty()) {
            options.outputPath = m_dir.filePath(QStringLiteral("out.csv"));
        }
        return exportArchive(m_fixture->archive, options, progress);
    }

    test::CsvTable exportedCsv(const DatasetFilter& filter)
    {
        ExportOptions options;
        options.filter = filter;
        const Result<ExportSummary> summary = run(options);
        if (!summary) {
            qFatal("export failed: %s", qUtf8Printable(summary.error().message));
        }
        return test::readCsv(summary->files.first());
    }

    /// The ids of the fixture's reports that `keep` accepts.
    QSet<qint64> storedIdsWhere(const std::function<bool(const StoredReport&)>& keep)
    {
        QSet<qint64> ids;
        for (const StoredReport& stored : m_fixture->storedReports()) {
            if (keep(stored)) {
                ids.insert(stored.info.id);
            }
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<test::ExportTestArchive> fixture =
            test::makeExportTestArchive(m_dir.filePath(QStringLiteral("archive.sqlite")));
        QVERIFY2(fixture, test::messageOf(fixture).constData());
        m_fixture.emplace(std::move(*fixture));
    }

    void reviewedOnlyTakesTheReviewedReports()
    {
        const test::CsvTable table = exportedCsv(DatasetFilter{true, {}, {}, {}});
        const QSet<qint64> expected(m_fixture->reviewed.begin(), m_fixture->reviewed.end());
        QCOMPARE(reportIdsIn(table), expected);
    }

    void yearsAgenciesAndFormatsFilter()
    {
        QCOMPARE(reportIdsIn(exportedCsv(DatasetFilter{false, {2020, 2022}, {}, {}})),
                 storedIdsWhere([](const StoredReport& s) {
                     return s.info.year == 2020 || s.info.year == 2022;
                 }));
        QCOMPARE(reportIdsIn(exportedCsv(DatasetFilter{false, {}, {}, {QStringLiteral("2019")}})),
                 storedIdsWhere([](const StoredReport& s) {
                     return s.info.templateId == QLatin1String("2019");
                 }));
        const test::CsvTable agency =
            exportedCsv(DatasetFilter{false, {}, {QStringLiteral("某市,某局")}, {}});
        QCOMPARE(reportIdsIn(agency), QSet<qint64>{m_fixture->tricky});
        const test::CsvTable none = exportedCsv(DatasetFilter{false, {1999}, {}, {}});
        QVERIFY(none.rows.empty());
        QVERIFY(!none.header.isEmpty());
    }

    void theFindingsReportHasARowPerOpenFindingInBothLanguages()
    {
        ExportOptions options;
        options.content = ExportContent::Findings;
        options.outputPath = m_dir.filePath(QStringLiteral("findings.csv"));
        const Result<ExportSummary> summary = run(options);
        QVERIFY2(summary, test::messageOf(summary).constData());
        // No codebook beside a findings report.
        QCOMPARE(summary->files, QStringList{options.outputPath});
        const test::CsvTable table = test::readCsv(options.outputPath);
        QCOMPARE(table.header,
                 QStringList(
                     {QStringLiteral("report_id"), QStringLiteral("file"), QStringLiteral("agency"),
                      QStringLiteral("year"), QStringLiteral("template"), QStringLiteral("rule"),
                      QStringLiteral("severity"), QStringLiteral("cells"), QStringLiteral("values"),
                      QStringLiteral("message_zh"), QStringLiteral("message_en")}));
        std::size_t row = 0;
        for (const StoredReport& stored : m_fixture->storedReports()) {
            const ReportId id = stored.info.id;
            const Report current = stored.current();
            for (const Finding& finding : stored.extracted.findings) {
                if (!stored.isOpen(finding)) {
                    continue;
                }
                QCOMPARE(table.field(row, QStringLiteral("report_id")).toLongLong(), id);
                QCOMPARE(table.field(row, QStringLiteral("agency")), stored.info.agency);
                QCOMPARE(table.field(row, QStringLiteral("rule")), finding.rule);
                QCOMPARE(table.field(row, QStringLiteral("severity")),
                         severityCode(finding.severity));
                QCOMPARE(table.field(row, QStringLiteral("cells")),
                         finding.cells.join(QLatin1Char(';')));
                QCOMPARE(table.field(row, QStringLiteral("message_zh")), finding.message(true));
                QCOMPARE(table.field(row, QStringLiteral("message_en")), finding.message(false));
                const QStringList values = table.field(row, QStringLiteral("values"))
                                               .split(QStringLiteral("; "), Qt::SkipEmptyParts);
                QCOMPARE(values.size(), finding.cells.size());
                for (qsizetype c = 0; c < finding.cells.size(); ++c) {
                    const std::optional<double> value = current.value(finding.cells.at(c));
                    QCOMPARE(values.at(c),
                             finding.cells.at(c) + QLatin1Char('=') +
                                 (value
                                      ? QString::number(*value, 'g', QLocale::FloatingPointShortest)
                                      : QString()));
                }
                ++row;
            }
        }
        QCOMPARE(table.rows.size(), row);
        QVERIFY(row > 5);
        // The dismissed warning of report 6 is not there; its error is.
        QStringList rulesOfSix;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (table.field(r, QStringLiteral("report_id")).toLongLong() == m_fixture->ids[6]) {
                rulesOfSix.append(table.field(r, QStringLiteral("rule")));
            }
        }
        QCOMPARE(rulesOfSix, QStringList{test::kBalanceRule});
    }

    void aFailedExportLeavesNoFile()
    {
        ExportOptions options;
        options.outputPath = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        const Result<ExportSummary> summary = run(options);
        QVERIFY(!summary);
        // A folder that does not exist is refused before anything is written (issue 11), by name.
        QCOMPARE(summary.error().code, ErrorCode::InvalidArgument);
        QVERIFY(summary.error().message.contains(QStringLiteral("folder")));
        QVERIFY(!QFile::exists(options.outputPath));
    }

    void aCancelledExportLeavesTheOldFileAsItWas_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("json") << ExportFormat::Json;
        QTest::newRow("xlsx") << ExportFormat::Xlsx;
    }
    void aCancelledExportLeavesTheOldFileAsItWas()
    {
        QFETCH(ExportFormat, format);
        ExportOptions options;
        options.format = format;
        options.outputPath = m_dir.filePath(QStringLiteral("kept.") + exportFormatCode(format));
        {
            QFile old(options.outputPath);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier export");
        }
        qint64 seen = 0;
        const Result<ExportSummary> summary = run(options, [&](qint64 done, qint64 total) {
            seen = done;
            return done < total / 2;
        });
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen, qint64(m_fixture->ids.size() / 2));
        QCOMPARE(contentOf(options.outputPath), QByteArray("an earlier export"));
        QVERIFY(!QFile::exists(
            m_dir.filePath(QStringLiteral("kept.codebook.") + exportFormatCode(format))));
    }

    void progressCountsEveryReport()
    {
        std::vector<std::pair<qint64, qint64>> calls;
        const Result<ExportSummary> summary = run({}, [&](qint64 done, qint64 total) {
            calls.emplace_back(done, total);
            return true;
        });
        QVERIFY(summary);
        const auto reports = qint64(m_fixture->ids.size());
        QCOMPARE(summary->reports, reports);
        QCOMPARE(qint64(calls.size()), reports);
        QCOMPARE(calls.front(), std::make_pair(qint64(1), reports));
        QCOMPARE(calls.back(), std::make_pair(reports, reports));
    }
};

QTEST_GUILESS_MAIN(TestExportChoices)
#include "tst_exportchoices.moc"
