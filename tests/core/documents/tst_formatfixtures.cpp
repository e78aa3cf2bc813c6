#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

namespace {

QString fixture(const QString& name)
{
    return test::dataPath(QStringLiteral("formats/") + name);
}

QJsonObject expectedFor(const QString& name)
{
    return QJsonDocument::fromJson(
               test::readData(QStringLiteral("formats/%1.expected.json").arg(name)))
        .object();
}

QString errorOf(const Result<Document>& document)
{
    return document ? QString() : document.error().message;
}

/// Every cell against the fixture's expected file; one line per difference.
QStringList differences(const Report& report, const QJsonObject& expected)
{
    QStringList found;
    if (report.templateId != expected.value(u"template").toString()) {
        found.append(QStringLiteral("template ") + report.templateId);
    }
    const QJsonObject cells = expected.value(u"cells").toObject();
    for (auto cell = cells.begin(); cell != cells.end(); ++cell) {
        const std::optional<double> value = report.value(cell.key());
        if (!value || qAbs(*value - cell.value().toDouble()) > 1e-9) {
            found.append(
                QStringLiteral("%1: read %2, expected %3")
                    .arg(cell.key(), value ? QString::number(*value) : QStringLiteral("nothing"))
                    .arg(cell.value().toDouble()));
        }
    }
    return found;
}

} // namespace

/// The committed fixtures of tests/data/formats (written by make_format_fixtures from
/// generated figures): a GBK web page, a Word file with merged cells, a PDF whose table runs
/// over a page break, each read back exactly, by the library and by nianbao-cli; and bad
/// files, each refused with a clear error.
class TestFormatFixtures : public QObject {
    Q_OBJECT

private slots:
    void fixturesReadBackExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("GBK web page") << QStringLiteral("gbk-page.html") << QStringLiteral("html");
        QTest::newRow("Word, merged cells")
            << QStringLiteral("merged-cells.docx") << QStringLiteral("docx");
        QTest::newRow("PDF, two-page table")
            << QStringLiteral("two-page-table.pdf") << QStringLiteral("pdf");
    }

    void fixturesReadBackExactly()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        const Result<Document> document = readDocument(fixture(name));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->format, format);
        const Result<Report> report = extractReport(*document);
        QVERIFY2(report, qUtf8Printable(report ? QString() : report.error().message));
        const QJsonObject expected = expectedFor(name);
        QCOMPARE(qsizetype(report->cells.size()), expected.value(u"cells").toObject().size());
        const QStringList found = differences(*report, expected);
        QVERIFY2(found.isEmpty(), qUtf8Printable(found.join(u'\n')));
    }

    void pdfTableSpansTwoPages()
    {
        const Result<Document> document =
            readDocument(fixture(QStringLiteral("two-page-table.pdf")));
        QVERIFY(document);
        const Result<Report> report = extractReport(*document);
        QVERIFY(report);
        QSet<int> pages;
        for (const Cell& cell : report->cells) {
            if (cell.key.startsWith(u"t3.")) {
                pages.insert(document->pageBoxAt(*cell.span)->page);
            }
        }
        QCOMPARE(pages.size(), 2);
    }

    void theCommandLineReadsEveryFormat_data() { fixturesReadBackExactly_data(); }

    void theCommandLineReadsEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        QProcess cli;
        cli.start(test::binDir() + QStringLiteral("/nianbao-cli"),
                  {QStringLiteral("extract"), QStringLiteral("--json"), fixture(name)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"format").toString(), format);
        const QJsonObject cells = json.value(u"cells").toObject();
        const QJsonObject expected = expectedFor(name).value(u"cells").toObject();
        QCOMPARE(cells.size(), expected.size());
        for (auto cell = expected.begin(); cell != expected.end(); ++cell) {
            QCOMPARE(cells.value(cell.key()).toObject().value(u"value").toDouble(),
                     cell.value().toDouble());
        }
    }

    void badFilesGetClearErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated ZIP") << QStringLiteral("truncated.docx") << ErrorCode::Corrupt
                                       << QStringLiteral("damaged or incomplete");
        QTest::newRow("zip bomb") << QStringLiteral("zip-bomb.docx") << ErrorCode::Corrupt
                                  << QStringLiteral("zip bomb");
        QTest::newRow("encrypted PDF") << QStringLiteral("encrypted.pdf") << ErrorCode::Encrypted
                                       << QStringLiteral("password");
    }

    void badFilesGetClearErrors()
    {
        QFETCH(QString, name);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messagePart);
        const Result<Document> document = readDocument(fixture(name));
        QVERIFY(!document);
        QCOMPARE(document.error().code, code);
        QVERIFY2(document.error().message.contains(messagePart),
                 qUtf8Printable(document.error().message));
    }

    void wordFilesWithoutTablesReadButHoldNoTables()
    {
        const Result<Document> document = readDocument(fixture(QStringLiteral("no-tables.docx")));
        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QVERIFY(document->text.contains(QStringLiteral("本年度未收到政府信息公开申请。")));
        const Result<Report> report = extractReport(*document);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::NoTables);
    }

    void fiftyMegabyteWebPagesHitTheSizeLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::readData(QStringLiteral("formats/gbk-page.html")));
        QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: no disk, no time
        file.close();
        QElapsedTimer timer;
        timer.start();
        const Result<Document> document = readDocument(path);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::TooLarge);
        QVERIFY(timer.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestFormatFixtures)
#include "tst_formatfixtures.moc"
