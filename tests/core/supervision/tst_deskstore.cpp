// What the desk keeps in the archive (schema 5): the registry read back as imported, the
// reviewers' alias table and publication dates, a registry replaced whole or not at all, and
// the most similar pairs ordered and counted once whichever way the copying ran.

#include "store/archive.h"
#include "supervision/desk/deskanalyses.h"
#include "supervision/desk/deskstore.h"

#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestDeskStore : public QObject {
    Q_OBJECT

private slots:
    void theRegistryAliasesAndDatesAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(Archive::open(path).has_value());
        Result<DeskStore> store = DeskStore::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE(store->registry()->size(), 0);

        const BodyRegistry registry = registryOf(
            {{QStringLiteral("名称"), QStringLiteral("别名"), QStringLiteral("行政区划代码"),
              QStringLiteral("层级"), QStringLiteral("上级机关")},
             {QStringLiteral("甲市人民政府"), QString(), QStringLiteral("320800"),
              QStringLiteral("地市级"), QString()},
             {QStringLiteral("甲市财政局"), QStringLiteral("甲市财政局（本级）|市财政局"),
              QStringLiteral("320800"), QStringLiteral("municipal"),
              QStringLiteral("甲市人民政府")}});
        QVERIFY(store->replaceRegistry(registry, QStringLiteral("bodies.csv")));
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
        QVERIFY(store->matchAgency(QStringLiteral("甲 市 财政局办公室"), QString()));
        QVERIFY(store->aliasTable()->isEmpty());

        // A date for a report the archive does not hold is refused.
        QVERIFY(!store->setPublicationDate(42, QDate(2024, 1, 2)));

        // Reopened, the registry is still there.
        Result<DeskStore> again = DeskStore::open(path);
        QCOMPARE(again->registry()->size(), 2);
    }

    void aPlainSqliteFileIsNoDesk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
        {
            Result<SqliteConnection> db = SqliteConnection::open(path);
            QVERIFY(db);
            QVERIFY(db->exec("CREATE TABLE t (x)"));
        }
        const Result<DeskStore> store = DeskStore::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(path));
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
};

QTEST_GUILESS_MAIN(TestDeskStore)
#include "tst_deskstore.moc"
