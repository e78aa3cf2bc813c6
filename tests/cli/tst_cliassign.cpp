// nianbao-cli assign, progress and list --assignee/--unassigned over an archive of the seed
// reports, on both back ends: assigning by id or by filter, reassigning, unassigning, the
// progress table and JSON, and arguments refused before anything is written.

#include "clirunner.h"
#include "testbackend.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

namespace {

const QString kAnna = QStringLiteral("安娜");
const QString kBo = QStringLiteral("薄");
const QString kChief = QStringLiteral("--by=科长");

} // namespace

class TestCliAssign : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_archive;
    QList<qint64> m_ids;

    [[nodiscard]] test::CliRun run(const QString& command, const QStringList& arguments) const
    {
        return test::runCli(QStringList{command, QStringLiteral("--db"), m_archive} + arguments);
    }

    [[nodiscard]] QList<qint64> listedIds(const QStringList& filter) const
    {
        const test::CliRun list =
            run(QStringLiteral("list"), QStringList{QStringLiteral("--json")} + filter);
        QList<qint64> ids;
        for (const QJsonValue& row : QJsonDocument::fromJson(list.out).array()) {
            ids.append(row.toObject().value(u"id").toInteger());
        }
        return ids;
    }

    /// progress --json as reviewer (null: "") → [reports, pending, reviewed, doubtful].
    [[nodiscard]] QMap<QString, QList<qint64>> progress() const
    {
        const test::CliRun shown = run(QStringLiteral("progress"), {QStringLiteral("--json")});
        QMap<QString, QList<qint64>> rows;
        for (const QJsonValue& value : QJsonDocument::fromJson(shown.out).array()) {
            const QJsonObject row = value.toObject();
            rows.insert(row.value(u"reviewer").toString(),
                        {row.value(u"reports").toInteger(), row.value(u"pending").toInteger(),
                         row.value(u"reviewed").toInteger(), row.value(u"doubtful").toInteger()});
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
        m_archive = test::freshArchiveLocation(m_dir.path(), QStringLiteral("assign.sqlite"));
        const test::CliRun imported =
            run(QStringLiteral("import"), {test::dataPath(QStringLiteral("seeds"))});
        QCOMPARE(imported.exitCode, 0);
        m_ids = listedIds({});
        QCOMPARE(m_ids.size(), 5);
    }

    void badArgumentsAssignNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString id = QString::number(m_ids.front());
        QTest::newRow("no reviewer") << QStringList{kChief, id} << QStringLiteral("--to");
        QTest::newRow("both") << QStringList{kChief, QStringLiteral("--to=") + kAnna,
                                             QStringLiteral("--unassign"), id}
                              << QStringLiteral("--unassign");
        QTest::newRow("no assigner")
            << QStringList{QStringLiteral("--to=") + kAnna, id} << QStringLiteral("--by");
        QTest::newRow("nothing chosen")
            << QStringList{kChief, QStringLiteral("--to=") + kAnna} << QStringLiteral("filter");
        QTest::newRow("ids and filter") << QStringList{kChief, QStringLiteral("--to=") + kAnna,
                                                       QStringLiteral("--year=2022"), id}
                                        << QStringLiteral("filter");
        QTest::newRow("not an id")
            << QStringList{kChief, QStringLiteral("--to=") + kAnna, QStringLiteral("abc")}
            << QStringLiteral("abc");
        QTest::newRow("bad status")
            << QStringList{kChief, QStringLiteral("--to=") + kAnna, QStringLiteral("--status=done")}
            << QStringLiteral("done");
        QTest::newRow("assignee and unassigned")
            << QStringList{kChief, QStringLiteral("--to=") + kAnna,
                           QStringLiteral("--assignee=") + kBo, QStringLiteral("--unassigned")}
            << QStringLiteral("--unassigned");
    }

    void badArgumentsAssignNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const test::CliRun refused = run(QStringLiteral("assign"), arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
        QCOMPARE(progress().value(QString()).value(0), qint64(5));
    }

    void assignsByIdAndByFilter()
    {
        const test::CliRun given =
            run(QStringLiteral("assign"),
                {kChief, QStringLiteral("--to=") + kAnna, QStringLiteral("--json"),
                 QString::number(m_ids[0]), QString::number(m_ids[1])});
        QCOMPARE(given.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(given.out).object();
        QCOMPARE(result.value(u"reviewer").toString(), kAnna);
        QCOMPARE(result.value(u"changed").toInteger(), 2);
        QCOMPARE(result.value(u"reports").toArray().size(), 2);
        QCOMPARE(listedIds({QStringLiteral("--assignee=") + kAnna}),
                 (QList<qint64>{m_ids[0], m_ids[1]}));

        // Every report still unassigned goes to Bo, by filter.
        const test::CliRun rest =
            run(QStringLiteral("assign"),
                {kChief, QStringLiteral("--to=") + kBo, QStringLiteral("--unassigned")});
        QCOMPARE(rest.exitCode, 0);
        QVERIFY2(rest.out.contains("assigned 3 of 3 reports"), rest.out.constData());
        QVERIFY(listedIds({QStringLiteral("--unassigned")}).isEmpty());
        QCOMPARE(listedIds({QStringLiteral("--assignee=") + kBo}).size(), 3);

        // A report moves from Bo to Anna; one is given to nobody.
        QCOMPARE(run(QStringLiteral("assign"),
                     {kChief, QStringLiteral("--to=") + kAnna, QString::number(m_ids[4])})
                     .exitCode,
                 0);
        QCOMPARE(run(QStringLiteral("assign"),
                     {kChief, QStringLiteral("--unassign"), QString::number(m_ids[0])})
                     .exitCode,
                 0);
        QCOMPARE(listedIds({QStringLiteral("--assignee=") + kAnna}),
                 (QList<qint64>{m_ids[1], m_ids[4]}));
        QCOMPARE(listedIds({QStringLiteral("--unassigned")}), (QList<qint64>{m_ids[0]}));

        // A missing report refuses the whole batch.
        const test::CliRun missing =
            run(QStringLiteral("assign"), {kChief, QStringLiteral("--to=") + kBo,
                                           QString::number(m_ids[0]), QStringLiteral("99999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("99999")), qPrintable(missing.err));
        QCOMPARE(listedIds({QStringLiteral("--unassigned")}), (QList<qint64>{m_ids[0]}));
    }

    void progressCountsByReviewerAndStatus()
    {
        QCOMPARE(
            run(QStringLiteral("status"), {QStringLiteral("--reviewer=") + kAnna,
                                           QString::number(m_ids[1]), QStringLiteral("doubtful")})
                .exitCode,
            0);
        const QMap<QString, QList<qint64>> rows = progress();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.value(kAnna), (QList<qint64>{2, 1, 0, 1}));
        QCOMPARE(rows.value(kBo), (QList<qint64>{2, 2, 0, 0}));
        QCOMPARE(rows.value(QString()), (QList<qint64>{1, 1, 0, 0}));
        const test::CliRun table = run(QStringLiteral("progress"), {});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(kAnna.toUtf8()), table.out.constData());
        QVERIFY2(table.out.contains("(unassigned)"), table.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAssign)
#include "tst_cliassign.moc"
