#include "exportfixture.h"
#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/datasetreader.h"
#include "store/findingcodec.h"
#include "testbackend.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(nianbao::store::DatasetFilter)

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

/// Every report the reader gives, in order.
std::vector<DatasetReport> readAll(const Archive& archive, const DatasetFilter& filter,
                                   DatasetParts parts)
{
    Result<std::unique_ptr<DatasetReader>> reader = archive.readDataset(filter, parts);
    if (!reader) {
        qFatal("reader: %s", qUtf8Printable(reader.error().message));
    }
    std::vector<DatasetReport> reports;
    DatasetReport report;
    for (;;) {
        const Result<bool> read = (*reader)->next(report);
        if (!read) {
            qFatal("next: %s", qUtf8Printable(read.error().message));
        }
        if (!*read) {
            break;
        }
        reports.push_back(report);
    }
    if (qint64(reports.size()) != (*reader)->reportCount()) {
        qFatal("reportCount %lld, read %zu", (*reader)->reportCount(), reports.size());
    }
    return reports;
}

std::vector<ReportId> idsOf(const std::vector<DatasetReport>& reports)
{
    std::vector<ReportId> ids;
    for (const DatasetReport& report : reports) {
        ids.push_back(report.id);
    }
    return ids;
}

const DatasetParts kEverything{true, true};

} // namespace

/// The archive's read-only query for export: what it reads must be what loadReport shows,
/// with the reviewer's layer applied, from one snapshot, filtered in SQL.
class TestDatasetReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    std::vector<ReportId> m_ids;

    Archive& archive() { return *m_archive; }

    /// Who made the latest change of a cell's value: acceptances change none.
    QString lastChangeBy(ReportId id, const QString& key)
    {
        const Result<std::vector<Correction>> history = archive().cellHistory(id, key);
        const auto last = std::find_if(history->rbegin(), history->rend(),
                                       [](const Correction& c) { return c.changesValue(); });
        return last == history->rend() ? QString() : last->reviewer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        Result<std::unique_ptr<Archive>> opened =
            Archive::open(test::freshArchiveLocation(m_dir.path(), QStringLiteral("a.sqlite")));
        QVERIFY(opened);
        m_archive = std::move(*opened);
        Result<std::vector<ReportId>> ids = test::addGeneratedReports(archive(), 24, 7);
        QVERIFY2(ids, test::messageOf(ids).constData());
        m_ids = *ids;
        // Corrections: a value, a blank, a cell corrected twice, a cell reverted.
        const auto correct = [&](ReportId id, const char* key, std::optional<double> value,
                                 const char* reviewer) {
            const Result<Correction> made = archive().recordCorrection(
                id,
                {QLatin1String(key), value, QString::fromUtf8(reviewer), QStringLiteral("test")});
            QVERIFY2(made, test::messageOf(made).constData());
        };
        correct(m_ids[0], "t3.new.total", 12345, "王审");
        correct(m_ids[0], "t3.new.natural", std::nullopt, "王审");
        correct(m_ids[1], "t4.review.total", 7, "李");
        correct(m_ids[1], "t4.review.total", 8, "张");
        correct(m_ids[2], "t3.new.total", 99, "李");
        QVERIFY(archive().revertCell(m_ids[2], QStringLiteral("t3.new.total"), QStringLiteral("赵"),
                                     QStringLiteral("back")));
        // Acceptances vouch for a value without changing it: one after a revert, one on a cell
        // nobody changed.
        const auto accept = [&](ReportId id, const char* key, const char* reviewer) {
            const Result<StoredReport> stored = archive().loadReport(id);
            QVERIFY(stored);
            const QString cellKey = QLatin1String(key);
            const Result<Correction> made = archive().recordCorrection(
                id, {cellKey, stored->value(cellKey), QString::fromUtf8(reviewer),
                     QStringLiteral("looked")});
            QVERIFY2(made && made->isAcceptance(), test::messageOf(made).constData());
        };
        accept(m_ids[2], "t3.new.total", "周");
        accept(m_ids[4], "t3.new.total", "周");
        // A decided finding is no longer open; the other finding of the report stays open.
        const Result<StoredReport> third = archive().loadReport(m_ids[3]);
        QVERIFY(third && !third->extracted.findings.empty());
        const Result<FindingDecision> decided = archive().decideFinding(
            m_ids[3], {findingFingerprint(third->extracted.findings.front()),
                       FindingVerdict::Dismissed, QStringLiteral("ok"), QStringLiteral("王审")});
        QVERIFY2(decided, test::messageOf(decided).constData());
        for (const qsizetype reviewed : {0, 1, 5, 9}) {
            QVERIFY(archive().setReviewStatus(m_ids[std::size_t(reviewed)], ReviewStatus::Reviewed,
                                              QStringLiteral("tester")));
        }
    }

    void readsEveryReportAsLoadReportShowsIt()
    {
        Result<std::unique_ptr<DatasetReader>> reader = archive().readDataset({}, kEverything);
        QVERIFY(reader);
        const QStringList& keys = (*reader)->cellKeys();
        const std::vector<DatasetReport> reports = readAll(archive(), {}, kEverything);
        QCOMPARE(idsOf(reports), m_ids);
        for (const DatasetReport& report : reports) {
            const Result<StoredReport> stored = archive().loadReport(report.id);
            QVERIFY(stored);
            QCOMPARE(report.file, stored->info.fileName);
            QCOMPARE(report.agency, stored->info.agency);
            QCOMPARE(report.year, stored->info.year);
            QCOMPARE(report.templateId, stored->info.templateId);
            QCOMPARE(report.status, stored->info.status);
            QCOMPARE(report.cells.size(), stored->extracted.cells.size());
            for (std::size_t i = 0; i < report.cells.size(); ++i) {
                const DatasetCell& cell = report.cells[i];
                const Cell& extracted = stored->extracted.cells[i];
                QCOMPARE(keys.at(cell.key), extracted.key);
                QCOMPARE(cell.extracted, extracted.value);
                QCOMPARE(cell.current, stored->value(extracted.key));
                QCOMPARE(cell.raw, extracted.raw);
                // A value back to the one read is no correction; a reviewer's value is sure.
                const bool corrected = cell.current != cell.extracted;
                QCOMPARE(cell.confidence, corrected ? 1.0 : extracted.confidence);
                QCOMPARE(cell.correctedBy,
                         corrected ? lastChangeBy(report.id, extracted.key) : QString());
            }
            std::vector<Finding> open;
            for (const Finding& finding : stored->extracted.findings) {
                if (stored->isOpen(finding)) {
                    open.push_back(finding);
                }
            }
            QCOMPARE(report.openFindings, open);
            QCOMPARE(report.openFindingCount, int(open.size()));
        }
    }

    void theLatestCorrectionIsTheValueAndSaysWhoMadeIt()
    {
        const std::vector<DatasetReport> reports = readAll(archive(), {}, {});
        Result<std::unique_ptr<DatasetReader>> reader = archive().readDataset({});
        QVERIFY(reader);
        const auto cellOf = [&](std::size_t report, const char* key) {
            for (const DatasetCell& cell : reports[report].cells) {
                if ((*reader)->cellKeys().at(cell.key) == QLatin1String(key)) {
                    return cell;
                }
            }
            qFatal("no cell %s", key);
        };
        QCOMPARE(cellOf(0, "t3.new.total").current, 12345.0);
        QCOMPARE(cellOf(0, "t3.new.total").correctedBy, QStringLiteral("王审"));
        QVERIFY(!cellOf(0, "t3.new.natural").current);
        QVERIFY(cellOf(0, "t3.new.natural").extracted);
        QVERIFY(cellOf(0, "t3.new.natural").corrected());
        QCOMPARE(cellOf(1, "t4.review.total").current, 8.0);
        QCOMPARE(cellOf(1, "t4.review.total").correctedBy, QStringLiteral("张"));
        QVERIFY(!cellOf(4, "t3.new.total").corrected());
        // A revert back to the extracted value leaves the cell as read: not exported as
        // corrected (issue 15); 周, who accepted the value afterwards, changed nothing.
        const DatasetCell reverted = cellOf(2, "t3.new.total");
        QCOMPARE(reverted.current, reverted.extracted);
        QVERIFY(!reverted.corrected());
        QCOMPARE(reverted.correctedBy, QString());
        QVERIFY(!cellOf(2, "t3.new.natural").corrected());
        // Without the raw-text part, no text is read.
        QVERIFY(cellOf(3, "t3.new.total").raw.isEmpty());
        QVERIFY(reports[3].openFindings.empty());
        QCOMPARE(reports[3].openFindingCount, 1);
    }

    void filtersSelectInSql_data()
    {
        QTest::addColumn<DatasetFilter>("filter");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << DatasetFilter{} << 24;
        QTest::newRow("reviewed only") << DatasetFilter{true, {}, {}, {}} << 4;
        // Generated years run 2019, 2020, … 2024 by index.
        QTest::newRow("one year") << DatasetFilter{false, {2021}, {}, {}} << 4;
        QTest::newRow("two years") << DatasetFilter{false, {2019, 2024}, {}, {}} << 8;
        QTest::newRow("format") << DatasetFilter{false, {}, {}, {QStringLiteral("2019")}} << 8;
        QTest::newRow("no such format")
            << DatasetFilter{false, {}, {}, {QStringLiteral("unknown")}} << 0;
        QTest::newRow("reviewed in 2019") << DatasetFilter{true, {2019}, {}, {}} << 1;
    }
    void filtersSelectInSql()
    {
        QFETCH(DatasetFilter, filter);
        QFETCH(int, expected);
        const std::vector<DatasetReport> reports = readAll(archive(), filter, {});
        QCOMPARE(int(reports.size()), expected);
        for (const DatasetReport& report : reports) {
            QVERIFY(!filter.reviewedOnly || report.status == ReviewStatus::Reviewed);
            QVERIFY(filter.years.isEmpty() || filter.years.contains(*report.year));
            QVERIFY(filter.templateIds.isEmpty() || filter.templateIds.contains(report.templateId));
        }
    }

    void agenciesMatchByAnyPartComparedNormalised()
    {
        const std::vector<DatasetReport> all = readAll(archive(), {}, {});
        const QString first = all[0].agency;
        const QString second = all[1].agency;
        QVERIFY(first != second);
        // Typed with spaces, the name still matches: names are compared without them.
        DatasetFilter filter;
        filter.agencies = {first.left(2) + QStringLiteral(" ") + first.mid(2)};
        std::vector<DatasetReport> found = readAll(archive(), filter, {});
        QVERIFY(!found.empty());
        for (const DatasetReport& report : found) {
            QCOMPARE(report.agency, first);
        }
        filter.agencies = {first, second};
        found = readAll(archive(), filter, {});
        QVERIFY(found.size() >= 2);
        for (const DatasetReport& report : found) {
            QVERIFY(report.agency == first || report.agency == second);
        }
        filter.agencies = {QStringLiteral("没有这个机关")};
        QVERIFY(readAll(archive(), filter, {}).empty());
    }

    void readsFromOneSnapshot()
    {
        Result<std::unique_ptr<DatasetReader>> reader = archive().readDataset({});
        QVERIFY(reader);
        // Written after the reader opened: the reader does not see it.
        const Result<Correction> later = archive().recordCorrection(
            m_ids[0], {QStringLiteral("t3.new.total"), 1.0, QStringLiteral("后来"), QString()});
        QVERIFY(later);
        DatasetReport report;
        QVERIFY(*(*reader)->next(report));
        QCOMPARE(report.id, m_ids[0]);
        for (const DatasetCell& cell : report.cells) {
            if ((*reader)->cellKeys().at(cell.key) == QLatin1String("t3.new.total")) {
                QCOMPARE(cell.current, 12345.0);
            }
        }
        // The next reader does.
        const std::vector<DatasetReport> after = readAll(archive(), {}, {});
        for (const DatasetCell& cell : after[0].cells) {
            if ((*reader)->cellKeys().at(cell.key) == QLatin1String("t3.new.total")) {
                QCOMPARE(cell.current, 1.0);
            }
        }
        QVERIFY(archive().recordCorrection(m_ids[0], {QStringLiteral("t3.new.total"), 12345.0,
                                                      QStringLiteral("王审"), QString()}));
    }

    void anEmptyArchiveReadsNothing()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Archive>> empty =
            Archive::open(test::freshArchiveLocation(dir.path(), QStringLiteral("empty.sqlite")));
        QVERIFY(empty);
        QVERIFY(readAll(**empty, {}, kEverything).empty());
    }
};

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
