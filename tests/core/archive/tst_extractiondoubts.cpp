// When a reviewer's acceptance is wanted, and when the reviewer's acceptances settle the doubt
// an extraction finding raised.

#include "model/storedreport.h"
#include "store/findingcodec.h"
#include "workflow/extractiondoubts.h"

#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

const QString kA = QStringLiteral("t3.granted.natural");
const QString kB = QStringLiteral("t3.granted.commercial");
const QString kC = QStringLiteral("t3.granted.total");

Finding finding(const char* rule, QStringList cells)
{
    return Finding{
        QLatin1String(rule), Severity::Warning, std::move(cells), QStringLiteral("test"), {}};
}

Correction vouchedFor(const QString& key, bool vouched = true)
{
    Correction correction;
    correction.cellKey = key;
    correction.oldValue = 1;
    correction.newValue = 1;
    correction.vouched = vouched;
    return correction;
}

} // namespace

class TestExtractionDoubts : public QObject {
    Q_OBJECT

private slots:
    void doubtfulCellsAwaitAcceptance()
    {
        StoredReport stored;
        const std::vector<Finding> findings{finding("extract.short_row", {kA, kB}),
                                            finding("t3.row_total", {kC})};
        // Named by an open extraction finding, or read with low confidence.
        QVERIFY(awaitsAcceptance(stored, findings, kA, 1.0));
        QVERIFY(awaitsAcceptance(stored, findings, kC, 0.5));
        // A broken rule is no doubt about the reading.
        QVERIFY(!awaitsAcceptance(stored, findings, kC, 1.0));
        // Once a reviewer stands behind the value, nothing more is wanted.
        stored.corrections.push_back(vouchedFor(kA));
        QVERIFY(!awaitsAcceptance(stored, findings, kA, 0.5));
        // A withdrawn acceptance wants one again.
        stored.corrections.back().vouched = false;
        QVERIFY(awaitsAcceptance(stored, findings, kA, 1.0));
        // A dismissed finding doubts nothing any more.
        stored.decisions.push_back(
            {findingFingerprint(findings[0]), FindingVerdict::Dismissed, {}, {}, {}});
        QVERIFY(!awaitsAcceptance(stored, findings, kA, 1.0));
    }

    void aDoubtIsSettledWhenEveryCellItNamesIsVouchedFor()
    {
        StoredReport stored;
        const std::vector<Finding> findings{finding("extract.short_row", {kA, kB}),
                                            finding("extract.row_by_position", {kB}),
                                            finding("t3.row_total", {kB})};
        // kB alone settles the finding on kB only, never the rule's finding.
        QCOMPARE(settledDoubts(stored, findings, vouchedFor(kB)),
                 QStringList{findingFingerprint(findings[1])});
        stored.corrections.push_back(vouchedFor(kA));
        QCOMPARE(settledDoubts(stored, findings, vouchedFor(kB)),
                 (QStringList{findingFingerprint(findings[0]), findingFingerprint(findings[1])}));
        // A step that withdraws settles nothing; nor does one on a cell no finding names.
        QVERIFY(settledDoubts(stored, findings, vouchedFor(kB, false)).isEmpty());
        QVERIFY(settledDoubts(stored, findings, vouchedFor(kC)).isEmpty());
        // A finding already decided is left to its decision.
        stored.decisions.push_back(
            {findingFingerprint(findings[0]), FindingVerdict::Confirmed, {}, {}, {}});
        QCOMPARE(settledDoubts(stored, findings, vouchedFor(kB)),
                 QStringList{findingFingerprint(findings[1])});
    }
};

QTEST_GUILESS_MAIN(TestExtractionDoubts)
#include "tst_extractiondoubts.moc"
