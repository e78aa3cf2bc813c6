// `nianbao-cli import` and `nianbao-cli list` as cli-json.md describes them, run as scripts
// run them. Every run gets a HOME and XDG_DATA_HOME of its own under a temporary folder, so
// that no test ever reads or writes the user's default archive.

#include "clirunner.h"
#include "export/reportjson.h"
#include "store/archive.h"
#include "store/findingcodec.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;

namespace {

QString lastLine(const QByteArray& out)
{
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast();
}

QString summaryLine(int imported, int duplicates, int failed)
{
    return QStringLiteral("imported %1, duplicates %2, failed %3")
        .arg(imported)
        .arg(duplicates)
        .arg(failed);
}

QJsonArray parseArray(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qFatal("not a JSON array: %s", qUtf8Printable(error.errorString()));
    }
    return document.array();
}

/// Terminal columns, as a person sees the table: the agencies here are Chinese (two columns
/// a character) or ASCII.
int columns(const QString& text)
{
    int width = 0;
    for (const QChar ch : text) {
        width += ch.unicode() >= 0x2E80 ? 2 : 1;
    }
    return width;
}

int count(const QString& text, const QString& what)
{
    return int(text.count(what));
}

/// A body's report for `year` as web text (real 002–008): figures glued to their labels,
/// 行政规范性文件 printed as `normativeDocs`, every other figure zero.
QByteArray webReport(int year, const QString& normativeDocs)
{
    QString text =
        QStringLiteral(
            "测试县人民政府%1年政府信息公开工作年度报告 一、总体情况本年度依法做好公开工作。"
            "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数"
            "现行有效件数规章000行政规范性文件%2第二十条第（五）项信息内容本年处理决定数量"
            "行政许可5第二十条第（六）项信息内容本年处理决定数量行政处罚3行政强制0第二十条"
            "第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0 三、收到和处理政府"
            "信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织"
            "法律服务机构其他一、本年新收政府信息公开申请数量0000000二、上年结转政府信息公开"
            "申请数量0000000三、本年度办理结果（一）予以公开0000000（二）部分公开（区分处理的，"
            "只计这一情形，不计其他情形）0000000（三）不予公开1.属于国家秘密00000002.其他法律"
            "行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005."
            "属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷0000000"
            "8.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息00000002.没有"
            "现成信息需要另行制作00000003.补正后申请内容仍不明确0000000（五）不予处理1.信访举报"
            "投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复"
            "申请00000005.要求行政机关确认或重新出具已获取信息0000000（六）其他处理1.申请人无"
            "正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费"
            "通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计"
            "0000000四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况行政复议"
            "行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果"
            "纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000 "
            "五、存在的主要问题及改进情况无。六、其他需要报告的事项无。")
            .arg(year)
            .arg(normativeDocs);
    return text.toUtf8();
}

} // namespace

class TestCliArchive : public QObject {
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;

    QString path(const QString& relative) const { return m_dir->filePath(relative); }
    QString archivePath() const { return path(QStringLiteral("test.sqlite")); }

    /// A home of the test's own: the default archive goes under its XDG_DATA_HOME.
    QProcessEnvironment sandbox() const
    {
        QProcessEnvironment environment = test::cliEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        return environment;
    }

    test::CliRun run(const QStringList& arguments) const
    {
        return test::runCli(arguments, sandbox());
    }

    test::CliRun importInto(const QStringList& paths) const
    {
        return run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), archivePath()} +
                   paths);
    }

    test::CliRun list(const QStringList& options = {}) const
    {
        return run(QStringList{QStringLiteral("list"), QStringLiteral("--db"), archivePath()} +
                   options);
    }

    QJsonArray listJson(const QStringList& options = {}) const
    {
        const test::CliRun listed = list(QStringList{QStringLiteral("--json")} + options);
        if (listed.exitCode != 0) {
            qFatal("list --json failed: %s", qUtf8Printable(listed.err));
        }
        return parseArray(listed.out);
    }

    QString write(const QString& relative, const QByteArray& bytes) const
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qUtf8Printable(file));
        }
        return file;
    }

    static QByteArray binaryBytes()
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4000; ++i) {
            bytes.append(static_cast<char>((i * 7919) % 256));
        }
        return bytes;
    }

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void theSeedsAreImportedOnceThenAreDuplicates()
    {
        const QString seeds = test::dataPath(QStringLiteral("seeds"));
        test::CliRun first = importInto({seeds});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(lastLine(first.out), summaryLine(5, 0, 0));
        // Piped standard error: a progress line per file, naming it.
        for (const QString& seed : test::seedFiles()) {
            QVERIFY2(first.err.contains(QStringLiteral("imported %1\n").arg(seed)),
                     qPrintable(first.err));
        }
        QVERIFY2(first.err.contains(QStringLiteral("[5/5] ")), qPrintable(first.err));

        const test::CliRun second = importInto({seeds});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(lastLine(second.out), summaryLine(0, 5, 0));
        QCOMPARE(count(second.err, QStringLiteral("duplicate")), 5);
        QCOMPARE(listJson().size(), 5);
    }

    void aBadFileFailsAloneAndIsNamed_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << binaryBytes() << QStringLiteral("binary");
    }

    void aBadFileFailsAloneAndIsNamed()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        write(QStringLiteral("batch/1.txt"),
              test::readData(QStringLiteral("seeds/000_76b7263738f18800.txt")));
        const QString badFile = write(QStringLiteral("batch/2.txt"), bad);
        write(QStringLiteral("batch/3.txt"),
              test::readData(QStringLiteral("seeds/002_15d4d60ae3cdf927.txt")));

        const test::CliRun imported = importInto({path(QStringLiteral("batch"))});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(lastLine(imported.out), summaryLine(2, 0, 1));
        const QString errorLine = QStringLiteral("nianbao-cli: %1: ").arg(badFile);
        QVERIFY2(imported.err.contains(errorLine), qPrintable(imported.err));
        const QString afterName = imported.err.mid(imported.err.indexOf(errorLine));
        QVERIFY2(afterName.section(QLatin1Char('\n'), 0, 0).contains(reason, Qt::CaseInsensitive),
                 qPrintable(imported.err));
        QCOMPARE(count(imported.err, QStringLiteral("nianbao-cli: ")), 1);
        QCOMPARE(listJson().size(), 2);
    }

    void aBlankFormIsRefusedAndNamed()
    {
        const QString real = test::sharedRealDir();
        const QString blank = real + QStringLiteral("/blank-2021-template.docx");
        if (real.isEmpty() || !QFile::exists(blank)) {
            QSKIP("the shared blank template is not here");
        }
        const test::CliRun imported = importInto({blank, test::seedFiles().at(1)});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(lastLine(imported.out), summaryLine(1, 0, 1));
        const QString errorLine = QStringLiteral("nianbao-cli: %1: ").arg(blank);
        QVERIFY2(imported.err.contains(errorLine), qPrintable(imported.err));
        QVERIFY2(imported.err.mid(imported.err.indexOf(errorLine))
                     .section(QLatin1Char('\n'), 0, 0)
                     .contains(QStringLiteral("blank")),
                 qPrintable(imported.err));
        QCOMPARE(listJson().size(), 1);
    }

    void aMissingPathFailsAndTheOthersAreImported()
    {
        const QString missing = path(QStringLiteral("nowhere/report.txt"));
        const test::CliRun imported = importInto({missing, test::seedFiles().at(1)});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(lastLine(imported.out), summaryLine(1, 0, 1));
        QVERIFY2(imported.err.contains(QStringLiteral("nianbao-cli: %1: ").arg(missing)),
                 qPrintable(imported.err));
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("import without paths") << QStringList{QStringLiteral("import")};
        QTest::newRow("import with an empty --db") << QStringList{
            QStringLiteral("import"), QStringLiteral("--db="), test::seedFiles().at(0)};
        QTest::newRow("import, unknown option") << QStringList{
            QStringLiteral("import"), QStringLiteral("--fast"), test::seedFiles().at(0)};
        QTest::newRow("list, year not a number") << QStringList{
            QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("last")};
        QTest::newRow("list, unknown status") << QStringList{
            QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done")};
        QTest::newRow("list, unknown severity") << QStringList{
            QStringLiteral("list"), QStringLiteral("--severity"), QStringLiteral("fatal")};
        QTest::newRow("list with a file")
            << QStringList{QStringLiteral("list"), test::seedFiles().at(0)};
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const test::CliRun refused = run(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.startsWith(QStringLiteral("nianbao-cli: ")));
        QVERIFY(refused.out.isEmpty());
        // Refused before anything was opened: no default archive was made.
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("data"))));
    }

    void aFileThatIsNoArchiveIsNamed()
    {
        const QString notAnArchive = test::seedFiles().at(0);
        const test::CliRun listed =
            run({QStringLiteral("list"), QStringLiteral("--db"), notAnArchive});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.startsWith(QStringLiteral("nianbao-cli: %1: ").arg(notAnArchive)),
                 qPrintable(listed.err));
    }

    void listShowsEveryReportWithItsOpenIssues()
    {
        QCOMPARE(importInto({test::dataPath(QStringLiteral("seeds"))}).exitCode, 0);
        Result<std::unique_ptr<Archive>> archive = Archive::open(archivePath());
        QVERIFY(archive);

        const QJsonArray rows = listJson();
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const Result<StoredReport> stored =
                (*archive)->loadReport(row.value(u"id").toInteger());
            QVERIFY(stored);
            QCOMPARE(row.value(u"file").toString(), stored->info.fileName);
            QCOMPARE(row.value(u"agency").toString(), stored->info.agency);
            QCOMPARE(row.value(u"year").toInt(), *stored->info.year);
            QCOMPARE(row.value(u"template").toString(), stored->info.templateId);
            QCOMPARE(row.value(u"status").toString(), QStringLiteral("pending"));
            int bySeverity[3] = {0, 0, 0};
            for (const Finding& finding : stored->extracted.findings) {
                ++bySeverity[int(finding.severity)];
            }
            QCOMPARE(row.value(u"open_errors").toInt(), bySeverity[int(Severity::Error)]);
            QCOMPARE(row.value(u"open_warnings").toInt(), bySeverity[int(Severity::Warning)]);
            QCOMPARE(row.value(u"open_notes").toInt(), bySeverity[int(Severity::Note)]);
            QCOMPARE(row.value(u"open_issues").toInt(), int(stored->extracted.findings.size()));
        }

        // A dismissed finding is no longer open.
        const auto withIssues = std::find_if(rows.begin(), rows.end(), [](const QJsonValue& row) {
            return row.toObject().value(u"open_issues").toInt() > 0;
        });
        QVERIFY(withIssues != rows.end());
        const qsizetype at = withIssues - rows.begin();
        const qint64 id = withIssues->toObject().value(u"id").toInteger();
        const Result<StoredReport> stored = (*archive)->loadReport(id);
        QVERIFY(stored);
        QVERIFY((*archive)->decideFinding(
            id, {findingFingerprint(stored->extracted.findings.front()), FindingVerdict::Dismissed,
                 QStringLiteral("误报"), QStringLiteral("审核员")}));
        QCOMPARE(listJson().at(at).toObject().value(u"open_issues").toInt(),
                 withIssues->toObject().value(u"open_issues").toInt() - 1);
    }

    void listPrintsAnAlignedTableForPeople()
    {
        QCOMPARE(importInto({test::dataPath(QStringLiteral("seeds"))}).exitCode, 0);
        const test::CliRun listed = list();
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const QString header = lines.at(0);
        QVERIFY2(header.contains(QStringLiteral("AGENCY")) &&
                     header.contains(QStringLiteral("YEAR")),
                 qPrintable(header));
        // The year column is right-aligned under its header, whatever the agency's width.
        const int yearEnd = columns(header.left(header.indexOf(QStringLiteral("YEAR")) + 4));
        const QJsonArray rows = listJson();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QJsonObject row = rows.at(i - 1).toObject();
            const QString line = lines.at(i);
            QVERIFY2(line.contains(row.value(u"agency").toString()), qPrintable(line));
            const QString year = QString::number(row.value(u"year").toInt());
            const qsizetype at = line.indexOf(year, line.indexOf(row.value(u"agency").toString()));
            QVERIFY(at > 0);
            QCOMPARE(columns(line.left(at + year.size())), yearEnd);
            QVERIFY2(line.endsWith(QString::number(row.value(u"open_issues").toInt())),
                     qPrintable(line));
        }
    }

    /// The cell `key` of the report an archive holds for `year`.
    static std::optional<Cell> storedCell(const QString& archivePath, int year, const QString& key)
    {
        Result<std::unique_ptr<Archive>> archive = Archive::open(archivePath);
        const auto ids = archive ? (*archive)->reportIds() : Result<std::vector<ReportId>>();
        for (const ReportId id : ids ? *ids : std::vector<ReportId>{}) {
            const Result<StoredReport> stored = (*archive)->loadReport(id);
            if (stored && stored->extracted.meta.year == year) {
                if (const Cell* cell = stored->extracted.cell(key)) {
                    return *cell;
                }
            }
        }
        return std::nullopt;
    }

    void importReadsGluedFiguresWithLastYearsReport()
    {
        // 2022's "8855698" splits fifteen ways; 2021's 665 in force leaves only 88/55/698
        // (665 + 88 − 55). Imported without last year's report, the row stays flagged.
        const QString earlier =
            write(QStringLiteral("2021.txt"), webReport(2021, QStringLiteral("69 3 665")));
        const QString later =
            write(QStringLiteral("2022.txt"), webReport(2022, QStringLiteral("8855698")));
        const QString alone = path(QStringLiteral("alone.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), alone, later}).exitCode, 0);
        const std::optional<Cell> flagged =
            storedCell(alone, 2022, QStringLiteral("t2.normative_docs.issued"));
        QVERIFY(flagged);
        QVERIFY(!flagged->value && flagged->confidence < 0.8);

        QCOMPARE(importInto({earlier}).exitCode, 0);
        QCOMPARE(importInto({later}).exitCode, 0);
        for (const auto& [key, value] : {std::pair{"t2.normative_docs.issued", 88.0},
                                         std::pair{"t2.normative_docs.repealed", 55.0},
                                         std::pair{"t2.normative_docs.in_force", 698.0}}) {
            const std::optional<Cell> cell = storedCell(archivePath(), 2022, QLatin1String(key));
            QVERIFY2(cell && cell->value == value && cell->confidence >= 0.8, key);
        }
    }

    void listFiltersLikeTheArchive()
    {
        QCOMPARE(importInto({test::dataPath(QStringLiteral("seeds"))}).exitCode, 0);
        const QJsonArray all = listJson();
        const auto ids = [](const QJsonArray& rows) {
            QList<qint64> list;
            for (const QJsonValue& row : rows) {
                list.append(row.toObject().value(u"id").toInteger());
            }
            return list;
        };
        const auto idsWhere = [&](auto keep) {
            QList<qint64> list;
            for (const QJsonValue& row : all) {
                if (keep(row.toObject())) {
                    list.append(row.toObject().value(u"id").toInteger());
                }
            }
            return list;
        };
        const QJsonObject first = all.at(0).toObject();
        const int year = first.value(u"year").toInt();
        QCOMPARE(
            ids(listJson({QStringLiteral("--year"), QString::number(year)})),
            idsWhere([&](const QJsonObject& row) { return row.value(u"year").toInt() == year; }));
        const QString agency = first.value(u"agency").toString();
        QCOMPARE(ids(listJson({QStringLiteral("--agency"), agency})),
                 idsWhere([&](const QJsonObject& row) {
                     return row.value(u"agency").toString().contains(agency);
                 }));
        QCOMPARE(ids(listJson({QStringLiteral("--template"), QStringLiteral("2019")})),
                 idsWhere([](const QJsonObject& row) {
                     return row.value(u"template").toString() == QLatin1String("2019");
                 }));
        QCOMPARE(
            ids(listJson({QStringLiteral("--severity"), QStringLiteral("error")})),
            idsWhere([](const QJsonObject& row) { return row.value(u"open_errors").toInt() > 0; }));
        // Words are looked for in the report's text.
        const QList<qint64> withSearch = ids(listJson({QStringLiteral("--search"), agency}));
        QVERIFY(withSearch.contains(first.value(u"id").toInteger()));
        QVERIFY(
            listJson({QStringLiteral("--search"), QStringLiteral("不存在的词语组合")}).isEmpty());

        QCOMPARE(ids(listJson({QStringLiteral("--status"), QStringLiteral("pending")})), ids(all));
        QVERIFY(listJson({QStringLiteral("--status"), QStringLiteral("reviewed")}).isEmpty());
        Result<std::unique_ptr<Archive>> archive = Archive::open(archivePath());
        QVERIFY(archive);
        QVERIFY((*archive)->setReviewStatus(first.value(u"id").toInteger(), ReviewStatus::Reviewed,
                                            QStringLiteral("tester")));
        const QJsonArray reviewed =
            listJson({QStringLiteral("--status"), QStringLiteral("reviewed")});
        QCOMPARE(ids(reviewed), QList<qint64>{first.value(u"id").toInteger()});
        QCOMPARE(reviewed.at(0).toObject().value(u"status").toString(), QStringLiteral("reviewed"));
    }

    void theStoredReportAgreesWithExtract_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString& seed : test::seedFiles()) {
            QTest::newRow(qPrintable(QFileInfo(seed).fileName())) << seed;
        }
    }

    void theStoredReportAgreesWithExtract()
    {
        QFETCH(QString, seed);
        QCOMPARE(importInto({seed}).exitCode, 0);
        const test::CliRun extracted = run({QStringLiteral("extract"), seed});
        QCOMPARE(extracted.exitCode, 0);
        // Everything extract says of a cell, its ranked candidate readings included, is what
        // the archive keeps.
        const QJsonObject fromExtract = QJsonDocument::fromJson(extracted.out).object();

        Result<std::unique_ptr<Archive>> archive = Archive::open(archivePath());
        QVERIFY(archive);
        QFile file(seed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<std::optional<ReportId>> id = (*archive)->findByHash(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        QVERIFY(id && *id);
        const Result<StoredReport> stored = (*archive)->loadReport(**id);
        QVERIFY(stored);
        const QJsonObject fromArchive = reportToJson(stored->extracted);

        for (const char16_t* key :
             {u"file", u"format", u"encoding", u"template", u"meta", u"cells", u"issues"}) {
            QVERIFY2(fromArchive.value(key) == fromExtract.value(key),
                     qPrintable(QString::fromUtf16(key)));
        }
        QCOMPARE(fromArchive.value(u"cells").toObject().size(),
                 fromExtract.value(u"cells").toObject().size());
    }

    void withoutDbTheDefaultArchiveInTheDataFolderIsUsed()
    {
        const test::CliRun imported =
            run({QStringLiteral("import"), test::seedFiles().at(0), test::seedFiles().at(3)});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(lastLine(imported.out), summaryLine(2, 0, 0));

        // Created on first use, under the data folder of the (test's) user.
        QStringList archives;
        QDirIterator it(path(QStringLiteral("data")), {QStringLiteral("nianbao.sqlite")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            archives.append(it.next());
        }
        QCOMPARE(archives.size(), 1);
        QVERIFY(!QFileInfo::exists(archivePath()));

        const test::CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(parseArray(listed.out).size(), 2);
        const test::CliRun again = run({QStringLiteral("import"), test::seedFiles().at(0)});
        QCOMPARE(lastLine(again.out), summaryLine(0, 1, 0));
    }
};

QTEST_GUILESS_MAIN(TestCliArchive)
#include "tst_cliarchive.moc"
