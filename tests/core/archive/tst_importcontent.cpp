// What an import stores does not depend on how fast it is: a batch of real reports (generated
// text of every shape, several bodies over several years arriving in mixed order, a duplicate,
// a file that fails) imported by the pipeline (worker thread, bulk writes, no savepoints) makes
// the same archive as the plainest import there is: one file after another, each processed
// with the archive's previous year at hand, stored and followed by its next year's
// re-validation, in a transaction of its own.

#include "model/agencyname.h"
#include "store/archive.h"
#include "store/sqliteconnection.h"
#include "synth/reportgenerator.h"
#include "workflow/crossyear.h"
#include "workflow/importer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

std::unique_ptr<Archive> openArchive(const QString& path)
{
    Result<std::unique_ptr<Archive>> archive = Archive::open(path);
    if (!archive) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(archive.error().message));
    }
    return std::move(*archive);
}

/// The plainest import: one file after another, on this thread, with no bulk tuning.
void importOneByOne(Archive& archive, const ReportProcessing& processing, const QStringList& files)
{
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        const QByteArray bytes = file.readAll();
        if (*archive.findByHash(Archive::hashOf(bytes))) {
            continue;
        }
        const Result<ProcessedReport> processed =
            processReport(processing, bytes, path, previousYearLookup(archive));
        if (!processed) {
            continue; // the file that fails, fails here too
        }
        Result<Transaction> transaction = archive.transaction();
        if (!transaction || !archive.addReport(bytes, *processed)) {
            qFatal("cannot store %s", qPrintable(path));
        }
        const ReportMeta& meta = processed->report.meta;
        if (meta.year && !revalidateFollowingYear(archive, processing, meta.agency, *meta.year)) {
            qFatal("cannot re-validate after %s", qPrintable(path));
        }
        if (!transaction->commit()) {
            qFatal("cannot commit %s", qPrintable(path));
        }
    }
}

/// Everything stored about a report, but the times it was stored at.
StoredReport comparable(Archive& archive, ReportId id)
{
    Result<StoredReport> stored = archive.loadReport(id);
    if (!stored) {
        qFatal("cannot load report %lld", id);
    }
    stored->info.id = 0;
    stored->info.importedAt = {};
    stored->info.extractedAt = {};
    return std::move(*stored);
}

} // namespace

class TestImportContent : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Four bodies over four years, every shape, both formats; files named so that their
        // order mixes bodies and years (a year often arrives before the one it follows).
        synth::ReportGenerator generator(20240607);
        QRandomGenerator order(7);
        const QStringList bodies{
            QStringLiteral("河北省示例县人民政府"), QStringLiteral("江苏省示范市财政局"),
            QStringLiteral("青禾市卫生健康委员会"), QStringLiteral("示例区市场监督管理局")};
        const QList<synth::Shape> shapes = synth::allShapes();
        int index = 0;
        for (const QString& body : bodies) {
            for (int year = 2020; year <= 2023; ++year, ++index) {
                synth::GeneratorOptions options;
                options.templateId = year >= 2021 ? QStringLiteral("2021") : QStringLiteral("2019");
                options.shape = shapes.at(index % shapes.size());
                options.agency = body;
                options.year = year;
                const synth::GeneratedReport report = generator.generate(options);
                const QString name =
                    m_dir.filePath(QStringLiteral("reports/%1-%2.txt")
                                       .arg(order.bounded(1000), 3, 10, QLatin1Char('0'))
                                       .arg(index));
                QDir().mkpath(QFileInfo(name).absolutePath());
                QFile file(name);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(report.text.toUtf8());
                m_files << name;
            }
        }
        // A copy (a duplicate) and a file that is no report.
        QVERIFY(
            QFile::copy(m_files.front(), m_dir.filePath(QStringLiteral("reports/zz-copy.txt"))));
        QFile empty(m_dir.filePath(QStringLiteral("reports/zz-empty.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        m_files = collectReportFiles({m_dir.filePath(QStringLiteral("reports"))}).files;
        QCOMPARE(m_files.size(), 18);
    }

    void thePipelineStoresWhatTheOneByOneImportStores()
    {
        const ReportProcessing processing = defaultReportProcessing();
        const QString pipelinePath = m_dir.filePath(QStringLiteral("pipeline.sqlite"));
        const QString plainPath = m_dir.filePath(QStringLiteral("plain.sqlite"));
        const std::unique_ptr<Archive> pipeline = openArchive(pipelinePath);
        const std::unique_ptr<Archive> plain = openArchive(plainPath);

        const ImportSummary summary = importFiles(*pipeline, processing, m_files);
        QCOMPARE(summary.imported, 16);
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(summary.failed(), 1);
        // Years arrived out of order: some reports were checked again when their previous
        // year came.
        QVERIFY(summary.revalidated > 0);
        importOneByOne(*plain, processing, m_files);

        const std::vector<ReportId> ids = *pipeline->reportIds();
        QCOMPARE(ids, *plain->reportIds());
        for (const ReportId id : ids) {
            const StoredReport a = comparable(*pipeline, id);
            const StoredReport b = comparable(*plain, id);
            QCOMPARE(a.info, b.info);
            QCOMPARE(a.extracted, b.extracted);
            QCOMPARE(a.document.text, b.document.text);
            QCOMPARE(a.document.notices, b.document.notices);
            QCOMPARE(a.document.lowQualityText, b.document.lowQualityText);
            QCOMPARE(*pipeline->openCounts(id), *plain->openCounts(id));
        }
        // The search finds the same reports in both.
        for (const QString& words : {QStringLiteral("示例县"), QStringLiteral("财政"),
                                     QStringLiteral("政府信息公开"), QStringLiteral("行政复议")}) {
            ReportQuery query;
            query.filter.text = words;
            std::vector<ReportId> found;
            std::vector<ReportId> expected;
            const Result<std::vector<ReportRow>> fromPipeline = pipeline->listReports(query);
            const Result<std::vector<ReportRow>> fromPlain = plain->listReports(query);
            QVERIFY(fromPipeline && fromPlain);
            for (const ReportRow& row : *fromPipeline) {
                found.push_back(row.id);
            }
            for (const ReportRow& row : *fromPlain) {
                expected.push_back(row.id);
            }
            QCOMPARE(found, expected);
        }

        // The import's connection checked no foreign keys: nothing it wrote breaks one, and
        // the search index holds exactly the stored texts.
        Result<SqliteConnection> raw = SqliteConnection::open(pipelinePath);
        QVERIFY(raw);
        Result<SqliteStatement> check = raw->prepare("PRAGMA foreign_key_check");
        QVERIFY(check);
        QVERIFY(!*check->step());
        QVERIFY(raw->exec("INSERT INTO report_search (report_search, rank) "
                          "VALUES ('integrity-check', 1)"));
        QCOMPARE(raw->queryInteger("SELECT count(*) FROM search_backlog").value_or(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportContent)
#include "tst_importcontent.moc"
