// Every older archive format in tests/data/archive (written by make_archive_fixture) opens,
// climbs the schema ladder to the latest version, and loses nothing on the way.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/findingcodec.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "store/teamreview.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

/// Rows of a query, one line each: what "nothing lost" is compared on, before and after.
QStringList rows(SqliteConnection& db, const char* sql)
{
    QStringList lines;
    Result<SqliteStatement> select = db.prepare(sql);
    if (!select) {
        return {QStringLiteral("query failed: ") + select.error().message};
    }
    const int columns = select->columnCount();
    for (Result<bool> row = select->step(); row && *row; row = select->step()) {
        QStringList fields;
        for (int c = 0; c < columns; ++c) {
            fields << (select->isNull(c) ? QStringLiteral("NULL") : select->text(c));
        }
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace

class TestArchiveUpgrade : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Everything version 1 stored, read with version 1's columns (later versions keep them).
    static QStringList snapshot(SqliteConnection& db)
    {
        QStringList all;
        for (const char* sql :
             {"SELECT id, hex(sha256), file_name, title, agency, agency_key, region, year, "
              "template_id, imported_at, review_status FROM reports ORDER BY id",
              "SELECT report_id, length(bytes), hex(bytes) FROM report_sources ORDER BY 1",
              "SELECT report_id, text, notices, meta_spans FROM report_texts ORDER BY 1",
              "SELECT c.report_id, k.key, c.ord, c.value, c.raw, c.span_start, c.span_end, "
              "c.confidence FROM cells c JOIN cell_keys k ON k.id = c.key_id ORDER BY 1, 3",
              "SELECT report_id, ord, rule, severity, cells, message_template, args "
              "FROM findings ORDER BY 1, 2",
              "SELECT id, report_id, cell_key, old_value, new_value, extracted_value, reviewer, "
              "corrected_at, reason FROM corrections ORDER BY id"}) {
            all << rows(db, sql);
        }
        return all;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void olderArchivesUpgradeWithoutLoss_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(test::dataPath(QStringLiteral("archive")));
        const QStringList names =
            dir.entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), "no fixture databases in tests/data/archive");
        for (const QString& name : names) {
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void olderArchivesUpgradeWithoutLoss()
    {
        QFETCH(QString, fixture);
        const QString copy = m_dir.filePath(QFileInfo(fixture).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList before;
        int oldVersion = 0;
        // Decisions an older version stored (from version 2 on): report, fingerprint, comment.
        std::vector<std::tuple<qint64, QString, QString>> decisions;
        {
            Result<SqliteConnection> raw = SqliteConnection::open(copy);
            QVERIFY(raw);
            oldVersion = *schemaVersion(*raw);
            QVERIFY2(oldVersion > 0 && oldVersion < latestSchemaVersion(),
                     "a fixture must be of an older version");
            before = snapshot(*raw);
            if (oldVersion >= 2) {
                Result<SqliteStatement> rows = raw->prepare(
                    "SELECT report_id, fingerprint, comment FROM finding_decisions ORDER BY id");
                QVERIFY(rows);
                while (*rows->step()) {
                    decisions.emplace_back(rows->int64(0), rows->text(1), rows->text(2));
                }
                QVERIFY2(!decisions.empty(), "a version 2 fixture holds a decision");
            }
        }
        QVERIFY(before.size() > 500);

        Result<std::unique_ptr<Archive>> archive = Archive::open(copy);
        QVERIFY2(archive, test::messageOf(archive).constData());
        QCOMPARE(*(*archive)->schemaVersion(), latestSchemaVersion());
        {
            Result<SqliteConnection> raw = SqliteConnection::open(copy);
            QCOMPARE(snapshot(*raw), before);
            // The search index holds exactly the stored texts, none left waiting.
            QCOMPARE(raw->queryInteger("SELECT count(*) FROM search_backlog").value_or(-1), 0);
            QVERIFY(raw->exec("INSERT INTO report_search (report_search, rank) "
                              "VALUES ('integrity-check', 1)"));
        }

        // Decisions taken before the upgrade still hold: the finding is closed, with its comment.
        for (const auto& [reportId, fingerprint, comment] : decisions) {
            const auto history = (*archive)->decisionHistory(ReportId{reportId}, fingerprint);
            QVERIFY2(history && !history->empty(), qPrintable(fingerprint));
            QCOMPARE(history->back().comment, comment);
            QCOMPARE(history->back().verdict, FindingVerdict::Dismissed);
            const Result<StoredReport> stored = (*archive)->loadReport(ReportId{reportId});
            QVERIFY(stored);
            const auto finding = std::find_if(
                stored->extracted.findings.begin(), stored->extracted.findings.end(),
                [&](const Finding& f) { return findingFingerprint(f) == fingerprint; });
            QVERIFY(finding != stored->extracted.findings.end());
            QVERIFY(!stored->isOpen(*finding));
        }

        // Through the interface: every report loads, corrections keep their history, findings
        // render, and the new features work on old data.
        const std::vector<ReportId> ids = *(*archive)->reportIds();
        QVERIFY(!ids.empty());
        int findings = 0;
        int stepsBack = 0;
        int acceptances = 0;
        for (const ReportId id : ids) {
            const Result<StoredReport> stored = (*archive)->loadReport(id);
            QVERIFY2(stored, test::messageOf(stored).constData());
            QVERIFY(stored->extracted.cells.size() >= 198);
            for (const Correction& correction : stored->corrections) {
                const auto history = (*archive)->cellHistory(id, correction.cellKey);
                QCOMPARE(history->back(), correction);
                QCOMPARE(stored->value(correction.cellKey), correction.newValue);
                // Before acceptances existed, a step back to the extracted value was the only
                // correction nobody stood behind.
                // An acceptance (from version 4) vouches for the value as it was.
                for (const Correction& entry : *history) {
                    // Candidate readings came with version 5.
                    QVERIFY(!entry.candidate || oldVersion >= 5);
                    if (entry.isAcceptance()) {
                        ++acceptances;
                        continue;
                    }
                    QCOMPARE(entry.vouched, entry.newValue != entry.extractedValue);
                    stepsBack += entry.vouched ? 0 : 1;
                }
            }
            for (const Finding& finding : stored->extracted.findings) {
                ++findings;
                QVERIFY(!finding.message(false).contains(QLatin1Char('%')));
                // Findings stored before decisions existed get a fingerprint to decide on.
                QVERIFY((*archive)->decideFinding(id, {findingFingerprint(finding),
                                                       FindingVerdict::Confirmed,
                                                       {},
                                                       QStringLiteral("升级测试")}));
                QVERIFY(!(*archive)->loadReport(id)->isOpen(finding));
            }
            // The search index covers text stored before it existed: three or more characters
            // through the index, two by the direct look.
            const QString text = stored->document.text;
            const QString tail = text.right(12).left(5);
            QVERIFY(!tail.trimmed().isEmpty());
            for (const QString& word : {tail, tail.left(2)}) {
                ReportQuery query;
                query.filter.text = word;
                const auto hits = (*archive)->listReports(query);
                QVERIFY2(hits, test::messageOf(hits).constData());
                QVERIFY2(std::any_of(hits->begin(), hits->end(),
                                     [&](const ReportRow& row) { return row.id == id; }),
                         qPrintable(word));
            }
        }
        QVERIFY(findings > 0);
        QCOMPARE(stepsBack, oldVersion >= 3 ? 1 : 0);
        QCOMPARE(acceptances, oldVersion >= 5 ? 2 : oldVersion >= 4 ? 1 : 0);

        // Version 5: the history of a report's fields starts empty, and takes changes; stored
        // cells have no candidate readings. A version 5 archive keeps those it had: a
        // candidate reading of report 1, the status change of report 2.
        for (const ReportId id : ids) {
            const bool changedIn5 = oldVersion >= 5 && id == 2;
            QCOMPARE((*archive)->reportHistory(id)->changes.size(),
                     std::size_t(changedIn5 ? 1 : 0));
            const Result<StoredReport> stored = (*archive)->loadReport(id);
            QVERIFY(stored);
            for (const Cell& cell : stored->extracted.cells) {
                const bool readingIn5 =
                    oldVersion >= 5 && id == 1 && cell.key == QLatin1String("t3.new.total");
                const std::vector<CellCandidate> expected =
                    readingIn5 ? std::vector<CellCandidate>{{12, 0.8}}
                               : std::vector<CellCandidate>{};
                QCOMPARE(cell.candidates, expected);
            }
            if (changedIn5) {
                QCOMPARE(stored->info.status, ReviewStatus::Doubtful);
            }
        }
        // Version 6: nobody holds a claim, and reports can be claimed.
        TeamReview* team = teamReview(**archive);
        QVERIFY(team);
        QCOMPARE(*team->claimOf(ids.front()), std::nullopt);
        QVERIFY(
            team->claim(ids.front(), QStringLiteral("升级测试"), std::chrono::minutes(2))->granted);
        const Result<ReportChange> changed = (*archive)->recordReportChange(
            ids.front(), {ReportField::Title, QStringLiteral("升级后的标题"),
                          QStringLiteral("升级测试"), QString(), false});
        QVERIFY2(changed, test::messageOf(changed).constData());
        QCOMPARE((*archive)->reportInfo(ids.front())->title, QStringLiteral("升级后的标题"));

        // Opening again finds nothing left to do, and the fixture itself is untouched.
        archive = Archive::open(copy);
        QVERIFY(archive);
        QCOMPARE(*(*archive)->schemaVersion(), latestSchemaVersion());
        Result<SqliteConnection> original =
            SqliteConnection::open(fixture, SqliteConnection::Mode::ReadOnly);
        QCOMPARE(*schemaVersion(*original), oldVersion);
    }
};

QTEST_GUILESS_MAIN(TestArchiveUpgrade)
#include "tst_archiveupgrade.moc"
