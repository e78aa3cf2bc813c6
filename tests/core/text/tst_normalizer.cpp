#include "testdata.h"
#include "text/normalizer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace nianbao;

namespace {

QString fromUcs4(std::u32string_view codePoints)
{
    return QString::fromUcs4(codePoints.data(), static_cast<qsizetype>(codePoints.size()));
}

QString readUtf8(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qUtf8Printable(path));
    }
    return QString::fromUtf8(file.readAll());
}

QString visible(const QString& text)
{
    QString shown;
    for (const QChar c : text) {
        shown += c.unicode() >= 0x20 && c.unicode() < 0x7F
                     ? QString(c)
                     : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return shown;
}

/// Checks that every normalised unit maps back faithfully: ranges lie in the original,
/// never go backwards, and each stretch of the original normalises, on its own, to exactly
/// the units that map to it; what no unit maps to normalises to nothing (zero-width
/// characters). Together these say the map is monotone and covers the original.
void verifyMapping(const NormalizedText& normalized, const QString& original)
{
    const qsizetype size = normalized.size();
    QCOMPARE(normalized.sourceStart(size), original.size());
    QCOMPARE(normalized.sourceEnd(size), original.size());
    qsizetype covered = 0; // the original up to here is accounted for
    qsizetype group = 0;   // the first unit mapping to the current source range
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype start = normalized.sourceStart(i);
        const qsizetype end = normalized.sourceEnd(i);
        QVERIFY2(start >= covered && start < end && end <= original.size(),
                 qPrintable(QStringLiteral("unit %1 maps to [%2, %3)").arg(i).arg(start).arg(end)));
        const bool groupEnds = i + 1 == size || normalized.sourceStart(i + 1) != start ||
                               normalized.sourceEnd(i + 1) != end;
        if (!groupEnds) {
            continue;
        }
        const QString gap = original.mid(covered, start - covered);
        QVERIFY2(NormalizedText(gap).text().isEmpty(), qPrintable(visible(gap)));
        QCOMPARE(visible(NormalizedText(original.mid(start, end - start)).text()),
                 visible(normalized.text().mid(group, i + 1 - group)));
        covered = end;
        group = i + 1;
    }
    const QString tail = original.mid(covered);
    QVERIFY2(NormalizedText(tail).text().isEmpty(), qPrintable(visible(tail)));
}

/// For every normalised range [i, j), the original range sourceRange(i, j) is what lies
/// behind it: normalising it gives [i, j) widened to whole source characters.
void verifyEveryRange(const NormalizedText& normalized, const QString& original)
{
    const qsizetype size = normalized.size();
    for (qsizetype i = 0; i < size; ++i) {
        qsizetype first = i; // widened to the start of its source character
        while (first > 0 && normalized.sourceStart(first - 1) == normalized.sourceStart(i)) {
            --first;
        }
        for (qsizetype j = i + 1; j <= size; ++j) {
            qsizetype last = j; // widened to the end of its source character
            while (last < size && normalized.sourceEnd(last) == normalized.sourceEnd(j - 1)) {
                ++last;
            }
            const auto [start, end] = normalized.sourceRange(i, j);
            QCOMPARE(start, normalized.sourceStart(i));
            QCOMPARE(end, normalized.sourceEnd(j - 1));
            const QString behind = original.mid(start, end - start);
            QCOMPARE(visible(NormalizedText(behind).text()),
                     visible(normalized.text().mid(first, last - first)));
        }
    }
}

} // namespace

class TestNormalizer : public QObject {
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QString& original, const QString& expected) {
            QTest::newRow(name) << original << expected;
        };
        row("full-width digits", QStringLiteral("１２３４５件"), QStringLiteral("12345件"));
        row("full-width brackets", QStringLiteral("（一）【注】"), QStringLiteral("(一)【注】"));
        row("full-width comma, colon, minus", QStringLiteral("合计：１，２３４；－５"),
            QStringLiteral("合计:1,234;-5"));
        row("ideographic space", QStringLiteral("\u3000\u3000一、总体"),
            QStringLiteral("  一、总体"));
        row("no-break and other spaces", QStringLiteral("12\u00A0件\u2002\u2009\u202F了"),
            QStringLiteral("12 件   了"));
        row("zero-width characters", QStringLiteral("1\u200B2\u200C3\u200D4\u20605"),
            QStringLiteral("12345"));
        row("BOM", QStringLiteral("\uFEFF标题\uFEFF"), QStringLiteral("标题"));
        row("soft hyphen", QStringLiteral("行政\u00AD复议"), QStringLiteral("行政复议"));
        row("CRLF and CR", QStringLiteral("a\r\nb\rc\n\r\n\r"), QStringLiteral("a\nb\nc\n\n\n"));
        row("line and paragraph separators", QStringLiteral("a\u2028b\u2029c\u0085d"),
            QStringLiteral("a\nb\nc\nd"));
        row("tabs and newlines kept", QStringLiteral("一\t二\n三\t\t4"),
            QStringLiteral("一\t二\n三\t\t4"));
        row("parenthesised numbers", QStringLiteral("⑴⑵⑽"), QStringLiteral("(1)(2)(10)"));
        row("circled numbers", QStringLiteral("①②⑰"), QStringLiteral("1217"));
        row("numbers with full stop", QStringLiteral("⒈⒉"), QStringLiteral("1.2."));
        row("Roman numeral", QStringLiteral("Ⅲ"), QStringLiteral("III"));
        row("units", QStringLiteral("50㎡ 3℃"), QStringLiteral("50m2 3°C"));
        row("CJK compatibility ideographs", QStringLiteral("\uF900\uF9F2"),
            QStringLiteral("\u8C48\u9C57"));
        row("Kangxi radicals", QStringLiteral("\u2F00\u2F08"), QStringLiteral("一人"));
        row("supplementary compatibility ideograph", fromUcs4(U"\U0002F800年"),
            QStringLiteral("\u4E3D年"));
        row("extension B kept", fromUcs4(U"\U00020000\U0002A6D6"),
            fromUcs4(U"\U00020000\U0002A6D6"));
        row("Chinese punctuation kept", QStringLiteral("、。《》“”〔〕—"),
            QStringLiteral("、。《》“”〔〕—"));
        row("lone surrogate kept", QString(QChar(0xD800)) + QStringLiteral("x"),
            QString(QChar(0xD800)) + QStringLiteral("x"));
        row("empty", QString(), QString());
    }

    void rules()
    {
        QFETCH(QString, original);
        QFETCH(QString, expected);
        const NormalizedText normalized(original);
        QCOMPARE(visible(normalized.text()), visible(expected));
        QCOMPARE(normalized.size(), expected.size());
        verifyMapping(normalized, original);
        verifyEveryRange(normalized, original);
    }

    void rangesMapBack_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("found");  ///< a stretch of the normalised text
        QTest::addColumn<QString>("behind"); ///< the original text it must map back to
        const auto row = [](const char* name, const QString& original, const QString& found,
                            const QString& behind) {
            QTest::newRow(name) << original << found << behind;
        };
        row("full-width number", QStringLiteral("合计：１２３件"), QStringLiteral("123"),
            QStringLiteral("１２３"));
        row("full-width colon", QStringLiteral("合计：１２３件"), QStringLiteral(":"),
            QStringLiteral("："));
        row("inside an expansion", QStringLiteral("第⑴项"), QStringLiteral("1"),
            QStringLiteral("⑴"));
        row("a whole expansion", QStringLiteral("第⑴项"), QStringLiteral("(1)"),
            QStringLiteral("⑴"));
        row("across an expansion", QStringLiteral("第⑴项"), QStringLiteral("1)项"),
            QStringLiteral("⑴项"));
        row("over a dropped character", QStringLiteral("1\u200B2"), QStringLiteral("12"),
            QStringLiteral("1\u200B2"));
        row("CRLF", QStringLiteral("a\r\nb"), QStringLiteral("\n"), QStringLiteral("\r\n"));
        row("across CRLF", QStringLiteral("a\r\nb"), QStringLiteral("a\nb"),
            QStringLiteral("a\r\nb"));
        row("ideographic spaces", QStringLiteral("\u3000\u3000一"), QStringLiteral("  一"),
            QStringLiteral("\u3000\u3000一"));
        row("surrogate pair", fromUcs4(U"x\U0002F800y"), QStringLiteral("\u4E3Dy"),
            fromUcs4(U"\U0002F800y"));
    }

    void rangesMapBack()
    {
        QFETCH(QString, original);
        QFETCH(QString, found);
        QFETCH(QString, behind);
        const NormalizedText normalized(original);
        const qsizetype at = normalized.text().indexOf(found);
        QVERIFY(at >= 0);
        const auto [start, end] = normalized.sourceRange(at, at + found.size());
        QCOMPARE(visible(original.mid(start, end - start)), visible(behind));
    }

    void emptyRangeMapsToAPoint()
    {
        const QString original = QStringLiteral("合计：１２");
        const NormalizedText normalized(original);
        QCOMPARE(normalized.sourceRange(3, 3), std::make_pair(qsizetype(3), qsizetype(3)));
        QCOMPARE(normalized.sourceRange(normalized.size(), normalized.size()),
                 std::make_pair(original.size(), original.size()));
        const NormalizedText nothing;
        QCOMPARE(nothing.size(), 0);
        QCOMPARE(nothing.sourceStart(0), 0);
        QCOMPARE(nothing.sourceRange(0, 0), std::make_pair(qsizetype(0), qsizetype(0)));
    }

    void randomTextsMapMonotonicallyAndCoverTheOriginal()
    {
        // Every kind of character the rules treat differently, and a few they leave alone.
        const QStringList alphabet = {
            QStringLiteral("a"),      QStringLiteral("7"),      QStringLiteral(" "),
            QStringLiteral("\t"),     QStringLiteral("\n"),     QStringLiteral("\r"),
            QStringLiteral("一"),     QStringLiteral("国"),     QStringLiteral("１"),
            QStringLiteral("（"),     QStringLiteral("，"),     QStringLiteral("\u3000"),
            QStringLiteral("\u00A0"), QStringLiteral("\u200B"), QStringLiteral("\uFEFF"),
            QStringLiteral("\u00AD"), QStringLiteral("⑴"),      QStringLiteral("①"),
            QStringLiteral("⒈"),      QStringLiteral("\uF900"), QStringLiteral("\u2F00"),
            QStringLiteral("\u0301"), QStringLiteral("\uFDFA"), QStringLiteral("℃"),
            QStringLiteral("\u2028"), QStringLiteral("、"),     QStringLiteral("—"),
            fromUcs4(U"\U00020000"),  fromUcs4(U"\U0002F800"),  QString(QChar(0xD800)),
            QString(QChar(0xDC00)),
        };
        const int runs = qEnvironmentVariableIntValue("NIANBAO_PROPERTY_RUNS") > 0
                             ? qEnvironmentVariableIntValue("NIANBAO_PROPERTY_RUNS")
                             : 2000;
        QRandomGenerator random(20240601);
        for (int run = 0; run < runs; ++run) {
            QString original;
            const int length = random.bounded(0, 40);
            for (int k = 0; k < length; ++k) {
                original += alphabet.at(random.bounded(alphabet.size()));
            }
            const NormalizedText normalized(original);
            verifyMapping(normalized, original);
            if (QTest::currentTestFailed()) {
                qWarning("run %d, original: %s", run, qPrintable(visible(original)));
                return;
            }
            // Normalising twice changes nothing more.
            QCOMPARE(visible(NormalizedText(normalized.text()).text()), visible(normalized.text()));
        }
    }

    void reportsNormalise_data()
    {
        QTest::addColumn<QString>("path");
        QStringList files = test::seedFiles();
        files += test::sharedRealFiles();
        for (const QString& path : std::as_const(files)) {
            QTest::newRow(qPrintable(path.section(QLatin1Char('/'), -1))) << path;
        }
    }

    void reportsNormalise()
    {
        QFETCH(QString, path);
        const QString original = readUtf8(path);
        const NormalizedText normalized(original);
        verifyMapping(normalized, original);
        const QString& text = normalized.text();
        QVERIFY(!text.contains(QChar(0x3000)));
        QVERIFY(!text.contains(QLatin1Char('\r')));
        QVERIFY(std::none_of(text.begin(), text.end(), [](QChar c) {
            return c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E;
        }));
        // What the rules do not touch stays: the Chinese of the report.
        const auto chinese = [](const QString& s) {
            return std::count_if(s.begin(), s.end(), [](QChar c) {
                return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
            });
        };
        QCOMPARE(chinese(text), chinese(original));
    }
};

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
