// The full-text index and its backlog: texts indexed a batch at a time are found before and
// after indexing, a text replaced or removed while it waits never corrupts the index, and an
// archive left with a backlog is indexed when it is opened.

#include "fakeprocessing.h"
#include "store/sqlitearchive.h"
#include "store/sqliteconnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

test::FakeReport fake(const QString& agency, int year, const QString& body)
{
    test::FakeReport report;
    report.agency = agency;
    report.year = year;
    report.body = body;
    return report;
}

} // namespace

class TestArchiveSearchIndex : public QObject {
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteArchive> m_archive;

    QString path() const { return m_dir->filePath(QStringLiteral("archive.sqlite")); }

    ReportId add(const test::FakeReport& report)
    {
        const Result<AddOutcome> added =
            m_archive->addReport(report.bytes(), test::fakeProcessed(report));
        if (!added) {
            qFatal("cannot add: %s", qUtf8Printable(added.error().message));
        }
        return added->id;
    }

    std::vector<ReportId> search(const QString& words)
    {
        ReportQuery query;
        query.filter.text = words;
        const Result<std::vector<ReportRow>> rows = m_archive->listReports(query);
        std::vector<ReportId> ids;
        for (const ReportRow& row : rows.value_or(std::vector<ReportRow>{})) {
            ids.push_back(row.id);
        }
        return ids;
    }

    /// Texts waiting for the index, counted on a connection of the test's own.
    qint64 backlog()
    {
        Result<SqliteConnection> db = SqliteConnection::open(path());
        return db ? db->queryInteger("SELECT count(*) FROM search_backlog").value_or(-1) : -1;
    }

    /// FTS5's own check, here also that the index holds exactly the texts of report_texts
    /// (the argument 1): a text indexed twice, never, or unindexed with other words fails it.
    Result<void> indexMatchesTheTexts()
    {
        Result<SqliteConnection> db = SqliteConnection::open(path());
        if (!db) {
            return std::unexpected(db.error());
        }
        return db->exec("INSERT INTO report_search (report_search, rank) "
                        "VALUES ('integrity-check', 1)");
    }

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<SqliteArchive>> archive = SqliteArchive::open(path());
        QVERIFY(archive);
        m_archive = std::move(*archive);
    }

    void aTextIsIndexedBeforeItsReportCommits()
    {
        const ReportId id = add(
            fake(QStringLiteral("河北省财政厅"), 2022, QStringLiteral("全年未收到行政复议申请。")));
        QCOMPARE(backlog(), 0);
        QCOMPARE(search(QStringLiteral("行政复议")), std::vector<ReportId>{id});
        QVERIFY(indexMatchesTheTexts());
    }

    void batchedTextsAreFoundBeforeAndAfterIndexing()
    {
        m_archive->setSearchIndexing(SqliteArchive::SearchIndexing::Batched);
        const ReportId first = add(
            fake(QStringLiteral("河北省财政厅"), 2022, QStringLiteral("全年未收到行政复议申请。")));
        const ReportId second = add(
            fake(QStringLiteral("淮安市人民政府"), 2023, QStringLiteral("行政诉讼案件依法应诉。")));
        const ReportId third = add(fake(QStringLiteral("福建省商务厅"), 2021,
                                        QStringLiteral("政府信息公开平台持续完善。")));
        QCOMPARE(backlog(), 3);
        const auto everySearch = [&] {
            QCOMPARE(search(QStringLiteral("行政复议")), std::vector<ReportId>{first});
            QCOMPARE(search(QStringLiteral("诉讼")), std::vector<ReportId>{second});
            QCOMPARE(search(QStringLiteral("政府信息公开平台 福建")), std::vector<ReportId>{third});
            QCOMPARE(search(QStringLiteral("依法应诉")), std::vector<ReportId>{second});
        };
        everySearch();

        QCOMPARE(*m_archive->indexPendingTexts(2), 2);
        QCOMPARE(backlog(), 1);
        everySearch();
        QCOMPARE(*m_archive->indexPendingTexts(), 1);
        QCOMPARE(*m_archive->indexPendingTexts(), 0);
        QCOMPARE(backlog(), 0);
        everySearch();
        QVERIFY(indexMatchesTheTexts());
    }

    void replacingAWaitingOrIndexedTextKeepsTheIndexWhole()
    {
        test::FakeReport indexed =
            fake(QStringLiteral("河北省财政厅"), 2022, QStringLiteral("旧的说明文字在索引里。"));
        const ReportId indexedId = add(indexed);
        m_archive->setSearchIndexing(SqliteArchive::SearchIndexing::Batched);
        test::FakeReport waiting =
            fake(QStringLiteral("淮安市人民政府"), 2023, QStringLiteral("旧的说明文字在等待中。"));
        const ReportId waitingId = add(waiting);

        // Re-extraction replaces both texts: the new words are found, the old ones are not.
        indexed.body = QStringLiteral("新的说明一号。");
        waiting.body = QStringLiteral("新的说明二号。");
        QVERIFY(m_archive->replaceExtraction(indexedId, test::fakeProcessed(indexed)));
        QVERIFY(m_archive->replaceExtraction(waitingId, test::fakeProcessed(waiting)));
        QCOMPARE(backlog(), 2);
        QVERIFY(search(QStringLiteral("旧的说明文字")).empty());
        QCOMPARE(search(QStringLiteral("新的说明二号")), std::vector<ReportId>{waitingId});
        QCOMPARE(*m_archive->indexPendingTexts(), 2);
        QVERIFY(search(QStringLiteral("旧的说明文字")).empty());
        QCOMPARE(search(QStringLiteral("新的说明一号")), std::vector<ReportId>{indexedId});
        QVERIFY(indexMatchesTheTexts());
    }

    void removingAReportUnindexesItsTextWhereverItIs()
    {
        const ReportId indexedId =
            add(fake(QStringLiteral("河北省财政厅"), 2022, QStringLiteral("已经进入索引的文字。")));
        m_archive->setSearchIndexing(SqliteArchive::SearchIndexing::Batched);
        const ReportId waitingId = add(
            fake(QStringLiteral("淮安市人民政府"), 2023, QStringLiteral("还在等待索引的文字。")));
        {
            Result<SqliteConnection> db = SqliteConnection::open(path());
            QVERIFY(db);
            QVERIFY(db->exec("PRAGMA foreign_keys = ON"));
            QVERIFY(db->exec(QByteArray("DELETE FROM reports WHERE id IN (" +
                                        QByteArray::number(indexedId) + ", " +
                                        QByteArray::number(waitingId) + ")")));
        }
        QCOMPARE(backlog(), 0);
        QVERIFY(search(QStringLiteral("的文字")).empty());
        QVERIFY(indexMatchesTheTexts());
    }

    void openingIndexesWhatAnInterruptedImportLeft()
    {
        m_archive->setSearchIndexing(SqliteArchive::SearchIndexing::Batched);
        const ReportId id = add(
            fake(QStringLiteral("河北省财政厅"), 2022, QStringLiteral("中断的导入留下的文字。")));
        m_archive.reset(); // as if the process ended here
        QCOMPARE(backlog(), 1);
        QVERIFY(!indexMatchesTheTexts());

        Result<std::unique_ptr<SqliteArchive>> reopened = SqliteArchive::open(path());
        QVERIFY(reopened);
        QCOMPARE(backlog(), 0);
        QVERIFY(indexMatchesTheTexts());
        m_archive = std::move(*reopened);
        QCOMPARE(search(QStringLiteral("中断的导入")), std::vector<ReportId>{id});
    }
};

QTEST_GUILESS_MAIN(TestArchiveSearchIndex)
#include "tst_archivesearchindex.moc"
