// Team archive benchmark (issue 12, item 7): builds an archive of N reports (1,000,000 unless
// given) directly in a PostgreSQL database with SQL — reports of 5,000 bodies over ten years in
// every status, each with a text of about 260 characters — then times what the window and the
// CLI ask of it: the first page of the list (100 reports) unfiltered and filtered by agency,
// year, status and severity, counts, the text search through the pg_trgm index, and listing
// every report as the browser does today (no pagination yet).
//
//     build/bench/bench_teamarchive [REPORTS]
//
// The server: NIANBAO_TEST_PG_URI if set, else a private one started with
// tests/support/postgres/pgtestserver.sh (as the tests do) and removed at the end. Each figure
// is the median of five runs.

#include "store/archive.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace nianbao;
using namespace nianbao::store;

namespace {

double medianMs(const std::function<void()>& run)
{
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

void print(const char* what, double ms, qint64 rows)
{
    std::printf("  %-52s %9.1f ms  (%lld rows)\n", what, ms, static_cast<long long>(rows));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 reports = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir server;
    QString uri = qEnvironmentVariable("NIANBAO_TEST_PG_URI");
    const QString script = QStringLiteral(NIANBAO_PGTESTSERVER);
    if (uri.isEmpty()) {
        if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"),
                                                       server.path(), QStringLiteral("54391")}) !=
                0 ||
            QFile::exists(server.filePath(QStringLiteral("unavailable")))) {
            std::printf("bench_teamarchive: no PostgreSQL server could be started\n");
            return 0;
        }
        QFile file(server.filePath(QStringLiteral("uri")));
        if (!file.open(QIODevice::ReadOnly)) {
            return 1;
        }
        uri = QString::fromUtf8(file.readAll()).trimmed();
    }
    const auto stop = [&] {
        if (qEnvironmentVariable("NIANBAO_TEST_PG_URI").isEmpty()) {
            QProcess::execute(QStringLiteral("bash"),
                              {script, QStringLiteral("stop"), server.path()});
        }
    };
    Result<PgConnection> admin = PgConnection::open(uri);
    if (!admin || !admin->exec("DROP SCHEMA IF EXISTS bench_team CASCADE; "
                               "CREATE SCHEMA bench_team")) {
        std::printf("bench_teamarchive: cannot prepare the schema\n");
        stop();
        return 1;
    }
    const QString location =
        uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
        QStringLiteral("options=-csearch_path%3Dbench_team");
    Result<std::unique_ptr<Archive>> opened = Archive::open(location);
    if (!opened) {
        std::printf("bench_teamarchive: %s\n", qPrintable(opened.error().message));
        stop();
        return 1;
    }
    Archive& archive = **opened;
    Result<PgConnection> db = PgConnection::open(location);
    const bool trigrams =
        db->queryInteger("SELECT count(*) FROM pg_indexes WHERE indexname = "
                         "'report_texts_trigrams' AND schemaname = current_schema()")
            .value_or(0) > 0;

    std::printf("bench_teamarchive: %lld reports on PostgreSQL (pg_trgm index: %s)\n",
                static_cast<long long>(reports), trigrams ? "yes" : "no");
    QElapsedTimer build;
    build.start();
    // The text index is made after the rows, as an administrator restoring a dump would.
    (void)db->exec("DROP INDEX IF EXISTS report_texts_trigrams");
    const QByteArray n = QByteArray::number(reports);
    const QByteArray fill =
        QByteArray(
            "INSERT INTO reports (sha256, file_name, format, encoding, title, agency, agency_key, "
            "region, year, template_id, imported_at, extracted_at, review_status, open_errors, "
            "open_warnings, open_notes) "
            "SELECT sha256(int8send(g)), 'r' || g || '.txt', 'text', 'UTF-8', '年度报告', "
            "'测试市第' || (g % 5000) || '局', '测试市第' || (g % 5000) || '局', '河北省', "
            "2015 + g % 10, '2021', now(), now(), "
            "(ARRAY['pending', 'reviewed', 'doubtful'])[1 + g % 3], (g % 7 = 0)::int, g % 3, g % 2 "
            "FROM generate_series(1, ") +
        n +
        QByteArray(
            ") g; "
            "INSERT INTO report_texts (report_id, text, notices, page_boxes, low_quality, "
            "meta_spans) "
            "SELECT id, agency || '政府信息公开工作年度报告。编号' || md5(id::text) || '。' || "
            "repeat('依申请公开办理及时，答复规范。主动公开政府信息情况良好。', 8), '', '', false, "
            "'' "
            "FROM reports; ANALYZE reports; ANALYZE report_texts");
    const Result<void> filled = db->exec(fill);
    if (!filled) {
        std::printf("bench_teamarchive: %s\n", qPrintable(filled.error().message));
        stop();
        return 1;
    }
    const double rowsSeconds = double(build.elapsed()) / 1000;
    double indexSeconds = 0;
    if (trigrams) {
        build.restart();
        const Result<void> indexed =
            db->exec("CREATE INDEX report_texts_trigrams ON report_texts USING gin (lower(text) "
                     "gin_trgm_ops); ANALYZE report_texts");
        indexSeconds = double(build.elapsed()) / 1000;
        if (!indexed) {
            std::printf("  (the trigram index could not be made again: %s)\n",
                        qPrintable(indexed.error().message));
        }
    }
    std::printf("  built: rows %.1f s, trigram index %.1f s\n", rowsSeconds, indexSeconds);

    const auto page = [&](const char* what, const ReportFilter& filter) {
        qint64 rows = 0;
        const double ms = medianMs([&] {
            ReportQuery query;
            query.filter = filter;
            query.limit = 100;
            rows = qint64(archive.listReports(query).value_or(std::vector<ReportRow>{}).size());
        });
        print(what, ms, rows);
    };
    ReportFilter none;
    page("first page, unfiltered", none);
    ReportFilter agency;
    agency.agency = QStringLiteral("测试市第1234局");
    page("first page, agency 测试市第1234局", agency);
    ReportFilter year;
    year.year = 2020;
    page("first page, year 2020", year);
    ReportFilter status;
    status.status = ReviewStatus::Doubtful;
    page("first page, status doubtful", status);
    ReportFilter severity;
    severity.severity = Severity::Error;
    page("first page, open errors", severity);
    ReportFilter rare;
    rare.text = QStringLiteral("c4ca4238a0b923820dcc509a6f75849b"); // md5('1'): one report
    page("text search, one report's word (pg_trgm)", rare);
    ReportFilter common;
    common.text = QStringLiteral("第1234局");
    page("text search, a body's name (pg_trgm)", common);
    // Each time taken before its row count is printed (arguments have no order).
    qint64 counted = 0;
    const double countAll = medianMs([&] { counted = archive.countReports().value_or(0); });
    print("count, unfiltered (the browser's total)", countAll, counted);
    const double countYear = medianMs([&] { counted = archive.countReports(year).value_or(0); });
    print("count, year 2020", countYear, counted);
    qint64 all = 0;
    QElapsedTimer whole;
    whole.start();
    all = qint64(archive.listReports().value_or(std::vector<ReportRow>{}).size());
    print("every report, as the browser lists them today", double(whole.elapsed()), all);
    const ReportId middle = reports / 2;
    qint64 loaded = 0;
    const double info = medianMs([&] { loaded = archive.reportInfo(middle) ? 1 : 0; });
    print("report info of one report", info, loaded);
    stop();
    return 0;
}
