// The building blocks of copy detection: comparable text (what survives copying), the units a
// narrative is judged in, passages and alignment, MinHash signatures, and the boilerplate the
// format data and the batch make.

#include "supervision/similarity/boilerplate.h"
#include "supervision/similarity/comparabletext.h"
#include "supervision/similarity/minhash.h"
#include "supervision/similarity/narrativeunits.h"
#include "supervision/similarity/passages.h"
#include "supervision/similarity/shingles.h"
#include "templates/templateregistry.h"

#include <QTest>

#include <random>

using namespace nianbao;
using namespace nianbao::supervision;

namespace {

QString comparable(const QString& text, const QString& agency = {})
{
    const ComparableTextBuilder builder(ComparableTextBuilder::ownNames(agency));
    const ComparableText built = builder.build(text);
    return QString::fromStdU16String(built.chars());
}

std::u16string u16(const QString& text)
{
    return text.toStdU16String();
}

NarrativePart part(const QString& key, const QString& text)
{
    NarrativePart made;
    made.key = key;
    made.text = text;
    made.span = {0, text.size()};
    return made;
}

/// A set of `size` random shingle hashes.
std::vector<quint64> randomSet(std::mt19937_64& random, std::size_t size)
{
    std::vector<quint64> set(size);
    for (quint64& value : set) {
        value = mix64(random());
    }
    return set;
}

} // namespace

class TestComparableText : public QObject {
    Q_OBJECT

private slots:
    void keepsWhatSurvivesCopying()
    {
        // Spaces, punctuation and full-width forms go; figures become one mark each.
        QCOMPARE(comparable(QStringLiteral("全年收到申请 ３,119 件，答复 2 件。")),
                 QStringLiteral("全年收到申请#件答复#件"));
        QCOMPARE(comparable(QStringLiteral("ABC 公开，Ｄe")), QStringLiteral("abc公开de"));
        // ⑴ is "(1)": the bracket goes, the digit is a figure.
        QCOMPARE(comparable(QStringLiteral("⑴主动公开")), QStringLiteral("#主动公开"));
    }

    void masksTheBodysNamesAndSelfReferences()
    {
        const QString agency = QStringLiteral("淮安市洪泽区人民政府");
        QCOMPARE(ComparableTextBuilder::ownNames(agency),
                 QStringList({agency, QStringLiteral("洪泽区人民政府")}));
        QCOMPARE(
            comparable(QStringLiteral("淮安市洪泽区人民政府认真落实，洪泽区人民政府办公室牵头，"
                                      "我区、本机关和我局均参与。"),
                       agency),
            QStringLiteral("@认真落实@办公室牵头@@和@均参与"));
        // Another body's name stays: a copier who forgot to change it shows it.
        QCOMPARE(comparable(QStringLiteral("青禾县人民政府"), agency),
                 QStringLiteral("青禾县人民政府"));
        // 本年, 本报告 are not self-references.
        QCOMPARE(comparable(QStringLiteral("本年度本报告")), QStringLiteral("本年度本报告"));
    }

    void remembersWhereEachCharacterCameFrom()
    {
        const QString text = QStringLiteral("我局 全年发布 1,234 条。");
        const ComparableTextBuilder builder(ComparableTextBuilder::ownNames(QString()));
        const ComparableText built = builder.build(text);
        QCOMPARE(QString::fromStdU16String(built.chars()), QStringLiteral("@全年发布#条"));
        // '@' stands for 我局, '#' for "1,234".
        QCOMPARE(text.mid(built.sourceStart(0), built.sourceEnd(0) - built.sourceStart(0)),
                 QStringLiteral("我局"));
        QCOMPARE(text.mid(built.sourceStart(5), built.sourceEnd(5) - built.sourceStart(5)),
                 QStringLiteral("1,234"));
        QCOMPARE(text.mid(built.sourceStart(6), 1), QStringLiteral("条"));
        QCOMPARE(built.firstFrom(text.indexOf(u'发'), 0, built.size()), 3);
    }

    void splitsPartOneIntoItsSubsections()
    {
        const QString overview = QStringLiteral(
            "2023年，我局认真贯彻落实条例。\n（一）主动公开情况\n全年公开信息。\n"
            "(二)依申请公开情况\n收到申请。其中（四）不予公开1件。\n（三）平台建设\n优化网站。");
        const std::vector<NarrativeUnit> units =
            narrativeUnits({part(QStringLiteral("overview"), overview),
                            part(QStringLiteral("problems"), QStringLiteral("无。"))});
        QStringList keys;
        for (const NarrativeUnit& unit : units) {
            keys.append(unit.key);
        }
        // （四） in the middle of a sentence is no subsection; the numbers must run in order.
        QCOMPARE(keys, QStringList({QStringLiteral("overview"), QStringLiteral("overview.0"),
                                    QStringLiteral("overview.1"), QStringLiteral("overview.2"),
                                    QStringLiteral("overview.3"), QStringLiteral("problems")}));
        QCOMPARE(units[3].heading, QStringLiteral("(二)依申请公开情况"));
        QCOMPARE(overview.mid(units[3].start, units[3].end - units[3].start),
                 QStringLiteral("(二)依申请公开情况\n收到申请。其中（四）不予公开1件。\n"));
        QVERIFY(units[0].wholePart);
        QVERIFY(!units[1].wholePart);
    }

    void aSingleNumberedParagraphIsNoSubsection()
    {
        const std::vector<NarrativeUnit> units = narrativeUnits(
            {part(QStringLiteral("problems"), QStringLiteral("（一）存在的问题：更新不及时。"))});
        QCOMPARE(units.size(), std::size_t(1));
    }

    void findsPassagesBothTextsShare()
    {
        const std::u16string a = u16(QStringLiteral("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未"));
        const std::u16string b = u16(QStringLiteral("天地玄黄甲乙丙丁戊己庚辛壬癸宇宙洪荒"));
        const std::vector<Passage> passages = sharedPassages(a, b, 8);
        QCOMPARE(passages.size(), std::size_t(1));
        QCOMPARE(passages[0].aStart, 0);
        QCOMPARE(passages[0].bStart, 4);
        QCOMPARE(passages[0].length, 10);
        // Shorter agreements are no passage.
        QVERIFY(sharedPassages(a, b, 11).empty());
    }

    void bridgesLightEditsBetweenPassages()
    {
        // One word swapped (持续 → 不断) in the middle of a copied sentence.
        const std::u16string source =
            u16(QStringLiteral("我局围绕乡村振兴持续推进政策文件公开并制作图解材料十二期"));
        const std::u16string copy =
            u16(QStringLiteral("我局围绕乡村振兴不断推进政策文件公开并制作图解材料十二期"));
        const Alignment alignment = alignTexts(copy, source, 8, 20);
        QCOMPARE(alignment.regions.size(), std::size_t(1));
        const auto matched = std::count(alignment.matchedA.begin(), alignment.matchedA.end(), 1);
        QCOMPARE(matched, qsizetype(copy.size()) - 2);
        // Too far apart to be one edited stretch: two regions, the gap not matched.
        const Alignment strict = alignTexts(copy, source, 8, 1);
        QCOMPARE(strict.regions.size(), std::size_t(2));
    }

    void separatorsEndPassages()
    {
        std::u16string a = u16(QStringLiteral("甲乙丙丁戊己"));
        a.push_back(ComparableText::kSeparatorA);
        a += u16(QStringLiteral("庚辛壬癸"));
        std::u16string b = u16(QStringLiteral("甲乙丙丁戊己"));
        b.push_back(ComparableText::kSeparatorB);
        b += u16(QStringLiteral("庚辛壬癸"));
        const std::vector<Passage> passages = sharedPassages(a, b, 4);
        QCOMPARE(passages.size(), std::size_t(2));
        QCOMPARE(passages[0].length, 6);
    }

    void signaturesAgreeAsOftenAsTheSetsOverlap()
    {
        // Sets of different sizes with known Jaccard similarity: the share of agreeing
        // positions estimates it, small sets included (densification).
        std::mt19937_64 random(7);
        const MinHasher hasher(128);
        for (const std::size_t size : {std::size_t(20), std::size_t(60), std::size_t(600)}) {
            for (const double jaccard : {0.2, 0.5, 0.8}) {
                double total = 0;
                constexpr int trials = 40;
                for (int trial = 0; trial < trials; ++trial) {
                    // |A ∩ B| = c, |A| = |B| = size: J = c / (2 size - c).
                    const auto common =
                        std::size_t(std::lround(2.0 * double(size) * jaccard / (1.0 + jaccard)));
                    std::vector<quint64> shared = randomSet(random, common);
                    std::vector<quint64> a = shared;
                    std::vector<quint64> b = shared;
                    const std::vector<quint64> onlyA = randomSet(random, size - common);
                    const std::vector<quint64> onlyB = randomSet(random, size - common);
                    a.insert(a.end(), onlyA.begin(), onlyA.end());
                    b.insert(b.end(), onlyB.begin(), onlyB.end());
                    std::vector<quint16> sa(128);
                    std::vector<quint16> sb(128);
                    QVERIFY(hasher.signature(a, sa.data()));
                    QVERIFY(hasher.signature(b, sb.data()));
                    total += signatureAgreement(sa.data(), sb.data(), 128);
                }
                const double estimate = total / trials;
                QVERIFY2(std::abs(estimate - jaccard) < 0.06,
                         qPrintable(QStringLiteral("size %1, J %2: estimated %3")
                                        .arg(size)
                                        .arg(jaccard)
                                        .arg(estimate)));
            }
        }
        std::vector<quint16> unused(128, 7);
        QVERIFY(!hasher.signature({}, unused.data()));
        QCOMPARE(unused[0], quint16(7));
    }

    void theFormatDataIsBoilerplate()
    {
        const QStringList phrases = Boilerplate::formatPhrases(TemplateRegistry::builtin());
        QVERIFY(phrases.contains(QStringLiteral("其他需要报告的事项")));
        QVERIFY(phrases.contains(QStringLiteral(
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")));
        QVERIFY(phrases.contains(QStringLiteral("行政规范性文件")));

        const Boilerplate boilerplate = Boilerplate::fromFormats(TemplateRegistry::builtin(), 4);
        const ComparableTextBuilder builder;
        std::vector<quint64> windows;
        const ComparableText note = builder.build(
            QStringLiteral("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"));
        windowHashes(note.chars(), 4, windows);
        const std::vector<quint8> own = boilerplate.ownCharacters(windows, note.chars().size());
        QCOMPARE(std::count(own.begin(), own.end(), 1), qsizetype(0));

        const ComparableText body =
            builder.build(QStringLiteral("在白泉社区设立查阅点三处，由专人值守。"));
        windowHashes(body.chars(), 4, windows);
        const std::vector<quint8> ownBody = boilerplate.ownCharacters(windows, body.chars().size());
        QCOMPARE(std::count(ownBody.begin(), ownBody.end(), 1), qsizetype(body.size()));
    }

    void whatMuchOfTheBatchWritesIsBoilerplate()
    {
        // 400 reports: every one opens with the same sentence, one in ten shares a second one,
        // and each has a sentence of its own.
        std::vector<NarrativeDocument> documents;
        const QString opening = QStringLiteral("坚持以习近平新时代中国特色社会主义思想为指导，认真"
                                               "贯彻落实党中央国务院关于全面推进政务公"
                                               "开的决策部署。");
        const QString common = QStringLiteral("严格落实信息发布保密审查制度，未发生泄密事件。");
        std::mt19937 random(3);
        for (int i = 0; i < 400; ++i) {
            QString own;
            for (int c = 0; c < 12; ++c) {
                own += QChar(char16_t(0x4E00 + random() % 20000));
            }
            NarrativeDocument document;
            document.body = QString::number(i);
            document.year = 2023;
            document.parts.push_back(part(QStringLiteral("overview"),
                                          opening + (i % 10 == 0 ? common : QString()) + own));
            documents.push_back(document);
        }
        SimilarityThresholds thresholds;
        thresholds.templateShare = 0.05; // 20 of 400
        const Boilerplate boilerplate =
            Boilerplate::learn(documents, TemplateRegistry::builtin(), thresholds);
        QCOMPARE(boilerplate.reportsRead(), 400);
        const auto ownOf = [&](const QString& text) {
            const ComparableText built = ComparableTextBuilder().build(text);
            std::vector<quint64> windows;
            windowHashes(built.chars(), 4, windows);
            const std::vector<quint8> own =
                boilerplate.ownCharacters(windows, built.chars().size());
            return std::count(own.begin(), own.end(), 1);
        };
        QCOMPARE(ownOf(opening), qsizetype(0));
        // In 40 of 400 reports (10 % ≥ 5 %): boilerplate too.
        QCOMPARE(ownOf(common), qsizetype(0));
        // Asking for 20 % of the batch (80 reports), the sentence 40 share is not.
        thresholds.templateShare = 0.2;
        const Boilerplate stricter =
            Boilerplate::learn(documents, TemplateRegistry::builtin(), thresholds);
        const ComparableText built = ComparableTextBuilder().build(common);
        std::vector<quint64> windows;
        windowHashes(built.chars(), 4, windows);
        const std::vector<quint8> own = stricter.ownCharacters(windows, built.chars().size());
        QVERIFY(std::count(own.begin(), own.end(), 1) > 0);
    }
};

QTEST_GUILESS_MAIN(TestComparableText)
#include "tst_comparabletext.moc"
