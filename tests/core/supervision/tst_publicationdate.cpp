// When a report was published, from its text (labelled dates, a date line near the title or
// at the end) or its file's metadata; never the statistics period.

#include "supervision/coverage/publicationdate.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace nianbao;
using namespace nianbao::supervision;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {

QString spanText(const QString& text, const PublicationDate& found)
{
    return text.mid(found.span->start, found.span->length());
}

const QString kPeriod =
    QStringLiteral("本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，"
                   "请联系（电话：0517-87222589）。\n");

/// The parts of a report between its title and its end, on lines of their own.
const QString kBody = QStringLiteral(
    "一、总体情况\n2023年，我县认真贯彻落实《条例》。\n二、主动公开政府信息情况\n（表略）\n"
    "三、收到和处理政府信息公开申请情况\n（表略）\n四、政府信息公开行政复议、行政诉讼情况\n"
    "（表略）\n五、存在的主要问题及改进情况\n一是更新不够及时。\n");

} // namespace

class TestPublicationDate : public QObject {
    Q_OBJECT

private slots:
    void findsTheDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<int>>("year");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("printed");

        QTest::newRow("web page header")
            << QStringLiteral("平潭综合实验区2021年度政府信息公开工作年度报告 来源：平潭县人民政府 "
                              "时间：2022-02-08 16:34 微信 微博\n") +
                   kPeriod
            << std::optional<int>(2021) << QDate(2022, 2, 8) << int(DateSource::Label)
            << QStringLiteral("2022-02-08");
        QTest::newRow("发布日期 before 时间")
            << QStringLiteral("时间：2024-03-01\n") + kPeriod +
                   QStringLiteral("发布日期：2024年1月29日\n")
            << std::optional<int>(2023) << QDate(2024, 1, 29) << int(DateSource::Label)
            << QStringLiteral("2024年1月29日");
        QTest::newRow("full-width")
            << QStringLiteral("发布时间：２０２４年０１月２６日\n") + kPeriod
            << std::optional<int>(2023) << QDate(2024, 1, 26) << int(DateSource::Label)
            << QStringLiteral("２０２４年０１月２６日");
        QTest::newRow("date line under the title")
            << QStringLiteral("青禾县人民政府\n2023年政府信息公开工作年度报告\n2024/01/25\n") +
                   kPeriod + kBody
            << std::optional<int>(2023) << QDate(2024, 1, 25) << int(DateSource::TitleLine)
            << QStringLiteral("2024/01/25");
        QTest::newRow("closing line, spaced PDF text")
            << kPeriod + kBody +
                   QStringLiteral("六、其他需要报告的事项\n无。\n\n      青禾县人民政府办公室\n"
                                  "      2024 年 1 月 30 日\n\n        -5-\n")
            << std::optional<int>(2023) << QDate(2024, 1, 30) << int(DateSource::ClosingLine)
            << QStringLiteral("2024 年 1 月 30 日");
        QTest::newRow("closing line in Chinese numerals")
            << kPeriod + kBody + QStringLiteral("青禾县人民政府办公室\n二〇二四年二月十八日\n")
            << std::optional<int>(2023) << QDate(2024, 2, 18) << int(DateSource::ClosingLine)
            << QStringLiteral("二〇二四年二月十八日");
        QTest::newRow("the document's own date")
            << kPeriod + QStringLiteral("成文日期：2024-01-20\n") << std::optional<int>(2023)
            << QDate(2024, 1, 20) << int(DateSource::DocumentDate) << QStringLiteral("2024-01-20");
        QTest::newRow("year unknown")
            << QStringLiteral("发布时间：2019-02-01 09:00\n") << std::optional<int>()
            << QDate(2019, 2, 1) << int(DateSource::Label) << QStringLiteral("2019-02-01");
    }

    void findsTheDate()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<int>, year);
        QFETCH(QDate, date);
        QFETCH(int, source);
        QFETCH(QString, printed);
        const auto found = publicationDateInText(text, year);
        QVERIFY(found);
        QCOMPARE(found->date, date);
        QCOMPARE(int(found->source), source);
        QVERIFY(found->span);
        QCOMPARE(spanText(text, *found), printed);
    }

    void findsNoDateWhereThereIsNone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("statistics period only") << kPeriod;
        QTest::newRow("a period on lines of their own")
            << QStringLiteral("2023年1月1日\n至\n2023年12月31日\n");
        QTest::newRow("within the reported year") << QStringLiteral("时间：2023-06-01\n") + kPeriod;
        QTest::newRow("impossible date") << QStringLiteral("发布日期：2024-02-30\n");
        QTest::newRow("years later") << QStringLiteral("发布日期：2031-02-03\n");
        QTest::newRow("a figure, not a date") << QStringLiteral("2024年，结转至2025年6件。\n");
        QTest::newRow("empty") << QString();
    }

    void findsNoDateWhereThereIsNone()
    {
        QFETCH(QString, text);
        const auto found = publicationDateInText(text, 2023);
        QVERIFY2(!found, qPrintable(found ? found->date.toString(Qt::ISODate) : QString()));
    }

    void readsFileMetadata()
    {
        const QByteArray page =
            "<html><head><meta name=\"ArticleTitle\" content=\"x\"/>"
            "<meta name=\"PubDate\" content=\"2024-03-10 12:56\"/></head><body></body></html>";
        auto found = publicationDateInFile(page, 2023);
        QVERIFY(found);
        QCOMPARE(found->date, QDate(2024, 3, 10));
        QCOMPARE(found->source, DateSource::FileMetadata);
        QCOMPARE(found->label, QStringLiteral("PubDate"));

        const QByteArray pdf = "%PDF-1.7\n1 0 obj\n<< /Producer (WPS) /CreationDate "
                               "(D:20240226080023+08'00') >>\nendobj\n%%EOF";
        found = publicationDateInFile(pdf, 2023);
        QVERIFY(found);
        QCOMPARE(found->date, QDate(2024, 2, 26));
        // The file made before the year ended is no publication date of its report.
        QVERIFY(!publicationDateInFile(pdf, 2024));
        QVERIFY(!publicationDateInFile(QByteArray("plain text"), 2023));
        QVERIFY(!publicationDateInFile(QByteArray("PK\x03\x04 broken", 11), 2023));
    }

    void theMostTrustedDateWins()
    {
        const PublicationDate text{QDate(2024, 1, 30), DateSource::ClosingLine, {}, {}};
        const PublicationDate file{QDate(2024, 1, 2), DateSource::FileMetadata, {}, {}};
        QCOMPARE(bestPublicationDate(file, text), text);
        QCOMPARE(bestPublicationDate(text, std::nullopt), text);
        QCOMPARE(bestPublicationDate(std::nullopt, file), file);
        const PublicationDate reviewer{QDate(2024, 2, 9), DateSource::Reviewer, {}, {}};
        QCOMPARE(bestPublicationDate(text, reviewer), reviewer);
    }

    void realReports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("date");
        // The dates the published files give (facts read off them); the others give none.
        QTest::newRow("002") << QStringLiteral("002.txt") << 2019 << QDate();
        QTest::newRow("003") << QStringLiteral("003.txt") << 2020 << QDate();
        QTest::newRow("004") << QStringLiteral("004.txt") << 2021 << QDate(2022, 2, 8);
        QTest::newRow("005") << QStringLiteral("005.txt") << 2022 << QDate();
        QTest::newRow("006") << QStringLiteral("006.txt") << 2023 << QDate();
        QTest::newRow("007") << QStringLiteral("007.txt") << 2024 << QDate();
        QTest::newRow("008") << QStringLiteral("008.txt") << 2025 << QDate();
        QTest::newRow("009") << QStringLiteral("009.txt") << 2023 << QDate();
        QTest::newRow("010") << QStringLiteral("010.txt") << 2024 << QDate();
        QTest::newRow("011") << QStringLiteral("011.txt") << 2024 << QDate();
        QTest::newRow("008.html") << QStringLiteral("008.html") << 2025 << QDate(2026, 3, 10);
        QTest::newRow("009.pdf") << QStringLiteral("009.pdf") << 2023 << QDate(2024, 2, 26);
    }

    void realReports()
    {
        QFETCH(QString, file);
        QFETCH(int, year);
        QFETCH(QDate, date);
        const QString dir = test::sharedRealDir();
        if (dir.isEmpty()) {
            QSKIP("../shared/real is not here");
        }
        const QString path = dir + QLatin1Char('/') + file;
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        std::optional<PublicationDate> found;
        if (file.endsWith(QLatin1String(".txt"))) {
            found = publicationDateInText(QString::fromUtf8(bytes), year);
        } else {
            found = publicationDateInFile(bytes, year);
        }
        QCOMPARE(found ? found->date : QDate(), date);
    }
};

QTEST_GUILESS_MAIN(TestPublicationDate)
#include "tst_publicationdate.moc"
