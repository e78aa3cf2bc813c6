// nianbao-cli correct, accept, decide, status and history over an archive of the seed reports,
// run as a script runs them: each change through the review session, refused arguments with
// exit code 2 and nothing written, refused changes with exit code 1.

#include "clirunner.h"
#include "store/archive.h"
#include "testbackend.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;

namespace {

const QString kReviewer = QStringLiteral("王审核");
const QString kCell = QStringLiteral("t3.new.natural");

QJsonObject parseObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qFatal("not a JSON object: %s\n%s", qUtf8Printable(error.errorString()), json.constData());
    }
    return document.object();
}

} // namespace

class TestCliReview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_archive;
    /// The seed reports' ids, in import order, and the id of 卫北办事处's (short rows).
    QList<ReportId> m_ids;
    ReportId m_shortRows = 0;

    test::CliRun run(const QString& command, const QStringList& arguments) const
    {
        QProcessEnvironment environment = test::cliEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return test::runCli(QStringList{command, QStringLiteral("--db"), m_archive} + arguments,
                            environment);
    }

    /// A write command with the reviewer and --json.
    QJsonObject change(const QString& command, const QStringList& arguments) const
    {
        const test::CliRun done = run(command, QStringList{QStringLiteral("--reviewer"), kReviewer,
                                                           QStringLiteral("--json")} +
                                                   arguments);
        if (done.exitCode != 0) {
            qFatal("%s failed (%d): %s", qPrintable(command), done.exitCode, qPrintable(done.err));
        }
        return parseObject(done.out);
    }

    /// How many rows of history the archive holds, over every report.
    qsizetype historyRows() const
    {
        Result<std::unique_ptr<Archive>> archive = Archive::open(m_archive);
        if (!archive) {
            qFatal("cannot open the archive");
        }
        qsizetype rows = 0;
        for (const ReportId id : m_ids) {
            const Result<ReportHistory> history = (*archive)->reportHistory(id);
            rows += qsizetype(history->corrections.size() + history->decisions.size() +
                              history->changes.size());
        }
        return rows;
    }

    QJsonObject listed(ReportId id) const
    {
        const test::CliRun list = run(QStringLiteral("list"), {QStringLiteral("--json")});
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        for (const QJsonValue& row : rows) {
            if (row.toObject().value(u"id").toInteger() == id) {
                return row.toObject();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
        m_archive = test::freshArchiveLocation(m_dir.path(), QStringLiteral("review.sqlite"));
        const test::CliRun imported =
            run(QStringLiteral("import"), {test::dataPath(QStringLiteral("seeds"))});
        QCOMPARE(imported.exitCode, 0);
        const test::CliRun list = run(QStringLiteral("list"), {QStringLiteral("--json")});
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue& row : rows) {
            m_ids.append(row.toObject().value(u"id").toInteger());
            if (row.toObject().value(u"agency").toString().contains(QStringLiteral("卫北"))) {
                m_shortRows = m_ids.back();
            }
        }
        QVERIFY(m_shortRows != 0);
    }

    void badArgumentsWriteNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString id = QString::number(m_ids.front());
        const QString reviewer = QStringLiteral("--reviewer=") + kReviewer;
        QTest::newRow("no such report")
            << QStringLiteral("correct")
            << QStringList{reviewer, QStringLiteral("99999"), kCell, QStringLiteral("1")} << 2
            << QStringLiteral("99999");
        QTest::newRow("not an id")
            << QStringLiteral("correct")
            << QStringList{reviewer, QStringLiteral("abc"), kCell, QStringLiteral("1")} << 2
            << QStringLiteral("abc");
        QTest::newRow("unknown cell")
            << QStringLiteral("correct")
            << QStringList{reviewer, id, QStringLiteral("t9.no.such"), QStringLiteral("1")} << 2
            << QStringLiteral("t9.no.such");
        QTest::newRow("value does not parse")
            << QStringLiteral("correct")
            << QStringList{reviewer, id, kCell, QStringLiteral("12abc")} << 2
            << QStringLiteral("12abc");
        QTest::newRow("not a year")
            << QStringLiteral("correct")
            << QStringList{reviewer, id, QStringLiteral("year"), QStringLiteral("20x2")} << 2
            << QStringLiteral("20x2");
        QTest::newRow("no reviewer")
            << QStringLiteral("correct") << QStringList{id, kCell, QStringLiteral("1")} << 2
            << QStringLiteral("--reviewer");
        QTest::newRow("too few arguments")
            << QStringLiteral("correct") << QStringList{reviewer, id, kCell} << 2
            << QStringLiteral("usage");
        QTest::newRow("accept unknown cell")
            << QStringLiteral("accept") << QStringList{reviewer, id, QStringLiteral("t3.nothing")}
            << 2 << QStringLiteral("t3.nothing");
        QTest::newRow("candidate zero")
            << QStringLiteral("accept")
            << QStringList{reviewer, QStringLiteral("--candidate=0"), id, kCell} << 2
            << QStringLiteral("--candidate");
        QTest::newRow("candidate the cell lacks")
            << QStringLiteral("accept")
            << QStringList{reviewer, QStringLiteral("--candidate=9"), id, kCell} << 2
            << QStringLiteral("candidate");
        QTest::newRow("unknown verdict")
            << QStringLiteral("decide")
            << QStringList{reviewer, id, QStringLiteral("t3.balance"), QStringLiteral("maybe")} << 2
            << QStringLiteral("maybe");
        QTest::newRow("unknown finding")
            << QStringLiteral("decide")
            << QStringList{reviewer, id, QStringLiteral("t9.rule"), QStringLiteral("confirm")} << 2
            << QStringLiteral("t9.rule");
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QStringList{reviewer, id, QStringLiteral("finished")}
            << 2 << QStringLiteral("finished");
        QTest::newRow("override without reason")
            << QStringLiteral("status")
            << QStringList{reviewer, QStringLiteral("--override"), id, QStringLiteral("reviewed")}
            << 2 << QStringLiteral("--reason");
        QTest::newRow("history of no report")
            << QStringLiteral("history") << QStringList{QStringLiteral("99999")} << 2
            << QStringLiteral("99999");
        QTest::newRow("history of unknown cell")
            << QStringLiteral("history") << QStringList{id, QStringLiteral("t9.no.such")} << 2
            << QStringLiteral("t9.no.such");
    }

    void badArgumentsWriteNothing()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const qsizetype before = historyRows();
        const test::CliRun done = run(command, arguments);
        QCOMPARE(done.exitCode, exitCode);
        QVERIFY2(done.err.startsWith(QLatin1String("nianbao-cli: ")), qPrintable(done.err));
        QVERIFY2(done.err.contains(says), qPrintable(done.err));
        QVERIFY(done.out.isEmpty());
        QCOMPARE(historyRows(), before);
    }

    void correctionIsRecordedCheckedAndInTheHistory()
    {
        const ReportId id = m_ids.at(0);
        const QJsonObject record = change(
            QStringLiteral("correct"), {QStringLiteral("--reason"), QStringLiteral("OCR misread"),
                                        QString::number(id), kCell, QStringLiteral("1,234")});
        QCOMPARE(record.value(u"report_id").toInteger(), id);
        const QJsonObject correction = record.value(u"corrections").toArray().at(0).toObject();
        QCOMPARE(correction.value(u"cell").toString(), kCell);
        QCOMPARE(correction.value(u"new_value").toDouble(), 1234.0);
        QCOMPARE(correction.value(u"reviewer").toString(), kReviewer);
        QCOMPARE(correction.value(u"kind").toString(), QStringLiteral("correction"));
        // 1,234 new requests break the balance of table 3: an error, counted as the list counts.
        bool balance = false;
        for (const QJsonValue& issue : record.value(u"issues").toArray()) {
            balance = balance ||
                      (issue.toObject().value(u"rule").toString() == QStringLiteral("t3.balance") &&
                       issue.toObject().value(u"cells").toArray().contains(kCell));
        }
        QVERIFY(balance);
        const QJsonObject row = listed(id);
        QCOMPARE(row.value(u"open_errors").toInteger(), record.value(u"open_errors").toInteger());
        QCOMPARE(row.value(u"open_issues").toInteger(), record.value(u"open_issues").toInteger());

        const test::CliRun history =
            run(QStringLiteral("history"), {QStringLiteral("--json"), QString::number(id), kCell});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray events = parseObject(history.out).value(u"events").toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(u"reason").toString(),
                 QStringLiteral("OCR misread"));
        const test::CliRun table = run(QStringLiteral("history"), {QString::number(id)});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(QString::fromUtf8(table.out).contains(QStringLiteral("OCR misread")));
        QVERIFY(QString::fromUtf8(table.out).contains(kReviewer));

        // Blank is a value too; the same value twice changes nothing and is refused.
        const QJsonObject blank = change(QStringLiteral("correct"),
                                         {QString::number(id), kCell, QStringLiteral("blank")});
        QVERIFY(
            blank.value(u"corrections").toArray().at(0).toObject().value(u"new_value").isNull());
        const test::CliRun again =
            run(QStringLiteral("correct"), {QStringLiteral("--reviewer"), kReviewer,
                                            QString::number(id), kCell, QStringLiteral("blank")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.startsWith(QLatin1String("nianbao-cli: ")));
    }

    void reviewedNeedsDecidedErrorsOrAnOverride()
    {
        const ReportId id = m_ids.at(1);
        // An error made on purpose, so that there is one to decide.
        const QJsonObject corrected = change(QStringLiteral("correct"),
                                             {QString::number(id), kCell, QStringLiteral("99999")});
        QVERIFY(corrected.value(u"open_errors").toInteger() > 0);
        const test::CliRun refused =
            run(QStringLiteral("status"), {QStringLiteral("--reviewer"), kReviewer,
                                           QString::number(id), QStringLiteral("reviewed")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("undecided")), qPrintable(refused.err));
        QCOMPARE(listed(id).value(u"status").toString(), QStringLiteral("pending"));

        // Confirm the errors one by one, by the id --json gives them.
        QJsonObject last = corrected;
        for (const QJsonValue& issue : corrected.value(u"issues").toArray()) {
            const QJsonObject finding = issue.toObject();
            if (finding.value(u"severity").toString() != QLatin1String("error") ||
                finding.value(u"verdict").toString() != QLatin1String("open")) {
                continue;
            }
            last = change(QStringLiteral("decide"),
                          {QStringLiteral("--reason"), QStringLiteral("printed so"),
                           QString::number(id), finding.value(u"finding").toString(),
                           QStringLiteral("confirm")});
            QCOMPARE(last.value(u"decisions").toArray().at(0).toObject().value(u"verdict"),
                     QJsonValue(QStringLiteral("confirmed")));
        }
        QCOMPARE(last.value(u"open_errors").toInteger(), 0);
        const QJsonObject reviewed =
            change(QStringLiteral("status"), {QString::number(id), QStringLiteral("reviewed")});
        QCOMPARE(reviewed.value(u"status").toString(), QStringLiteral("reviewed"));
        QVERIFY(!reviewed.value(u"changes").toArray().at(0).toObject().value(u"override").toBool());
    }

    void overrideIsRecordedWithItsReason()
    {
        const ReportId id = m_ids.at(2);
        const QJsonObject corrected = change(QStringLiteral("correct"),
                                             {QString::number(id), kCell, QStringLiteral("88888")});
        QVERIFY(corrected.value(u"open_errors").toInteger() > 0);
        const QJsonObject overridden = change(
            QStringLiteral("status"), {QStringLiteral("--override"), QStringLiteral("--reason"),
                                       QStringLiteral("the body confirmed the figures"),
                                       QString::number(id), QStringLiteral("reviewed")});
        const QJsonObject row = overridden.value(u"changes").toArray().at(0).toObject();
        QVERIFY(row.value(u"override").toBool());
        QCOMPARE(row.value(u"reason").toString(), QStringLiteral("the body confirmed the figures"));
        const test::CliRun history =
            run(QStringLiteral("history"), {QStringLiteral("--json"), QString::number(id)});
        const QJsonArray events = parseObject(history.out).value(u"events").toArray();
        QCOMPARE(events.last().toObject().value(u"field").toString(), QStringLiteral("status"));
        QVERIFY(events.last().toObject().value(u"override").toBool());
    }

    void acceptingEveryCellOfAShortRowSettlesItsDoubt()
    {
        // Seed 003 prints six figures for the seven columns of its rows of outcomes.
        const QString id = QString::number(m_shortRows);
        const QJsonObject first =
            change(QStringLiteral("accept"), {id, QStringLiteral("t3.granted.natural")});
        QString fingerprint;
        QStringList cells;
        for (const QJsonValue& issue : first.value(u"issues").toArray()) {
            const QJsonObject finding = issue.toObject();
            const QStringList named = finding.value(u"cells").toVariant().toStringList();
            if (finding.value(u"rule").toString() == QLatin1String("extract.short_row") &&
                named.contains(QStringLiteral("t3.granted.natural"))) {
                fingerprint = finding.value(u"finding").toString();
                cells = named;
            }
        }
        QVERIFY(!fingerprint.isEmpty());
        QJsonObject last = first;
        for (const QString& cell : std::as_const(cells)) {
            if (cell == QLatin1String("t3.granted.natural")) {
                continue;
            }
            QVERIFY(last.value(u"settled").toArray().isEmpty());
            last = change(QStringLiteral("accept"), {id, cell});
            QCOMPARE(last.value(u"corrections").toArray().at(0).toObject().value(u"kind"),
                     QJsonValue(QStringLiteral("acceptance")));
        }
        QCOMPARE(last.value(u"settled").toArray(), QJsonArray{fingerprint});
    }

    void theReportsOwnFieldsAreCorrected()
    {
        const ReportId id = m_ids.at(3);
        const QJsonObject moved =
            change(QStringLiteral("correct"),
                   {QString::number(id), QStringLiteral("year"), QStringLiteral("2019")});
        const QJsonObject row = moved.value(u"changes").toArray().at(0).toObject();
        QCOMPARE(row.value(u"field").toString(), QStringLiteral("year"));
        QCOMPARE(row.value(u"new_value").toString(), QStringLiteral("2019"));
        QCOMPARE(listed(id).value(u"year").toInt(), 2019);
        const QJsonObject agency =
            change(QStringLiteral("correct"),
                   {QString::number(id), QStringLiteral("agency"), QStringLiteral("海南省测试局")});
        QCOMPARE(listed(id).value(u"agency").toString(), QStringLiteral("海南省测试局"));
        // The region the name starts with comes along.
        QCOMPARE(agency.value(u"changes").toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_clireview.moc"
