// Copied narrative (内容雷同) across a batch: generated narratives written independently, with
// copies planted (another body's part of the same year, or the body's own part of last year,
// lightly edited). The detector must find at least 99 % of the planted copies it can judge,
// judge nearly all of them, and raise a finding on fewer than 1 % of the independent reports.

#include "supervision/similarity/comparabletext.h"
#include "supervision/similarity/copydetector.h"
#include "supervision/similarity/copyfindings.h"
#include "supervision/similarity/passages.h"
#include "synth/narrativecorpus.h"
#include "templates/templateregistry.h"

#include <QTest>

#include <array>
#include <set>

using namespace nianbao;
using namespace nianbao::supervision;

namespace {

NarrativePart part(const QString& key, const QString& text)
{
    NarrativePart made;
    made.key = key;
    made.text = text;
    made.span = {0, text.size()};
    return made;
}

NarrativeDocument report(const QString& agency, int year, const QString& overview,
                         const QString& problems = {})
{
    NarrativeDocument document;
    document.id = agency + QString::number(year);
    document.agency = agency;
    document.body = agency;
    document.year = year;
    document.parts.push_back(part(QStringLiteral("overview"), overview));
    if (!problems.isEmpty()) {
        document.parts.push_back(part(QStringLiteral("problems"), problems));
    }
    return document;
}

/// Paragraphs no other report has: enough own text to be judged.
const QString kOwnText =
    QStringLiteral("2023年，我局在白泉社区和望川村设立政务公开专区，集中展示惠企政策和补贴补助名单"
                   "，累计接待群众查阅"
                   "1271人次。6月14日，“青禾发布”移动端正式上线，设置办事指南、部门预算等7个栏目。"
                   "针对定河镇群众关心"
                   "的燃气安全问题，会同应急管理部门发布通知公告18条，并通过视频号逐条答疑。");

const QString kOtherText = QStringLiteral("2023年，我委围绕高标准农田建设公开项目招标投标和竣工验收"
                                          "信息46条，涉及资金3120万元。在石岭乡便民"
                                          "服务中心配备政务公开查阅终端2台。9月3日，我委组织召开政"
                                          "企恳谈会，企业代表、律师等31人围绕物业管理建"
                                          "言献策，收集意见57条。");

/// How much text of its own the copied unit has, as the detector counts it.
int ownCharactersOf(const synth::PlantedCopy& planted, const synth::NarrativeCorpus& corpus,
                    const Boilerplate& boilerplate, const SimilarityThresholds& thresholds)
{
    const DocumentComparison comparison =
        compareDocuments(corpus.documents[std::size_t(planted.copy)],
                         corpus.documents[std::size_t(planted.source)], boilerplate, thresholds);
    for (const UnitShare& share : comparison.first) {
        if (share.unit.key == planted.unit) {
            return share.ownCharacters;
        }
    }
    return 0;
}

bool sharesAPassage(const QString& a, const QString& b, const QString& agencyA,
                    const QString& agencyB, int minLength)
{
    const ComparableText ca =
        ComparableTextBuilder(ComparableTextBuilder::ownNames(agencyA)).build(a);
    const ComparableText cb =
        ComparableTextBuilder(ComparableTextBuilder::ownNames(agencyB)).build(b);
    return !sharedPassages(ca.chars(), cb.chars(), minLength).empty();
}

/// Lead paragraphs of part 一 written from the stock formulae of superiors' notices: a batch
/// whose every report opens with one (%1 the year, %2 the body) shares them without copying.
const std::array<QString, 2> kStockLeads = {
    QStringLiteral("%1年，%2坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
                   "认真落实党中央、国务院关于全面推进政务公开工作的决策部署和省、市工作要点，"
                   "严格执行《中华人民共和国政府信息公开条例》，以公开促落实、以公开强监管、以公开"
                   "优服务，持续提升政务公开质量和实效，切实保障人民群众知情权、参与权、表达权和"
                   "监督权。"),
    QStringLiteral("%1年，%2在上级政务公开主管部门的指导下，深入贯彻落实《中华人民共和国政府信息"
                   "公开条例》和国务院办公厅政务公开工作要点，围绕中心、服务大局，着力推进决策、"
                   "执行、管理、服务、结果公开，不断健全政务公开制度体系，政府信息公开工作取得了"
                   "新的成效。"),
};

/// `documents` with part 一 opening on a stock lead (`lead` of kStockLeads) in place of the
/// body's own: the rest of the part (its subsections from （一）) stays.
void openWithStockLead(std::vector<NarrativeDocument>& documents, std::size_t lead)
{
    for (NarrativeDocument& document : documents) {
        NarrativePart& overview = document.parts.front();
        const qsizetype first = overview.text.indexOf(u"（一）");
        QVERIFY(first > 0);
        overview.text = kStockLeads.at(lead).arg(document.year).arg(document.agency) +
                        QLatin1Char('\n') + overview.text.mid(first);
        overview.span = {0, overview.text.size()};
    }
}
} // namespace

class TestCopyDetector : public QObject {
    Q_OBJECT

private slots:
    void plantedCopiesAreFound_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2") << quint64(2);
        QTest::newRow("seed 3") << quint64(3);
    }

    void plantedCopiesAreFound()
    {
        QFETCH(quint64, seed);
        synth::CorpusOptions options;
        options.bodies = 1000;
        options.years = {2022, 2023};
        options.copyRate = 0.05;
        const synth::NarrativeCorpus corpus = synth::narrativeCorpus(options, seed);
        QCOMPARE(corpus.planted.size(), std::size_t(100));

        const SimilarityThresholds thresholds;
        const Boilerplate boilerplate =
            Boilerplate::learn(corpus.documents, TemplateRegistry::builtin(), thresholds);
        const CopyDetection detection = detectCopies(corpus.documents, boilerplate, thresholds);

        std::set<std::tuple<int, int, QString>> found;
        for (const CopyMatch& match : detection.matches) {
            found.insert({match.document, match.other, match.unit.key});
        }
        std::set<std::pair<int, int>> plantedPairs;
        std::set<int> involved;
        int judgeable = 0;
        int recalled = 0;
        QStringList missed;
        for (const synth::PlantedCopy& planted : corpus.planted) {
            plantedPairs.insert(
                {std::min(planted.copy, planted.source), std::max(planted.copy, planted.source)});
            involved.insert(planted.copy);
            involved.insert(planted.source);
            if (ownCharactersOf(planted, corpus, boilerplate, thresholds) <
                thresholds.minOwnCharacters) {
                continue; // too little text of its own to judge: not a finding by design
            }
            ++judgeable;
            if (found.contains({planted.copy, planted.source, planted.unit})) {
                ++recalled;
            } else {
                missed.append(QStringLiteral("%1 ← %2 (%3)")
                                  .arg(planted.copy)
                                  .arg(planted.source)
                                  .arg(planted.unit));
            }
        }
        qInfo("%d planted copies, %d of them in parts with text enough to judge, %d of those "
              "found",
              int(corpus.planted.size()), judgeable, recalled);
        // Nearly every planted copy is judged, and at least 99 % of those are found.
        QVERIFY2(judgeable >= 95, qPrintable(QString::number(judgeable)));
        QVERIFY2(recalled * 100 >= judgeable * 99, qPrintable(missed.join(u", ")));

        // False alarms: findings on reports that neither copied nor were copied.
        std::set<int> falselyFlagged;
        for (const CopyMatch& match : detection.matches) {
            const std::pair<int, int> pair{std::min(match.document, match.other),
                                           std::max(match.document, match.other)};
            if (!plantedPairs.contains(pair)) {
                falselyFlagged.insert(match.document);
            }
        }
        const auto independent = corpus.documents.size() - involved.size();
        qInfo("%d of %d independent reports flagged", int(falselyFlagged.size()), int(independent));
        QVERIFY(falselyFlagged.size() * 100 < independent);
    }

    void matchesSayWhoCopiedWhomAndWhere()
    {
        synth::CorpusOptions options;
        options.bodies = 600;
        options.copyRate = 0.05;
        const synth::NarrativeCorpus corpus = synth::narrativeCorpus(options, 11);
        const SimilarityThresholds thresholds;
        const Boilerplate boilerplate =
            Boilerplate::learn(corpus.documents, TemplateRegistry::builtin(), thresholds);
        const CopyDetection detection = detectCopies(corpus.documents, boilerplate, thresholds);
        int checked = 0;
        for (const synth::PlantedCopy& planted : corpus.planted) {
            const auto ofCopy = std::find_if(
                detection.matches.begin(), detection.matches.end(), [&](const CopyMatch& match) {
                    return match.document == planted.copy && match.other == planted.source;
                });
            const auto ofSource = std::find_if(
                detection.matches.begin(), detection.matches.end(), [&](const CopyMatch& match) {
                    return match.document == planted.source && match.other == planted.copy;
                });
            if (ofCopy == detection.matches.end()) {
                continue;
            }
            ++checked;
            if (planted.ownEarlierYear) {
                // Last year's report is not flagged for being copied by this year's.
                QCOMPARE(ofCopy->relation, CopyRelation::OwnEarlierYear);
                QVERIFY(ofSource == detection.matches.end());
            } else {
                QCOMPARE(ofCopy->relation, CopyRelation::SameYear);
            }
            QVERIFY(ofCopy->share >= thresholds.copiedShare && ofCopy->share <= 1.0);
            QVERIFY(!ofCopy->passages.empty());
            // Each passage lies in the unit, and its two sides share text.
            const NarrativeDocument& copy = corpus.documents[std::size_t(planted.copy)];
            const NarrativeDocument& source = corpus.documents[std::size_t(planted.source)];
            for (const SharedPassage& passage : ofCopy->passages) {
                QCOMPARE(passage.part, ofCopy->unit.part);
                QVERIFY(passage.span.start >= ofCopy->unit.start &&
                        passage.span.end <= ofCopy->unit.end && passage.span.length() > 0);
                const QString here = copy.parts[std::size_t(passage.part)].text.mid(
                    passage.span.start, passage.span.length());
                const QString there = source.parts[std::size_t(passage.otherPart)].text.mid(
                    passage.otherSpan.start, passage.otherSpan.length());
                QVERIFY2(
                    sharesAPassage(here, there, copy.agency, source.agency, thresholds.minPassage),
                    qPrintable(here + QStringLiteral(" | ") + there));
            }
        }
        QVERIFY(checked >= 20);
    }

    void smallBatchesShareTheirStockOpeningWithoutAlarm_data()
    {
        QTest::addColumn<int>("bodies");
        QTest::addColumn<quint64>("seed");
        for (const int bodies : {3, 4, 6, 10, 15, 19}) {
            for (const quint64 seed : {11, 12}) {
                QTest::addRow("%d reports, seed %d", bodies, int(seed)) << bodies << seed;
            }
        }
    }

    void smallBatchesShareTheirStockOpeningWithoutAlarm()
    {
        // Too few reports to learn a template by its share of the batch: every one opens
        // part 一 with the same lead built of stock formulae; the rest is each body's own.
        QFETCH(int, bodies);
        QFETCH(quint64, seed);
        synth::CorpusOptions options;
        options.bodies = bodies;
        options.years = {2023};
        options.copyRate = 0;
        synth::NarrativeCorpus corpus = synth::narrativeCorpus(options, seed);
        openWithStockLead(corpus.documents, seed % 2);
        const SimilarityThresholds thresholds;
        const Boilerplate boilerplate =
            Boilerplate::learn(corpus.documents, TemplateRegistry::builtin(), thresholds);
        const CopyDetection detection = detectCopies(corpus.documents, boilerplate, thresholds);
        QStringList alarms;
        for (const CopyMatch& match : detection.matches) {
            alarms.append(QStringLiteral("%1 ~ %2 (%3, %4)")
                              .arg(match.document)
                              .arg(match.other)
                              .arg(match.unit.key)
                              .arg(match.share));
        }
        QVERIFY2(alarms.isEmpty(), qPrintable(alarms.join(u"; ")));

        // Without the rule for small batches the same batch alarms: the test can fail.
        SimilarityThresholds without = thresholds;
        without.commonStockMinBodies = bodies + 1;
        const Boilerplate formatsOnly =
            Boilerplate::learn(corpus.documents, TemplateRegistry::builtin(), without);
        QVERIFY(!detectCopies(corpus.documents, formatsOnly, without).matches.empty());
    }

    void smallBatchesStillFindRealCopies_data()
    {
        QTest::addColumn<int>("bodies");
        QTest::addColumn<quint64>("seed");
        for (const int bodies : {3, 5, 8, 12, 19}) {
            for (const quint64 seed : {21, 22, 23}) {
                QTest::addRow("%d bodies, seed %d", bodies, int(seed)) << bodies << seed;
            }
        }
    }

    void smallBatchesStillFindRealCopies()
    {
        // One body copies a part or subsection of another's (or of its own last year's)
        // report, lightly edited; every report opens on the same stock lead.
        QFETCH(int, bodies);
        QFETCH(quint64, seed);
        synth::CorpusOptions options;
        options.bodies = bodies;
        options.years = {2022, 2023};
        options.copyRate = 1.0 / (2 * bodies);
        synth::NarrativeCorpus corpus = synth::narrativeCorpus(options, seed);
        QCOMPARE(corpus.planted.size(), std::size_t(1));
        openWithStockLead(corpus.documents, seed % 2);
        const SimilarityThresholds thresholds;
        const Boilerplate boilerplate =
            Boilerplate::learn(corpus.documents, TemplateRegistry::builtin(), thresholds);
        const synth::PlantedCopy& planted = corpus.planted.front();
        if (ownCharactersOf(planted, corpus, boilerplate, thresholds) <
            thresholds.minOwnCharacters) {
            QSKIP("the copied unit has too little text of its own to judge");
        }
        const CopyDetection detection = detectCopies(corpus.documents, boilerplate, thresholds);
        bool found = false;
        for (const CopyMatch& match : detection.matches) {
            found = found || (match.document == planted.copy && match.other == planted.source &&
                              match.unit.key == planted.unit);
            // Nothing else: the stock lead is no copy of anyone's.
            const std::pair<int, int> pair{std::min(match.document, match.other),
                                           std::max(match.document, match.other)};
            QCOMPARE(pair, std::pair(std::min(planted.copy, planted.source),
                                     std::max(planted.copy, planted.source)));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 ← %2 (%3) not found")
                                       .arg(planted.copy)
                                       .arg(planted.source)
                                       .arg(planted.unit)));
    }

    void stockSentencesAreNoCopy()
    {
        // Every report written with the report generator's fixed choice of sentences: the
        // batch learns them as boilerplate, so no two reports are copies of each other.
        synth::CorpusOptions options;
        options.bodies = 500;
        options.copyRate = 0;
        options.formulaicShare = 1.0;
        const synth::NarrativeCorpus corpus = synth::narrativeCorpus(options, 5);
        const SimilarityThresholds thresholds;
        const Boilerplate boilerplate =
            Boilerplate::learn(corpus.documents, TemplateRegistry::builtin(), thresholds);
        QVERIFY(boilerplate.learntCount() > 500);
        const CopyDetection detection = detectCopies(corpus.documents, boilerplate, thresholds);
        QCOMPARE(detection.matches.size(), std::size_t(0));
    }

    void theSameTextIsACopyWhoeverHasIt()
    {
        const Boilerplate boilerplate = Boilerplate::fromFormats(TemplateRegistry::builtin(), 4);
        const SimilarityThresholds thresholds;
        const QString overview = QStringLiteral("（一）主动公开情况\n") + kOwnText +
                                 QStringLiteral("\n（二）依申请公开情况\n") + kOtherText;
        const std::vector<NarrativeDocument> documents = {
            report(QStringLiteral("青禾县交通运输局"), 2023, overview),
            report(QStringLiteral("临江市财政局"), 2023, overview),
            // The first body next year, copying itself; another body last year.
            report(QStringLiteral("青禾县交通运输局"), 2024, overview),
            report(QStringLiteral("白泉县民政局"), 2022, overview),
        };
        const CopyDetection detection = detectCopies(documents, boilerplate, thresholds);
        std::set<std::tuple<int, int, QString, CopyRelation>> matches;
        for (const CopyMatch& match : detection.matches) {
            // The whole part matches: its subsections are not listed again.
            QVERIFY(match.unit.wholePart);
            QCOMPARE(match.share, 1.0);
            matches.insert({match.document, match.other, match.unit.key, match.relation});
        }
        const QString overviewKey = QStringLiteral("overview");
        const std::set<std::tuple<int, int, QString, CopyRelation>> expected = {
            {0, 1, overviewKey, CopyRelation::SameYear},
            {1, 0, overviewKey, CopyRelation::SameYear},
            {2, 0, overviewKey, CopyRelation::OwnEarlierYear},
        };
        // Body 3 (2022) is compared with nobody: another body in another year.
        QVERIFY(matches == expected);
    }

    void aCopiedSubsectionIsNamed()
    {
        const Boilerplate boilerplate = Boilerplate::fromFormats(TemplateRegistry::builtin(), 4);
        const SimilarityThresholds thresholds;
        const QString first = QStringLiteral("（一）主动公开情况\n") + kOwnText +
                              QStringLiteral("\n（二）依申请公开情况\n") + kOtherText;
        // The second report has its own subsection （一） and copies （二）.
        const QString second =
            QStringLiteral("（一）主动公开情况\n") +
            QStringLiteral("2023年，我镇开展政策进村入户宣讲，共走访农户二百余户，"
                           "发放明白纸一千二百份，解答群众关于宅基地审批的疑问。"
                           "在集镇醒目位置新设公开栏两处，每月更新。") +
            QStringLiteral("\n（二）依申请公开情况\n") + kOtherText;
        const std::vector<NarrativeDocument> documents = {
            report(QStringLiteral("青禾县交通运输局"), 2023, first),
            report(QStringLiteral("望川县白泉镇人民政府"), 2023, second),
        };
        const CopyDetection detection = detectCopies(documents, boilerplate, thresholds);
        QCOMPARE(detection.matches.size(), std::size_t(2));
        for (const CopyMatch& match : detection.matches) {
            QCOMPARE(match.unit.key, QStringLiteral("overview.2"));
            QCOMPARE(match.unit.heading, QStringLiteral("（二）依申请公开情况"));
        }
        // The findings name the part, the share, and the other report.
        const std::vector<Finding> findings = copiedTextFindings(1, detection, documents);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].rule, QString(kCopiedTextRule));
        QCOMPARE(findings[0].severity, Severity::Warning);
        const QString english = findings[0].message(false);
        QVERIFY2(english.contains(QStringLiteral("Overview, （二）依申请公开情况")) &&
                     english.contains(QStringLiteral("100 %")) &&
                     english.contains(QStringLiteral("青禾县交通运输局")) &&
                     english.contains(QStringLiteral("2023")),
                 qPrintable(english));
        const QString chinese = findings[0].message(true);
        QVERIFY2(chinese.contains(QStringLiteral("总体情况（二）依申请公开情况")) &&
                     chinese.contains(QStringLiteral("青禾县交通运输局")),
                 qPrintable(chinese));
    }

    void theShareThresholdIsTheSupervisors()
    {
        const Boilerplate boilerplate = Boilerplate::fromFormats(TemplateRegistry::builtin(), 4);
        // Half of the second report's part is the first's text, half its own.
        const std::vector<NarrativeDocument> documents = {
            report(QStringLiteral("青禾县交通运输局"), 2023, kOwnText),
            report(QStringLiteral("临江市财政局"), 2023, kOwnText + kOtherText),
        };
        SimilarityThresholds thresholds;
        thresholds.copiedShare = 0.8;
        CopyDetection detection = detectCopies(documents, boilerplate, thresholds);
        // The first report's part lies wholly in the second; the second is half its own.
        QCOMPARE(detection.matches.size(), std::size_t(1));
        QCOMPARE(detection.matches[0].document, 0);
        thresholds.copiedShare = 0.4;
        detection = detectCopies(documents, boilerplate, thresholds);
        QCOMPARE(detection.matches.size(), std::size_t(2));
        QVERIFY(detection.matches[1].share > 0.4 && detection.matches[1].share < 0.6);
    }

    void shortOrEmptyNarrativesAreNotJudged()
    {
        const Boilerplate boilerplate = Boilerplate::fromFormats(TemplateRegistry::builtin(), 4);
        const SimilarityThresholds thresholds;
        QVERIFY(detectCopies({}, boilerplate, thresholds).matches.empty());
        const QString brief =
            QStringLiteral("2023年，我局未收到政府信息公开申请。无其他需要报告的事项。");
        std::vector<NarrativeDocument> documents = {
            report(QStringLiteral("青禾县交通运输局"), 2023, brief),
            report(QStringLiteral("临江市财政局"), 2023, brief),
            report(QStringLiteral("白泉县民政局"), 2023, QString()),
        };
        documents.push_back(NarrativeDocument{});
        const CopyDetection detection = detectCopies(documents, boilerplate, thresholds);
        QVERIFY(detection.matches.empty());
        QCOMPARE(detection.statistics.documents, std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestCopyDetector)
#include "tst_copydetector.moc"
