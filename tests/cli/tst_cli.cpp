#include "clirunner.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using test::runCli;

namespace {

QString seed(int index)
{
    return test::seedFiles().at(index);
}

QJsonObject parseObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qFatal("not a JSON object: %s", qUtf8Printable(error.errorString()));
    }
    return document.object();
}

} // namespace

/// nianbao-cli as scripts use it: exit codes, JSON shapes and error lines of cli-json.md, and a
/// clear error naming the file for every kind of bad input.
class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qUtf8Printable(file.fileName()));
        }
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void oneFileGivesOneObjectWithEveryCell()
    {
        const auto run = runCli({QStringLiteral("extract"), QStringLiteral("--json"), seed(1)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = parseObject(run.out);
        QCOMPARE(report.value(u"file").toString(), seed(1));
        QCOMPARE(report.value(u"format").toString(), QStringLiteral("text"));
        QCOMPARE(report.value(u"encoding").toString(), QStringLiteral("UTF-8"));
        QCOMPARE(report.value(u"template").toString(), QStringLiteral("2021"));
        const QJsonObject meta = report.value(u"meta").toObject();
        QCOMPARE(meta.value(u"agency").toString(), QStringLiteral("河北省机关事务管理局"));
        QCOMPARE(meta.value(u"year").toInt(), 2022);
        const QJsonObject cells = report.value(u"cells").toObject();
        QCOMPARE(cells.size(), 200);
        const QJsonObject fees = cells.value(u"t2.fees.amount").toObject();
        QCOMPARE(fees.value(u"value").toDouble(), 1016.72);
        QCOMPARE(fees.value(u"raw").toString(), QStringLiteral("1016.72"));
        QCOMPARE(fees.value(u"confidence").toDouble(), 1.0);
        QCOMPARE(fees.value(u"span").toArray().size(), 2);
        QVERIFY(report.value(u"issues").isArray());
        for (const QJsonValue& issue : report.value(u"issues").toArray()) {
            const QJsonObject o = issue.toObject();
            QVERIFY(!o.value(u"rule").toString().isEmpty());
            QVERIFY(QStringList({QStringLiteral("error"), QStringLiteral("warning"),
                                 QStringLiteral("note")})
                        .contains(o.value(u"severity").toString()));
            QVERIFY(o.value(u"cells").isArray());
            QVERIFY(!o.value(u"message").toString().isEmpty());
        }
    }

    void severalFilesGiveAnArray()
    {
        const auto run = runCli({QStringLiteral("extract"), seed(0), seed(2)});
        QCOMPARE(run.exitCode, 0);
        const QJsonDocument document = QJsonDocument::fromJson(run.out);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 2);
        QCOMPARE(document.array().at(1).toObject().value(u"template").toString(),
                 QStringLiteral("2019"));
    }

    void spansIndexCodePointsOfTheTextCommandsOutput()
    {
        // A character outside the Basic Multilingual Plane before the tables: UTF-16 offsets
        // and code point offsets differ from there on.
        QByteArray bytes = test::readData(QStringLiteral("seeds/001_28e9e1e79668edf7.txt"));
        bytes.prepend(QStringLiteral("𠀀𠀁 附注\n").toUtf8());
        const QString path = write(QStringLiteral("astral.txt"), bytes);
        const auto text = runCli({QStringLiteral("text"), path});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, bytes);
        const QList<uint> codePoints = QString::fromUtf8(text.out).toUcs4();
        const auto run = runCli({QStringLiteral("extract"), path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject cells = parseObject(run.out).value(u"cells").toObject();
        int checked = 0;
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const QJsonObject cell = it.value().toObject();
            const QJsonArray span = cell.value(u"span").toArray();
            if (span.isEmpty()) {
                continue;
            }
            const QList<uint> slice =
                codePoints.mid(span.at(0).toInt(), span.at(1).toInt() - span.at(0).toInt());
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(slice.constData()),
                                       slice.size()),
                     cell.value(u"raw").toString());
            ++checked;
        }
        QVERIFY(checked > 150);
    }

    void aMissingFileFailsButTheOthersAreWritten()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        const auto run = runCli({QStringLiteral("extract"), missing, seed(0)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("nianbao-cli: %1: ").arg(missing)),
                 qPrintable(run.err));
        const QJsonDocument document = QJsonDocument::fromJson(run.out);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 1);
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("extract without files") << QStringList{QStringLiteral("extract")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("extract"), QStringLiteral("--colour"), seed(0)};
        QTest::newRow("text without file") << QStringList{QStringLiteral("text")};
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const auto run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void badInputsGetAClearErrorNamingTheFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray()
                               << QStringLiteral("empty");
        QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4000; ++i) {
            binary.append(static_cast<char>((i * 7919) % 256));
        }
        QTest::newRow("binary") << QStringLiteral("image.txt") << binary
                                << QStringLiteral("binary");
        QTest::newRow("no tables")
            << QStringLiteral("prose.txt")
            << QStringLiteral("一、总体情况\n本年度我单位认真落实政务公开工作。\n").toUtf8()
            << QStringLiteral("no statistical tables");
        QTest::newRow("shift-jis")
            << QStringLiteral("japanese.txt")
            << QByteArray(QStringEncoder("Shift_JIS")
                              .encode(QStringLiteral("これは日本語の文書です。表はありません。"
                                                     "政府情報公開の年次報告ではありません。")))
            << QStringLiteral("encoding");
    }

    void badInputsGetAClearErrorNamingTheFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = write(name, bytes);
        const auto run = runCli({QStringLiteral("extract"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("nianbao-cli: %1: ").arg(path)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(reason, Qt::CaseInsensitive), qPrintable(run.err));
    }

    void aHugeFileIsRefusedWithoutReadingIt()
    {
        QFile file(m_dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50LL * 1024 * 1024));
        file.close();
        const auto run = runCli({QStringLiteral("extract"), file.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(file.fileName()) && run.err.contains(QStringLiteral("50.0")),
                 qPrintable(run.err));
    }

    void gbkTextIsReadLikeUtf8()
    {
        const QByteArray utf8 = test::readData(QStringLiteral("seeds/001_28e9e1e79668edf7.txt"));
        const QByteArray gbk =
            QByteArray(QStringEncoder("GB18030").encode(QString::fromUtf8(utf8)));
        const QString path = write(QStringLiteral("gbk.txt"), gbk);
        const auto fromGbk = runCli({QStringLiteral("extract"), path});
        const auto fromUtf8 = runCli({QStringLiteral("extract"), seed(1)});
        QCOMPARE(fromGbk.exitCode, 0);
        const QJsonObject a = parseObject(fromGbk.out);
        const QJsonObject b = parseObject(fromUtf8.out);
        QCOMPARE(a.value(u"encoding").toString(), QStringLiteral("GB18030"));
        QCOMPARE(a.value(u"cells"), b.value(u"cells"));
    }

    void aTruncatedReportKeepsWhatItHasAndSaysWhatIsMissing()
    {
        // Cut in the middle of table 3, inside a multi-byte character.
        const QByteArray utf8 = test::readData(QStringLiteral("seeds/001_28e9e1e79668edf7.txt"));
        const qsizetype cut = utf8.indexOf(QStringLiteral("4.保护第三方").toUtf8()) + 4;
        const QString path = write(QStringLiteral("truncated.txt"), utf8.left(cut));
        const auto run = runCli({QStringLiteral("extract"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(path) && run.err.contains(QStringLiteral("Table 4")),
                 qPrintable(run.err));
        const QJsonObject report = parseObject(run.out);
        QCOMPARE(report.value(u"cells")
                     .toObject()
                     .value(u"t2.fees.amount")
                     .toObject()
                     .value(u"value")
                     .toDouble(),
                 1016.72);
        QVERIFY(report.value(u"cells")
                    .toObject()
                    .value(u"t4.review.total")
                    .toObject()
                    .value(u"value")
                    .isNull());
        bool tableMissing = false;
        for (const QJsonValue& issue : report.value(u"issues").toArray()) {
            tableMissing = tableMissing || issue.toObject().value(u"rule").toString() ==
                                               QStringLiteral("extract.table_missing");
        }
        QVERIFY(tableMissing);
    }

    void textPrintsTheDecodedContent()
    {
        const auto run = runCli({QStringLiteral("text"), seed(3)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, test::readData(QStringLiteral("seeds/003_98673c0005e40d22.txt")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
