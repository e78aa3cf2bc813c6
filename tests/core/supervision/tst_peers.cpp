// A body's figures against its peers': quartiles, rank and percentile per cell, and the peers
// the registry gives (same level, same region).

#include "supervision/peers/peers.h"
#include "supervision/registry/registryfile.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::supervision;

namespace {

Report reportWith(const QList<std::pair<QString, std::optional<double>>>& values)
{
    Report report;
    for (const auto& [key, value] : values) {
        Cell cell;
        cell.key = key;
        cell.value = value;
        report.cells.push_back(cell);
    }
    return report;
}

const QString kNew = QStringLiteral("t3.new.total");
const QString kFees = QStringLiteral("t2.fees.amount");

} // namespace

class TestPeers : public QObject {
    Q_OBJECT

private slots:
    void quartilesRankAndPercentile()
    {
        // Peers 1 … 8; the body 5: nine values 1 … 9 with 5 among them.
        std::vector<Report> peers;
        for (const double value : {1.0, 2.0, 3.0, 4.0, 6.0, 7.0, 8.0, 9.0}) {
            peers.push_back(reportWith({{kNew, value}, {kFees, std::nullopt}}));
        }
        const Report body = reportWith({{kNew, 5.0}, {kFees, 12.5}});
        const std::vector<PeerPosition> positions = comparePeers(body, peers);
        QCOMPARE(positions.size(), std::size_t(2));
        const PeerPosition& requests = positions[0];
        QCOMPARE(requests.key, kNew);
        QCOMPARE(requests.count, 9);
        QCOMPARE(requests.minimum, 1.0);
        QCOMPARE(requests.lowerQuartile, 3.0);
        QCOMPARE(requests.median, 5.0);
        QCOMPARE(requests.upperQuartile, 7.0);
        QCOMPARE(requests.maximum, 9.0);
        QCOMPARE(requests.value, 5.0);
        QCOMPARE(requests.rank, 5); // four peers have more
        QCOMPARE(requests.percentile, 0.5);
        // Nobody else has fees: the body alone, rank 1, no percentile.
        const PeerPosition& fees = positions[1];
        QCOMPARE(fees.count, 1);
        QCOMPARE(fees.median, 12.5);
        QCOMPARE(fees.rank, 1);
        QVERIFY(!fees.percentile);
    }

    void interpolatesBetweenValues()
    {
        std::vector<Report> peers = {reportWith({{kNew, 10.0}}), reportWith({{kNew, 20.0}}),
                                     reportWith({{kNew, 40.0}})};
        const Report body = reportWith({{kNew, 20.0}});
        const PeerPosition position = comparePeers(body, peers).front();
        // 10, 20, 20, 40: quartiles at positions 0.75, 1.5, 2.25.
        QCOMPARE(position.lowerQuartile, 17.5);
        QCOMPARE(position.median, 20.0);
        QCOMPARE(position.upperQuartile, 25.0);
        QCOMPARE(position.rank, 2);         // ties share the better rank
        QCOMPARE(position.percentile, 0.5); // one below, one equal (half), one above
    }

    void blanksAreLeftOut()
    {
        std::vector<Report> peers = {reportWith({{kNew, std::nullopt}}), reportWith({{kNew, 3.0}})};
        const Report blank = reportWith({{kNew, std::nullopt}});
        const std::vector<PeerPosition> positions = comparePeers(blank, peers);
        QCOMPARE(positions.size(), std::size_t(1));
        QCOMPARE(positions[0].count, 1);
        QVERIFY(!positions[0].value && !positions[0].rank);
        // A key no report holds a figure for is no position at all.
        QVERIFY(comparePeers(blank, {}, {kNew}).empty());
    }

    void peersShareLevelAndRegion()
    {
        const RegistryRead read =
            readRegistry(QStringLiteral("名称,行政区划代码,层级\n"
                                        "洪泽区财政局,320813,县级\n"
                                        "清江浦区财政局,320812,县级\n"
                                        "淮安市财政局,320800,市级\n"
                                        "盐都区财政局,320903,县级\n"
                                        "洪泽区高良涧街道办事处,320813001,乡镇\n")
                             .toUtf8());
        QVERIFY(read);
        QCOMPARE(peersOf(0, *read), std::vector<int>({1})); // the same city (3208)
        QCOMPARE(peersOf(0, *read, RegionGrouping::Province), std::vector<int>({1, 3}));
        QVERIFY(peersOf(0, *read, RegionGrouping::County).empty());
        QVERIFY(peersOf(4, *read).empty());
        QVERIFY(peersOf(-1, *read).empty());
    }
};

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
