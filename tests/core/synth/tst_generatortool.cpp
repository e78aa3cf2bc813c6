// nianbao-gen, the command-line face of the generator: what it writes, how it refuses bad
// arguments, and that the bundled samples are what it writes today.

#include "synth/reportgenerator.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
};

Run runTool(const QStringList& arguments)
{
    QProcess process;
    process.start(QDir(test::binDir()).filePath(QStringLiteral("nianbao-gen")), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        run.errors = process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString decodedUtf8(const QByteArray& bytes, bool* ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    *ok = !decoder.hasError();
    return text;
}

QStringList files(const QDir& dir, const QString& pattern)
{
    return dir.entryList({pattern}, QDir::Files, QDir::Name);
}

} // namespace

class TestGeneratorTool : public QObject {
    Q_OBJECT

private slots:
    void writesTheReportsAskedWithTheirExpectations()
    {
        QTemporaryDir out;
        const Run run =
            runTool({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--count"),
                     QStringLiteral("5"), QStringLiteral("--out"), out.path(),
                     QStringLiteral("--expected")});
        QCOMPARE(run.exitCode, 0);
        const QDir dir(out.path());
        const QStringList reports = files(dir, QStringLiteral("*.txt"));
        QCOMPARE(reports.size(), 5);
        QCOMPARE(files(dir, QStringLiteral("*.expected.json")).size(), 5);
        QStringList shapes;
        for (const QString& name : reports) {
            bool utf8 = false;
            const QString text = decodedUtf8(contents(dir.filePath(name)), &utf8);
            QVERIFY2(utf8 && !text.isEmpty(), qPrintable(name));
            QString jsonName = name;
            jsonName.replace(QStringLiteral(".txt"), QStringLiteral(".expected.json"));
            const QJsonObject expected =
                QJsonDocument::fromJson(contents(dir.filePath(jsonName))).object();
            QVERIFY2(name.contains(expected.value(u"shape").toString()), qPrintable(name));
            shapes.append(expected.value(u"shape").toString());
            const QJsonObject cells = expected.value(u"cells").toObject();
            const QJsonObject printed = expected.value(u"printed").toObject();
            QVERIFY(cells.size() > 150);
            QVERIFY(text.contains(expected.value(u"agency").toString()));
            const QJsonObject extras = expected.value(u"extras").toObject();
            const QJsonObject spans = expected.value(u"spans").toObject();
            for (auto it = printed.begin(); it != printed.end(); ++it) {
                QVERIFY(cells.contains(it.key()) || extras.contains(it.key()));
                if (it.value().toString().isEmpty()) {
                    continue; // blank
                }
                const QJsonArray span = spans.value(it.key()).toArray();
                QCOMPARE(span.size(), 2);
                const auto start = qsizetype(span.at(0).toInteger());
                const auto end = qsizetype(span.at(1).toInteger());
                QCOMPARE(text.mid(start, end - start), it.value().toString());
            }
        }
        shapes.removeDuplicates();
        QCOMPARE(shapes.size(), 5); // every shape in turn
    }

    void sameSeedSameFiles()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const QStringList common = {QStringLiteral("--seed"),         QStringLiteral("77"),
                                    QStringLiteral("--count"),        QStringLiteral("3"),
                                    QStringLiteral("--difficulties"), QStringLiteral("all"),
                                    QStringLiteral("--shape"),        QStringLiteral("glued")};
        QCOMPARE(runTool(common + QStringList{QStringLiteral("--out"), first.path()}).exitCode, 0);
        QCOMPARE(runTool(common + QStringList{QStringLiteral("--out"), second.path()}).exitCode, 0);
        const QStringList names = files(QDir(first.path()), QStringLiteral("*.txt"));
        QCOMPARE(names.size(), 3);
        QCOMPARE(files(QDir(second.path()), QStringLiteral("*.txt")), names);
        for (const QString& name : names) {
            QCOMPARE(contents(QDir(first.path()).filePath(name)),
                     contents(QDir(second.path()).filePath(name)));
        }
    }

    void badArgumentsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("count") << QStringList{QStringLiteral("--count"), QStringLiteral("many")}
                               << QStringLiteral("many");
        QTest::newRow("shape") << QStringList{QStringLiteral("--shape"), QStringLiteral("pdf")}
                               << QStringLiteral("pdf");
        QTest::newRow("template") << QStringList{QStringLiteral("--template"),
                                                 QStringLiteral("1999")}
                                  << QStringLiteral("1999");
        QTest::newRow("difficulties")
            << QStringList{QStringLiteral("--difficulties"), QStringLiteral("some")}
            << QStringLiteral("some");
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-3")}
                              << QStringLiteral("-3");
    }

    void badArgumentsAreRefusedWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QTemporaryDir out;
        const Run run = runTool(arguments + QStringList{QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errors.startsWith(QStringLiteral("nianbao-gen: ")), qPrintable(run.errors));
        QVERIFY2(run.errors.contains(named), qPrintable(run.errors));
        QVERIFY(files(QDir(out.path()), QStringLiteral("*.txt")).isEmpty());

        const Run noOut = runTool({QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.errors.contains(QStringLiteral("--out")));
    }

    void bundledSamplesAreWhatTheToolWrites()
    {
        QTemporaryDir out;
        const Run run = runTool({QStringLiteral("--samples"), QStringLiteral("--seed"),
                                 QStringLiteral("2024"), QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        const QDir written(out.path());
        const QDir bundled(test::dataPath(QStringLiteral("../../resources/samples/generated")));
        const QStringList names = files(written, QStringLiteral("*.txt"));
        QCOMPARE(names.size(), 25);
        QSet<int> years;
        for (const QString& name : names) {
            bool utf8 = false;
            const QString text = decodedUtf8(contents(written.filePath(name)), &utf8);
            QVERIFY(utf8);
            const QStringList lines = text.split(u'\n');
            // Clearly generated: the first line says so, and so does the body's name.
            QCOMPARE(lines.first(), QStringLiteral("【Nianbao 生成的示例报告，数据为虚构】"));
            QVERIFY2(text.contains(QStringLiteral("虚构")) && text.contains(QStringLiteral("生成")),
                     qPrintable(name));
            years.insert(name.section(u'-', 2, 2).section(u'.', 0, 0).toInt());
            QVERIFY2(contents(written.filePath(name)) == contents(bundled.filePath(name)),
                     qPrintable(QStringLiteral("resources/samples/generated/%1 is not what the "
                                               "generator writes: regenerate it as "
                                               "resources/samples/README.md says")
                                    .arg(name)));
        }
        QVERIFY(years.contains(2019) && years.contains(2020) && years.contains(2024));
        QCOMPARE(files(bundled, QStringLiteral("*.txt")), names);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorTool)
#include "tst_generatortool.moc"
