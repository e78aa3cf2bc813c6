// What the desk keeps in the archive, on both back ends (BOTH_BACKENDS: SQLite, then the
// PostgreSQL test server): the registry read back as imported and replaced whole or not at
// all, the reviewers' alias table and publication dates, the reports, dates, narratives and
// dashboard counts the desk reads; and the most similar pairs ordered and counted once
// whichever way the copying ran.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "supervision/desk/deskanalyses.h"
#include "supervision/desk/deskstore.h"
#include "testbackend.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace nianbao;
using namespace nianbao::supervision;
using namespace nianbao::store;

namespace {

BodyRegistry registryOf(const std::vector<QStringList>& rows)
{
    RegistryRead read = BodyRegistry::fromRows(rows);
    if (!read) {
        qFatal("registry: %s", qPrintable(read.error().front().describe()));
    }
    return std::move(*read);
}

const QStringList kHeader{QStringLiteral("名称"), QStringLiteral("别名"),
                          QStringLiteral("行政区划代码"), QStringLiteral("层级"),
                          QStringLiteral("上级机关")};

BodyRegistry twoBodies()
{
    return registryOf(
        {kHeader,
         {QStringLiteral("甲市人民政府"), QString(), QStringLiteral("320800"),
          QStringLiteral("地市级"), QString()},
         {QStringLiteral("甲市财政局"), QStringLiteral("甲市财政局（本级）|市财政局"),
          QStringLiteral("320800"), QStringLiteral("municipal"), QStringLiteral("甲市人民政府")}});
}

/// A stored report of `agency` for `year` whose text says `text` and whose narrative has an
/// overview part.
ReportId addReport(Archive& archive, const QString& agency, int year, const QString& text,
                   const QString& overview)
{
    test::FakeReport file;
    file.agency = agency;
    file.year = year;
    file.body = text;
    ProcessedReport processed = test::fakeProcessed(file);
    NarrativePart part;
    part.key = QStringLiteral("overview");
    part.heading = QStringLiteral("一、总体情况");
    part.text = overview;
    part.span = {0, overview.size()};
    processed.report.narrative.push_back(part);
    const Result<AddOutcome> added = archive.addReport(file.bytes(), processed);
    if (!added) {
        qFatal("add: %s", qPrintable(added.error().message));
    }
    return added->id;
}

} // namespace

class TestDeskStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_location = test::freshArchiveLocation(m_dir.path(),
                                                QStringLiteral("desk-%1.sqlite").arg(++m_count));
        Result<std::unique_ptr<Archive>> archive = Archive::open(m_location);
        QVERIFY2(archive, test::messageOf(archive).constData());
        m_archive = std::move(*archive);
    }

    void cleanup() { m_archive.reset(); }

    void theRegistryAliasesAndDatesAreKept()
    {
        Result<DeskStore> store = DeskStore::open(*m_archive);
        QVERIFY2(store, test::messageOf(store).constData());
        QCOMPARE(store->registry()->size(), 0);
        QCOMPARE(*store->registrySource(), QString());

        QVERIFY(store->replaceRegistry(twoBodies(), QStringLiteral("bodies.csv")));
        const Result<BodyRegistry> read = store->registry();
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->bodies()[1].aliases,
                 (QStringList{QStringLiteral("甲市财政局（本级）"), QStringLiteral("市财政局")}));
        QCOMPARE(read->bodies()[1].parent, 0);
        QCOMPARE(read->bodies()[1].level, std::optional(BodyLevel::Municipal));
        QCOMPARE(*store->registrySource(), QStringLiteral("bodies.csv"));

        QVERIFY(
            store->matchAgency(QStringLiteral("甲 市 财政局办公室"), QStringLiteral("甲市财政局")));
        QCOMPARE(store->aliasTable()->value(QStringLiteral("甲 市 财政局办公室")),
                 QStringLiteral("甲市财政局"));
        // The same agency written alike (normalised) replaces the match.
        QVERIFY(
            store->matchAgency(QStringLiteral("甲市财政局办公室"), QStringLiteral("甲市人民政府")));
        QCOMPARE(store->aliasTable()->size(), 1);
        QVERIFY(store->matchAgency(QStringLiteral("甲市财政局办公室"), QString()));
        QVERIFY(store->aliasTable()->isEmpty());

        // A date for a report the archive does not hold is refused.
        QVERIFY(!store->setPublicationDate(42, QDate(2024, 1, 2)));

        // Another connection (the next session) finds the registry.
        Result<DeskStore> again = DeskStore::open(m_location);
        QVERIFY2(again, test::messageOf(again).constData());
        QCOMPARE(again->registry()->size(), 2);
    }

    void aFailedReplacementKeepsTheOldRegistry()
    {
        Result<DeskStore> store = DeskStore::open(*m_archive);
        QVERIFY(store);
        QVERIFY(store->replaceRegistry(twoBodies(), QStringLiteral("old.csv")));
        // The third body of the new registry cannot be written (a full disk, a lost server).
        QVERIFY(test::breakInserts(m_location, "registry_bodies", "new.ord = 2"));
        const BodyRegistry three =
            registryOf({kHeader,
                        {QStringLiteral("乙县人民政府"), QString(), QStringLiteral("320900"),
                         QStringLiteral("县级"), QString()},
                        {QStringLiteral("乙县教育局"), QString(), QStringLiteral("320900"),
                         QStringLiteral("县级"), QStringLiteral("乙县人民政府")},
                        {QStringLiteral("乙县民政局"), QString(), QStringLiteral("320900"),
                         QStringLiteral("县级"), QStringLiteral("乙县人民政府")}});
        const Result<void> replaced = store->replaceRegistry(three, QStringLiteral("new.csv"));
        QVERIFY(!replaced);
        QVERIFY(replaced.error().message.contains(QLatin1String("injected failure")));
        const Result<BodyRegistry> kept = store->registry();
        QVERIFY(kept);
        QCOMPARE(kept->size(), 2);
        QCOMPARE(kept->bodies()[0].name, QStringLiteral("甲市人民政府"));
        QCOMPARE(*store->registrySource(), QStringLiteral("old.csv"));
    }

    void reportsDatesAndNarrativesAreRead()
    {
        const ReportId dated = addReport(*m_archive, QStringLiteral("甲市财政局"), 2023,
                                         QStringLiteral("甲市财政局\n2024年1月20日"),
                                         QStringLiteral("甲的总体情况。"));
        const ReportId undated =
            addReport(*m_archive, QStringLiteral("甲市人民政府"), 2023,
                      QStringLiteral("没有日期的报告"), QStringLiteral("乙的总体情况。"));
        const ReportId earlier = addReport(*m_archive, QStringLiteral("甲市财政局"), 2022,
                                           QStringLiteral("上一年"), QStringLiteral("去年。"));

        Result<DeskStore> store = DeskStore::open(*m_archive);
        QVERIFY(store);
        const Result<std::vector<DeskReport>> all = store->reports();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->at(2).id, earlier);
        QCOMPARE(all->at(2).year, std::optional(2022));
        QCOMPARE(store->reports(2023)->size(), std::size_t(2));

        // The date the text gives, until a reviewer sets another; cleared, the text's again.
        Result<std::vector<CoverageReport>> coverage = store->coverageReports(2023);
        QVERIFY2(coverage, test::messageOf(coverage).constData());
        QCOMPARE(coverage->size(), std::size_t(2));
        QCOMPARE(coverage->at(0).id, QString::number(dated));
        QVERIFY(coverage->at(0).published);
        QCOMPARE(coverage->at(0).published->date, QDate(2024, 1, 20));
        QVERIFY(coverage->at(0).published->source != DateSource::Reviewer);
        QVERIFY(!coverage->at(1).published);

        QVERIFY(store->setPublicationDate(undated, QDate(2024, 2, 3)));
        QVERIFY(store->setPublicationDate(dated, QDate(2024, 1, 25)));
        coverage = store->coverageReports(2023);
        QCOMPARE(coverage->at(0).published->date, QDate(2024, 1, 25));
        QCOMPARE(coverage->at(0).published->source, DateSource::Reviewer);
        QCOMPARE(coverage->at(1).published->date, QDate(2024, 2, 3));
        QVERIFY(store->setPublicationDate(dated, QDate()));
        coverage = store->coverageReports(2023);
        QCOMPARE(coverage->at(0).published->date, QDate(2024, 1, 20));

        // Narratives by report, of the years asked for; bodies by normalised agency name.
        const Result<std::vector<NarrativeDocument>> documents = store->narratives(2023, 2023);
        QVERIFY(documents);
        QCOMPARE(documents->size(), std::size_t(2));
        QCOMPARE(documents->at(0).id, QString::number(dated));
        QCOMPARE(documents->at(0).year, 2023);
        const std::vector<NarrativePart>& parts = documents->at(0).parts;
        QVERIFY(std::any_of(parts.begin(), parts.end(), [](const NarrativePart& part) {
            return part.key == QLatin1String("overview") &&
                   part.text == QStringLiteral("甲的总体情况。");
        }));
        QCOMPARE(store->narratives({}, {})->size(), std::size_t(3));

        const Result<DeskDashboard> dashboard = store->dashboard();
        QVERIFY2(dashboard, test::messageOf(dashboard).constData());
        const std::vector<std::pair<int, int>> byYear{{2022, 1}, {2023, 2}};
        QVERIFY(dashboard->reportsByYear == byYear);
        const std::vector<std::pair<QString, int>> byStatus{{QStringLiteral("pending"), 3}};
        QVERIFY(dashboard->reportsByReviewStatus == byStatus);
        int regions = 0;
        for (const auto& [region, count] : dashboard->reportsByRegion) {
            regions += count;
        }
        QCOMPARE(regions, 3);
    }

    void pairsAreCountedOnceMostSimilarFirst()
    {
        std::vector<NarrativeDocument> documents(4);
        for (int i = 0; i < 4; ++i) {
            documents[std::size_t(i)].id = QString::number(i);
            documents[std::size_t(i)].year = i == 3 ? 2022 : 2023;
        }
        CopyDetection detection;
        const auto match = [](int document, int other, double share, int characters) {
            CopyMatch m;
            m.document = document;
            m.other = other;
            m.share = share;
            m.ownCharacters = characters;
            return m;
        };
        detection.matches = {match(0, 1, 0.9, 100), match(1, 0, 0.95, 100), match(2, 1, 0.95, 900),
                             match(3, 2, 1.0, 50)};
        const std::vector<SimilarPair> pairs = similarPairs(detection, documents, 2023);
        QCOMPARE(pairs.size(), std::size_t(3));
        // 100 % first; of the two at 95 %, the one sharing more text.
        QCOMPARE(pairs[0].document, 3);
        QCOMPARE(pairs[1].document, 2);
        QCOMPARE(pairs[2].matches.size(), std::size_t(2)); // 0–1 both ways, once
        QCOMPARE(pairs[2].share, 0.95);
        // Only pairs touching 2022.
        QCOMPARE(similarPairs(detection, documents, 2022).size(), std::size_t(1));
    }

private:
    QTemporaryDir m_dir;
    QString m_location;
    int m_count = 0;
    std::unique_ptr<Archive> m_archive;
};

QTEST_GUILESS_MAIN(TestDeskStore)
#include "tst_deskstore.moc"
