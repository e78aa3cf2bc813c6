// The list's text filter on both back ends gives the same answers: words of three characters
// or more ignoring case (SQLite's FTS5 trigram index; PostgreSQL's pg_trgm index), shorter ones
// exactly, and the characters LIKE patterns and FTS queries treat specially taken literally.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/pgconnection.h"
#include "testbackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;

class TestArchiveTextFilter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    std::vector<ReportId> m_ids;

    std::vector<ReportId> found(const QString& words)
    {
        ReportQuery query;
        query.filter.text = words;
        const Result<std::vector<ReportRow>> rows = m_archive->listReports(query);
        std::vector<ReportId> ids;
        for (const ReportRow& row : rows.value()) {
            ids.push_back(row.id);
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Archive>> archive =
            Archive::open(test::freshArchiveLocation(m_dir.path(), QStringLiteral("text.sqlite")));
        QVERIFY2(archive, test::messageOf(archive).constData());
        m_archive = std::move(*archive);
        const QStringList bodies{
            QStringLiteral("依申请公开 Web Portal 办理 100% 完成，编号 A_1。"),
            QStringLiteral("主动公开 web portal 年度 50%完成；路径 C:\\docs；10x0。"),
            QStringLiteral("政务新媒体 10_0，AB1。"),
        };
        for (int i = 0; i < bodies.size(); ++i) {
            test::FakeReport report;
            report.agency = QStringLiteral("文本筛选局%1").arg(i);
            report.year = 2022;
            report.body = bodies[i];
            const Result<AddOutcome> added =
                m_archive->addReport(report.bytes(), test::fakeProcessed(report));
            QVERIFY(added);
            m_ids.push_back(added->id);
        }
    }

    void findsAsBothBackEndsDo()
    {
        using Ids = std::vector<ReportId>;
        QCOMPARE(found(QStringLiteral("依申请公开")), (Ids{m_ids[0]}));
        QCOMPARE(found(QStringLiteral("WEB PORTAL")), (Ids{m_ids[0], m_ids[1]}));
        QCOMPARE(found(QStringLiteral("portal 年度")), (Ids{m_ids[1]}));
        // Two characters: exactly, through the text.
        QCOMPARE(found(QStringLiteral("公开")), (Ids{m_ids[0], m_ids[1]}));
        // A wildcard is a character like any other.
        QCOMPARE(found(QStringLiteral("100%")), (Ids{m_ids[0]}));
        QCOMPARE(found(QStringLiteral("10_0")), (Ids{m_ids[2]}));
        QCOMPARE(found(QStringLiteral("A_1")), (Ids{m_ids[0]}));
        QCOMPARE(found(QStringLiteral("C:\\docs")), (Ids{m_ids[1]}));
        QCOMPARE(found(QStringLiteral("%完成")), (Ids{m_ids[1]}));
        QCOMPARE(found(QStringLiteral("不存在的词")), Ids{});
    }

    void postgresHasTheTrigramIndexWhenTheServerHasTheExtension()
    {
        if (!test::testingPostgres()) {
            QSKIP("SQLite's trigram index is tst_archivesearchindex's");
        }
        Result<PgConnection> db = PgConnection::open(m_archive->location());
        QVERIFY(db);
        const Result<qint64> available =
            db->queryInteger("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'");
        QVERIFY(available);
        const Result<qint64> indexed =
            db->queryInteger("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                             "AND indexname = 'report_texts_trigrams'");
        QVERIFY(indexed);
        QCOMPARE(*indexed, *available);
    }
};

QTEST_GUILESS_MAIN(TestArchiveTextFilter)
#include "tst_archivetextfilter.moc"
