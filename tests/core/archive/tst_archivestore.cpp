// Storing, loading, listing, filtering and searching reports.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "store/findingcodec.h"
#include "testbackend.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

struct Sample {
    test::FakeReport report;
    ReviewStatus status = ReviewStatus::Pending;
    ReportId id = 0;
};

test::FakeReport fake(const QString& agency, int year, const QString& body,
                      const QString& templateId = QStringLiteral("2021"))
{
    test::FakeReport report;
    report.agency = agency;
    report.year = year;
    report.templateId = templateId;
    report.body = body;
    return report;
}

std::vector<ReportId> idsOf(const std::vector<ReportRow>& rows)
{
    std::vector<ReportId> ids;
    for (const ReportRow& row : rows) {
        ids.push_back(row.id);
    }
    return ids;
}

} // namespace

class TestArchiveStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Archive> freshArchive()
    {
        Result<std::unique_ptr<Archive>> archive = Archive::open(test::freshArchiveLocation(
            m_dir.path(), QStringLiteral("store-%1.sqlite").arg(++m_count)));
        if (!archive) {
            qFatal("cannot create a test archive: %s", qPrintable(archive.error().message));
        }
        return std::move(*archive);
    }

    /// A varied archive: bodies, years, both formats, statuses and findings of each severity.
    std::vector<Sample> fillVaried(Archive& archive)
    {
        std::vector<Sample> samples;
        const auto add = [&](test::FakeReport report, ReviewStatus status) {
            samples.push_back({std::move(report), status, 0});
        };
        add(fake(QStringLiteral("河北省机关事务管理局"), 2022,
                 QStringLiteral("本年度未收到行政复议申请，主动公开工作稳步推进。")),
            ReviewStatus::Reviewed);
        test::FakeReport withError = fake(QStringLiteral("河北省财政厅"), 2021,
                                          QStringLiteral("依申请公开办理及时，答复规范。"));
        withError.cells.insert(QStringLiteral("t4.review.total"), QStringLiteral("3"));
        add(withError, ReviewStatus::Pending);
        test::FakeReport withWarning =
            fake(QStringLiteral("平潭综合实验区管理委员会"), 2020,
                 QStringLiteral("政府信息公开平台建设持续加强。"), QStringLiteral("2019"));
        withWarning.cells.insert(QStringLiteral("t3.new.natural"), QStringLiteral("?"));
        add(withWarning, ReviewStatus::Doubtful);
        add(fake(QStringLiteral("淮安市洪泽区人民政府"), 2023,
                 QStringLiteral("行政诉讼案件依法应诉，复议纠错率下降。")),
            ReviewStatus::Pending);
        add(fake(QStringLiteral("淮安市人民政府"), 2024,
                 QStringLiteral("全年收到申请，全部按期答复，无行政复议。")),
            ReviewStatus::Reviewed);
        for (Sample& sample : samples) {
            const Result<AddOutcome> added =
                archive.addReport(sample.report.bytes(), test::fakeProcessed(sample.report));
            // New reports are pending already: only the others get a status change.
            if (!added ||
                (sample.status != ReviewStatus::Pending &&
                 !archive.setReviewStatus(added->id, sample.status, QStringLiteral("tester")))) {
                qFatal("cannot fill the test archive");
            }
            sample.id = added->id;
        }
        return samples;
    }

    template <typename Keep>
    static std::vector<ReportId> expectedIds(const std::vector<Sample>& samples, Keep keep)
    {
        std::vector<ReportId> ids;
        for (const Sample& sample : samples) {
            if (keep(sample)) {
                ids.push_back(sample.id);
            }
        }
        return ids;
    }

    std::vector<ReportId> search(Archive& archive, const QString& text)
    {
        ReportQuery query;
        query.filter.text = text;
        const Result<std::vector<ReportRow>> rows = archive.listReports(query);
        if (!rows) {
            qWarning("search failed: %s", qPrintable(rows.error().message));
            return {-1};
        }
        return idsOf(*rows);
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void fileHashesAreSha256()
    {
        // Archive::hashOf is OpenSSL's SHA-256: the digests archives already hold, for every
        // length around SHA-256's 64-byte blocks and for a file of a megabyte.
        QByteArray bytes;
        for (int length = 0; length <= 200; ++length) {
            QCOMPARE(store::Archive::hashOf(bytes),
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
            bytes += char(length * 37 + 11);
        }
        QByteArray large(1 << 20, Qt::Uninitialized);
        for (qsizetype i = 0; i < large.size(); ++i) {
            large[i] = char((i * 2654435761u) >> 13);
        }
        QCOMPARE(store::Archive::hashOf(large),
                 QCryptographicHash::hash(large, QCryptographicHash::Sha256));
    }

    void storedReportComesBackWhole()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        test::FakeReport spec = fake(QStringLiteral("河北省机关事务管理局"), 2022,
                                     QStringLiteral("主动公开政府信息情况良好。"));
        spec.cells.insert(QStringLiteral("t2.fees.amount"), QStringLiteral("1016.72"));
        spec.cells.insert(QStringLiteral("t3.new.natural"), QStringLiteral("?"));
        spec.cells.insert(QStringLiteral("t4.review.total"), QStringLiteral("11"));
        spec.cells.insert(QStringLiteral("t3.denied.subtotal.total"), QStringLiteral("4"));
        ProcessedReport processed = test::fakeProcessed(spec);
        processed.document.notices = {QStringLiteral("read with OCR")};
        processed.document.lowQualityText = true;
        processed.document.pageBoxes.push_back(
            PageBox{1, QRectF(72.5, 100.25, 300, 12), Span{10, 42}});
        processed.report.meta.yearSpan = Span{3, 7};
        const QByteArray bytes = spec.bytes();

        // Everything the extractor made is there, exactly.
        QVERIFY(processed.report.extras.size() == 1);
        QVERIFY(processed.report.findings.size() == 2);
        const Result<AddOutcome> added = archive.addReport(bytes, processed);
        QVERIFY2(added, test::messageOf(added).constData());
        QVERIFY(!added->duplicate);

        const Result<StoredReport> stored = archive.loadReport(added->id);
        QVERIFY2(stored, test::messageOf(stored).constData());
        QCOMPARE(stored->extracted, processed.report);
        QCOMPARE(stored->document.text, processed.document.text);
        QCOMPARE(stored->document.notices, processed.document.notices);
        QCOMPARE(stored->document.lowQualityText, true);
        QCOMPARE(stored->document.pageBoxes.size(), std::size_t(1));
        QCOMPARE(stored->document.pageBoxes[0].box, QRectF(72.5, 100.25, 300, 12));
        QCOMPARE(stored->document.pageBoxes[0].span, (Span{10, 42}));

        const ReportInfo& info = stored->info;
        QCOMPARE(info.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(info.agency, QStringLiteral("河北省机关事务管理局"));
        QCOMPARE(info.region, QStringLiteral("河北省"));
        QCOMPARE(info.year, std::optional<int>(2022));
        QCOMPARE(info.templateId, QStringLiteral("2021"));
        QCOMPARE(info.status, ReviewStatus::Pending);
        QVERIFY(qAbs(info.importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(*archive.originalBytes(added->id), bytes);

        // The messages render again from the stored template and arguments.
        const Finding& error = stored->extracted.findings.back();
        QCOMPARE(error.message(false),
                 QStringLiteral("Total 11 differs from the sum 0 of its parts"));
        const ReportRow row = archive.listReports()->front();
        QCOMPARE(row.openErrors, 1);
        QCOMPARE(row.openWarnings, 1);
        QCOMPARE(row.openFindings(), 2);
    }

    void sameBytesAreADuplicate()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        const test::FakeReport spec =
            fake(QStringLiteral("北京市财政局"), 2022, QStringLiteral("正文。"));
        const Result<AddOutcome> first = archive.addReport(spec.bytes(), test::fakeProcessed(spec));
        const Result<AddOutcome> second =
            archive.addReport(spec.bytes(), test::fakeProcessed(spec));
        QVERIFY(first && second);
        QVERIFY(!first->duplicate);
        QVERIFY(second->duplicate);
        QCOMPARE(second->id, first->id);
        QCOMPARE(*archive.countReports(), 1);
        const QByteArray hash = QCryptographicHash::hash(spec.bytes(), QCryptographicHash::Sha256);
        QCOMPARE(*archive.findByHash(hash), std::optional<ReportId>(first->id));

        // The same body and year in other bytes (a re-published report) is another report.
        test::FakeReport republished = spec;
        republished.body = QStringLiteral("正文（更正版）。");
        const Result<AddOutcome> third =
            archive.addReport(republished.bytes(), test::fakeProcessed(republished));
        QVERIFY(third && !third->duplicate);
        QCOMPARE(*archive.countReports(), 2);
        QCOMPARE(*archive.findReport(spec.agency, 2022), std::optional<ReportId>(third->id));
    }

    void aliasesMakeOneBodyOfTwoNames()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        const auto store = [&](const QString& agency, int year) {
            const test::FakeReport spec = fake(agency, year, agency + QString::number(year));
            const Result<AddOutcome> added =
                archive.addReport(spec.bytes(), test::fakeProcessed(spec));
            if (!added) {
                qFatal("cannot store: %s", qPrintable(added.error().message));
            }
            return added->id;
        };
        const QString full = QStringLiteral("淮安市洪泽区人民政府");
        const QString shortName = QStringLiteral("洪泽区人民政府");
        const ReportId y2022 = store(full, 2022);
        const ReportId y2023 = store(shortName, 2023);
        const ReportId other = store(QStringLiteral("淮安市人民政府"), 2022);
        // Two names, two bodies, until the archive says otherwise.
        QVERIFY(!*archive.findReport(shortName, 2022));
        QCOMPARE(*archive.bodyReports(full), std::vector<ReportId>{y2022});

        QVERIFY(archive.setAgencyAlias(QStringLiteral("洪泽区 人民政府"), full));
        QCOMPARE(*archive.findReport(shortName, 2022), std::optional<ReportId>(y2022));
        QCOMPARE(*archive.findReport(full, 2023), std::optional<ReportId>(y2023));
        QCOMPARE(*archive.bodyReports(shortName), (std::vector<ReportId>{y2023, y2022}));
        QCOMPARE(*archive.bodyReports(full, 2023), std::vector<ReportId>{y2023});
        QCOMPARE(*archive.bodyKeys(shortName), (QStringList{shortName, full}));
        QCOMPARE(*archive.bodyReports(QStringLiteral("淮安市人民政府")),
                 std::vector<ReportId>{other});
        const Result<std::vector<AgencyAlias>> aliases = archive.agencyAliases();
        QVERIFY(aliases && aliases->size() == 1);
        QCOMPARE(aliases->front().agencyKey, shortName);
        QCOMPARE(aliases->front().bodyName, full);
        // Both names may point at a third (a registry name): still one body.
        QVERIFY(archive.setAgencyAlias(full, QStringLiteral("洪泽区政府")));
        QVERIFY(archive.setAgencyAlias(shortName, QStringLiteral("洪泽区政府")));
        QCOMPARE(*archive.findReport(shortName, 2022), std::optional<ReportId>(y2022));
        // Forgotten: two bodies again.
        QVERIFY(archive.setAgencyAlias(shortName, QString()));
        QVERIFY(!*archive.findReport(shortName, 2022));
        QCOMPARE(archive.agencyAliases()->size(), std::size_t(1));
    }

    void aRetiredCopyLeavesBodyYearAndDataset()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        const QString agency = QStringLiteral("平潭综合实验区管理委员会");
        const auto store = [&](const QString& body) {
            const test::FakeReport spec = fake(agency, 2023, body);
            const Result<AddOutcome> added =
                archive.addReport(spec.bytes(), test::fakeProcessed(spec));
            if (!added) {
                qFatal("cannot store: %s", qPrintable(added.error().message));
            }
            return added->id;
        };
        const ReportId first = store(QStringLiteral("正文。"));
        const ReportId copy = store(QStringLiteral("正文（转载）。"));
        QCOMPARE(*archive.bodyReports(agency, 2023), (std::vector<ReportId>{copy, first}));
        QCOMPARE(archive.readDataset(DatasetFilter{}).value()->reportCount(), 2);

        QVERIFY(
            archive.retireReport(copy, first, QStringLiteral("审核员"), QStringLiteral("转载")));
        QCOMPARE(*archive.findReport(agency, 2023), std::optional<ReportId>(first));
        QCOMPARE(*archive.bodyReports(agency), std::vector<ReportId>{first});
        QCOMPARE(archive.readDataset(DatasetFilter{}).value()->reportCount(), 1);
        const Result<std::optional<Retirement>> retired = archive.retirement(copy);
        QVERIFY(retired && *retired);
        QCOMPARE((*retired)->kept, first);
        QCOMPARE((*retired)->reviewer, QStringLiteral("审核员"));
        QCOMPARE((*retired)->reason, QStringLiteral("转载"));
        QVERIFY((*retired)->time.isValid());
        QVERIFY(!*archive.retirement(first));
        // Still in the archive, listed and loadable: never lost.
        QCOMPARE(*archive.countReports(), 2);
        QVERIFY(archive.loadReport(copy));

        QVERIFY(archive.restoreReport(copy));
        QVERIFY(!*archive.retirement(copy));
        QCOMPARE(*archive.findReport(agency, 2023), std::optional<ReportId>(copy));
        QCOMPARE(archive.readDataset(DatasetFilter{}).value()->reportCount(), 2);
    }

    void filtersSelectTheMatchingReports()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        const std::vector<Sample> samples = fillVaried(archive);
        const auto check = [&](const ReportFilter& filter, const std::vector<ReportId>& expected) {
            ReportQuery query;
            query.filter = filter;
            const Result<std::vector<ReportRow>> rows = archive.listReports(query);
            QVERIFY2(rows, test::messageOf(rows).constData());
            QCOMPARE(idsOf(*rows), expected);
            QCOMPARE(*archive.countReports(filter), qint64(expected.size()));
        };

        ReportFilter byYear;
        byYear.year = 2022;
        check(byYear, expectedIds(samples, [](const Sample& s) { return s.report.year == 2022; }));

        ReportFilter byTemplate;
        byTemplate.templateId = QStringLiteral("2019");
        check(byTemplate, expectedIds(samples, [](const Sample& s) {
                  return s.report.templateId == QLatin1String("2019");
              }));

        ReportFilter byStatus;
        byStatus.status = ReviewStatus::Reviewed;
        check(byStatus, expectedIds(samples, [](const Sample& s) {
                  return s.status == ReviewStatus::Reviewed;
              }));

        ReportFilter errors;
        errors.severity = Severity::Error;
        check(errors, expectedIds(samples, [](const Sample& s) {
                  return s.report.cells.contains(QStringLiteral("t4.review.total"));
              }));
        ReportFilter warningsOrWorse;
        warningsOrWorse.severity = Severity::Warning;
        check(warningsOrWorse,
              expectedIds(samples, [](const Sample& s) { return !s.report.cells.isEmpty(); }));

        // Agency names compare normalised: full-width spaces and letters do not matter.
        ReportFilter byAgency;
        byAgency.agency = QStringLiteral(" 淮安市\u3000洪泽区 ");
        check(byAgency, expectedIds(samples, [](const Sample& s) {
                  return s.report.agency.contains(QStringLiteral("洪泽区"));
              }));

        ReportFilter combined;
        combined.agency = QStringLiteral("河北省");
        combined.status = ReviewStatus::Pending;
        check(combined, expectedIds(samples, [](const Sample& s) {
                  return s.report.agency.startsWith(QStringLiteral("河北省")) &&
                         s.status == ReviewStatus::Pending;
              }));

        ReportFilter none;
        none.year = 1999;
        check(none, {});
    }

    void listingSortsAndPages()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        std::vector<Sample> samples = fillVaried(archive);

        ReportQuery byYear;
        byYear.sort = ReportSort::Year;
        byYear.descending = true;
        std::vector<Sample> expected = samples;
        std::sort(expected.begin(), expected.end(),
                  [](const Sample& a, const Sample& b) { return a.report.year > b.report.year; });
        QCOMPARE(idsOf(*archive.listReports(byYear)),
                 expectedIds(expected, [](const Sample&) { return true; }));

        ReportQuery byFindings;
        byFindings.sort = ReportSort::OpenFindings;
        byFindings.descending = true;
        const std::vector<ReportRow> rows = *archive.listReports(byFindings);
        QCOMPARE(rows.size(), samples.size());
        QVERIFY(rows[0].openErrors == 1);
        QVERIFY(rows[1].openWarnings == 1 && rows[1].openErrors == 0);
        QCOMPARE(rows[2].openFindings(), 0);

        ReportQuery byAgency;
        byAgency.sort = ReportSort::Agency;
        const std::vector<ReportRow> all = *archive.listReports(byAgency);
        QVERIFY(std::is_sorted(all.begin(), all.end(), [](const ReportRow& a, const ReportRow& b) {
            return a.agency < b.agency;
        }));

        // Pages of two put together are the whole list.
        std::vector<ReportId> paged;
        for (qint64 offset = 0; offset < qint64(samples.size()); offset += 2) {
            byAgency.limit = 2;
            byAgency.offset = offset;
            const std::vector<ReportRow> page = *archive.listReports(byAgency);
            QVERIFY(page.size() <= 2);
            for (const ReportRow& row : page) {
                paged.push_back(row.id);
            }
        }
        QCOMPARE(paged, idsOf(all));
    }

    void searchFindsChineseWordsOfAnyLength()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        const std::vector<Sample> samples = fillVaried(archive);
        const auto containing = [&](const QString& word) {
            return expectedIds(
                samples, [&](const Sample& s) { return s.report.bytes().contains(word.toUtf8()); });
        };
        // Four characters (the trigram index), two and one (looked for in the text).
        for (const QString& word :
             {QStringLiteral("行政复议"), QStringLiteral("复议"), QStringLiteral("答复"),
              QStringLiteral("诉"), QStringLiteral("政府信息公开平台")}) {
            const std::vector<ReportId> expected = containing(word);
            QVERIFY2(!expected.empty(), qPrintable(word));
            QCOMPARE(search(archive, word), expected);
        }
        // Every word must occur, anywhere in the text (the agency's name included).
        QCOMPARE(search(archive, QStringLiteral("答复 淮安")),
                 expectedIds(samples, [](const Sample& s) {
                     return s.report.agency.startsWith(QStringLiteral("淮安")) &&
                            s.report.body.contains(QStringLiteral("答复"));
                 }));
        QCOMPARE(search(archive, QStringLiteral("机关事务管理局")),
                 containing(QStringLiteral("机关事务管理局")));
        QVERIFY(search(archive, QStringLiteral("不存在的词语")).empty());
        // Query syntax is text, not operators.
        QVERIFY(search(archive, QStringLiteral("\"复议\" OR * NEAR(")).empty());
        QCOMPARE(search(archive, QStringLiteral("  ")), containing(QString()));
    }

    void previousYearIsTheSameBodyNormalised()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        test::FakeReport earlier =
            fake(QStringLiteral("河北省　机关事务管理局 "), 2021, QStringLiteral("上年报告。"));
        earlier.cells.insert(QStringLiteral("t3.carried_forward.total"), QStringLiteral("4"));
        const test::FakeReport later =
            fake(QStringLiteral("河北省机关事务管理局"), 2022, QStringLiteral("本年报告。"));
        const ReportId earlierId =
            archive.addReport(earlier.bytes(), test::fakeProcessed(earlier))->id;
        QVERIFY(archive.addReport(later.bytes(), test::fakeProcessed(later)));

        Result<std::optional<Report>> previous =
            archive.previousYearReport(QStringLiteral("河北省机关事务管理局"), 2022);
        QVERIFY(previous && *previous);
        QCOMPARE((*previous)->meta.year, std::optional<int>(2021));
        QCOMPARE((*previous)->value(u"t3.carried_forward.total"), std::optional<double>(4));

        // The previous year as the cross-year rules see it: with the reviewer's corrections.
        QVERIFY(archive.recordCorrection(earlierId,
                                         {QStringLiteral("t3.carried_forward.total"), 5.0,
                                          QStringLiteral("王审核"), QStringLiteral("表格误读")}));
        previous = archive.previousYearReport(QStringLiteral("河北省 机关事务管理局"), 2022);
        QCOMPARE((*previous)->value(u"t3.carried_forward.total"), std::optional<double>(5));

        QVERIFY(!*archive.previousYearReport(QStringLiteral("河北省机关事务管理局"), 2021));
        QVERIFY(!*archive.previousYearReport(QStringLiteral("河北省财政厅"), 2022));
        QVERIFY(!*archive.findReport(QString(), 2021));
    }

    void missingReportIsAClearError()
    {
        const std::unique_ptr<Archive> opened = freshArchive();
        Archive& archive = *opened;
        const Result<StoredReport> stored = archive.loadReport(4242);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, ErrorCode::InvalidArgument);
        QVERIFY(stored.error().message.contains(QLatin1String("4242")));
        QVERIFY(!archive.originalBytes(4242));
        QVERIFY(!archive.setReviewStatus(4242, ReviewStatus::Reviewed, QStringLiteral("tester")));
        QVERIFY(!archive.replaceFindings(4242, {}));
    }
};

QTEST_GUILESS_MAIN(TestArchiveStore)
#include "tst_archivestore.moc"
