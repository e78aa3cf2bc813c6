// The supervisor's desk from the command line (issue 13): registry import, coverage of a year,
// the most similar pairs of reports, a body's year on year, and rectification notices read
// back from the PDF and .docx written. The reports are generated with known facts: bodies that
// publish on time, late, with no date or not at all, a report copied from another, and a
// figure twenty times last year's.

#include "clirunner.h"
#include "synth/reportgenerator.h"
#include "templates/templateregistry.h"
#include "testbackend.h"
#include "zipentry.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace nianbao;

namespace {

QJsonDocument parseJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("not JSON: %s\n%s", qUtf8Printable(error.errorString()), json.constData());
    }
    return document;
}

/// A report's text with a closing date line, as bodies sign their reports.
QString dated(const QString& text, const QString& date)
{
    return date.isEmpty() ? text : text + QStringLiteral("\n\n%1\n").arg(date);
}

} // namespace

class TestCliDesk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    /// Agency names of the generated bodies, by role.
    QString m_steady, m_late, m_source, m_undated, m_copier, m_missing, m_stranger;
    QString m_jumpKey;
    double m_jumpValue = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QString& text) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }

    test::CliRun run(const QStringList& arguments) const
    {
        QProcessEnvironment environment = test::cliEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        return test::runCli(arguments + QStringList{QStringLiteral("--db"), m_archive},
                            environment);
    }

    QJsonObject reportByAgency(const QString& agency, int year) const
    {
        const test::CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue& row : parseJson(listed.out).array()) {
            if (row[QStringLiteral("agency")].toString() == agency &&
                row[QStringLiteral("year")].toInt() == year) {
                return row.toObject();
            }
        }
        return {};
    }

    QString idOf(const QString& agency, int year) const
    {
        return QString::number(reportByAgency(agency, year)[QStringLiteral("id")].toInt());
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
        // On both back ends (BOTH_BACKENDS): a file, or a fresh schema on the test server.
        m_archive = test::freshArchiveLocation(m_dir.path(), QStringLiteral("desk.sqlite"));
        QDir().mkpath(path(QStringLiteral("reports")));
        synth::ReportGenerator generator(2026);
        synth::GeneratorOptions options;
        options.difficulties = synth::Difficulties::none();
        options.independentNarrative = true;
        options.busy = true;
        m_steady = QStringLiteral("南京市测试区财政局");
        m_late = QStringLiteral("南京市测试区教育局");
        m_source = QStringLiteral("南京市测试区民政局");
        m_undated = QStringLiteral("南京市测试区司法局");
        m_copier = QStringLiteral("南京市测试区水务局");
        m_missing = QStringLiteral("南京市测试区审计局");
        m_stranger = QStringLiteral("无锡市某某区档案馆");

        // The steady body: 2022 and 2023, one figure of 2023 twenty times the year before's.
        const QList<synth::GeneratedReport> series = generator.series(m_steady, 2022, 2, options);
        QCOMPARE(series.size(), 2);
        synth::GeneratedReport current = series[1];
        for (const QString& key : current.keys) {
            const auto before = series[0].expected.value(key);
            const auto now = current.expected.value(key);
            if ((key.startsWith(QLatin1String("t3.new")) || key.startsWith(QLatin1String("t4"))) &&
                before && now && *before >= 5 && *now * 2 >= *before &&
                current.spans.contains(key)) {
                m_jumpKey = key;
                m_jumpValue = *now * 20;
                break;
            }
        }
        QVERIFY2(!m_jumpKey.isEmpty(), "the series has a figure to plant a jump in");
        const Span span = current.spans.value(m_jumpKey);
        current.text.replace(span.start, span.length(), QString::number(m_jumpValue));
        write(QStringLiteral("reports/steady-2022.txt"),
              dated(series[0].text, QStringLiteral("2023年1月15日")));
        write(QStringLiteral("reports/steady-2023.txt"),
              dated(current.text, QStringLiteral("2024年1月20日")));

        options.year = 2023;
        const auto one = [&](const QString& agency) {
            options.agency = agency;
            return generator.generate(options);
        };
        write(QStringLiteral("reports/late.txt"),
              dated(one(m_late).text, QStringLiteral("2024年3月5日")));
        const synth::GeneratedReport source = one(m_source);
        write(QStringLiteral("reports/source.txt"),
              dated(source.text, QStringLiteral("2024年1月25日")));
        write(QStringLiteral("reports/undated.txt"), one(m_undated).text);
        // The copier's report is the source's, its name put in.
        QString copied = source.text;
        copied.replace(m_source, m_copier);
        write(QStringLiteral("reports/copier.txt"), dated(copied, QStringLiteral("2024年1月28日")));
        write(QStringLiteral("reports/stranger.txt"),
              dated(one(m_stranger).text, QStringLiteral("2024年1月10日")));

        const test::CliRun imported =
            run({QStringLiteral("import"), path(QStringLiteral("reports"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains("imported 7, duplicates 0, failed 0"));
    }

    void aBadRegistryIsRefusedWholeNamingEachRow()
    {
        write(QStringLiteral("bad.csv"),
              QStringLiteral("名称,别名,行政区划代码,层级\n%1,,320101,county\n%2,,32A1,county\n"
                             ",,320101,county\n")
                  .arg(m_steady, m_late));
        const test::CliRun refused = run({QStringLiteral("registry"), QStringLiteral("import"),
                                          path(QStringLiteral("bad.csv"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("bad.csv")), qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 2); // rows 3 and 4, one line each
        const test::CliRun listed =
            run({QStringLiteral("registry"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(parseJson(listed.out).array().size(), 0); // nothing half imported
    }

    void theRegistryIsImported()
    {
        // The undated body is registered under another name, its printed one an alias.
        write(QStringLiteral("registry.csv"),
              QStringLiteral("名称,别名,行政区划代码,层级,上级机关\n"
                             "南京市测试区人民政府,,320101,county,\n"
                             "%1,,320101,county,南京市测试区人民政府\n"
                             "%2,,320101,county,南京市测试区人民政府\n"
                             "%3,,320101,county,南京市测试区人民政府\n"
                             "南京市测试区司法行政局,%4,320101,county,南京市测试区人民政府\n"
                             "%5,,320102,county,\n"
                             "%6,,320102,county,\n")
                  .arg(m_steady, m_late, m_source, m_undated, m_copier, m_missing));
        const test::CliRun imported = run({QStringLiteral("registry"), QStringLiteral("import"),
                                           path(QStringLiteral("registry.csv"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out.trimmed(), QByteArray("imported 7 bodies"));
        const test::CliRun listed =
            run({QStringLiteral("registry"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray bodies = parseJson(listed.out).array();
        QCOMPARE(bodies.size(), 7);
        QCOMPARE(bodies[4][QStringLiteral("aliases")].toArray().first().toString(), m_undated);
        QCOMPARE(bodies[1][QStringLiteral("parent")].toString(),
                 QStringLiteral("南京市测试区人民政府"));
    }

    void coverageCountsEachBodyOnceByItsDate()
    {
        const test::CliRun covered =
            run({QStringLiteral("coverage"), QStringLiteral("--year"), QStringLiteral("2023"),
                 QStringLiteral("--json"), QStringLiteral("-o"), path(QStringLiteral("cov.csv"))});
        QVERIFY2(covered.exitCode == 0, qPrintable(covered.err));
        const QJsonObject coverage = parseJson(covered.out).object();
        QCOMPARE(coverage[QStringLiteral("deadline")].toString(), QStringLiteral("2024-01-31"));
        const QJsonObject total = coverage[QStringLiteral("total")].toObject();
        QCOMPARE(total[QStringLiteral("expected")].toInt(), 7);
        QCOMPARE(total[QStringLiteral("on_time")].toInt(), 3); // steady, source, copier
        QCOMPARE(total[QStringLiteral("late")].toInt(), 1);
        QCOMPARE(total[QStringLiteral("date_unknown")].toInt(), 1);
        QCOMPARE(total[QStringLiteral("missing")].toInt(), 2); // the government, the auditor
        QHash<QString, QString> status;
        for (const QJsonValue& body : coverage[QStringLiteral("bodies")].toArray()) {
            status.insert(body[QStringLiteral("body")].toString(),
                          body[QStringLiteral("status")].toString());
        }
        QCOMPARE(status.value(m_late), QStringLiteral("late"));
        QCOMPARE(status.value(QStringLiteral("南京市测试区司法行政局")),
                 QStringLiteral("date_unknown"));
        QCOMPARE(status.value(m_missing), QStringLiteral("missing"));
        QCOMPARE(status.value(m_steady), QStringLiteral("on_time"));
        const QJsonArray groups = coverage[QStringLiteral("groups")].toArray();
        QCOMPARE(groups.size(), 2); // 320101 and 320102, county level both
        const QJsonArray unmatched = coverage[QStringLiteral("unmatched")].toArray();
        QCOMPARE(unmatched.size(), 1);
        QCOMPARE(unmatched[0][QStringLiteral("agency")].toString(), m_stranger);

        QFile sheet(path(QStringLiteral("cov.csv")));
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(sheet.readAll());
        QVERIFY2(csv.contains(QStringLiteral("year,body,agency,region_code,level,status")),
                 qPrintable(csv.left(200)));
        QVERIFY(csv.contains(QStringLiteral("2023,%1,,320102,county,missing").arg(m_missing)));
        QVERIFY(csv.contains(QStringLiteral(",unmatched,2024-01-10,closing_line,")));

        const test::CliRun xlsx =
            run({QStringLiteral("coverage"), QStringLiteral("--year"), QStringLiteral("2023"),
                 QStringLiteral("-o"), path(QStringLiteral("cov.xlsx"))});
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        QVERIFY(!test::zipEntry(path(QStringLiteral("cov.xlsx")),
                                QStringLiteral("xl/worksheets/sheet1.xml"))
                     .isEmpty());
        // The table for people names the missing body.
        QVERIFY(QString::fromUtf8(xlsx.out).contains(m_missing));
    }

    void coverageRefusesABadYear()
    {
        const test::CliRun none =
            run({QStringLiteral("coverage"), QStringLiteral("--year"), QStringLiteral("20x3")});
        QCOMPARE(none.exitCode, 2);
    }

    void theCopiedReportIsTheMostSimilarPair()
    {
        const test::CliRun copies = run({QStringLiteral("copies"), QStringLiteral("--year"),
                                         QStringLiteral("2023"), QStringLiteral("--json")});
        QVERIFY2(copies.exitCode == 0, qPrintable(copies.err));
        const QJsonArray pairs = parseJson(copies.out).array();
        QVERIFY(!pairs.isEmpty());
        const QSet<QString> top{pairs[0][QStringLiteral("agency")].toString(),
                                pairs[0][QStringLiteral("other_agency")].toString()};
        QCOMPARE(top, (QSet<QString>{m_source, m_copier}));
        QVERIFY(pairs[0][QStringLiteral("share")].toDouble() >= 0.8);
        const QJsonArray parts = pairs[0][QStringLiteral("parts")].toArray();
        QVERIFY(!parts.isEmpty());
        const QJsonArray passages = parts[0][QStringLiteral("passages")].toArray();
        QVERIFY(!passages.isEmpty());
        QVERIFY(!passages[0][QStringLiteral("text")].toString().isEmpty());
        // Independent reports are no pair.
        for (const QJsonValue& pair : pairs) {
            const QSet<QString> agencies{pair[QStringLiteral("agency")].toString(),
                                         pair[QStringLiteral("other_agency")].toString()};
            QVERIFY2(agencies == top, qPrintable(QStringList(agencies.values()).join(u' ')));
        }
        const test::CliRun strict =
            run({QStringLiteral("copies"), QStringLiteral("--threshold"), QStringLiteral("1.5")});
        QCOMPARE(strict.exitCode, 2);
    }

    void yearOnYearFindsThePlantedJump()
    {
        const test::CliRun compared =
            run({QStringLiteral("yoy"), idOf(m_steady, 2023), QStringLiteral("--json")});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
        const QJsonObject comparison = parseJson(compared.out).object();
        QCOMPARE(comparison[QStringLiteral("previous_year")].toInt(), 2022);
        bool jump = false;
        for (const QJsonValue& issue : comparison[QStringLiteral("issues")].toArray()) {
            jump = jump || (issue[QStringLiteral("rule")].toString() ==
                                QStringLiteral("year_on_year.jump") &&
                            issue[QStringLiteral("cells")].toArray().contains(m_jumpKey));
        }
        QVERIFY2(jump, compared.out.constData());
        for (const QJsonValue& cell : comparison[QStringLiteral("cells")].toArray()) {
            if (cell[QStringLiteral("key")].toString() == m_jumpKey) {
                QCOMPARE(cell[QStringLiteral("current")].toDouble(), m_jumpValue);
            }
        }
        const test::CliRun alone = run({QStringLiteral("yoy"), idOf(m_late, 2023)});
        QCOMPARE(alone.exitCode, 1);
        QVERIFY(alone.err.contains(QLatin1String("2022")));
    }

    void theDocxNoticeListsAndPaintsTheFindings()
    {
        const QString docx = path(QStringLiteral("notice.docx"));
        const test::CliRun written = run({QStringLiteral("notice"), idOf(m_steady, 2023),
                                          idOf(m_copier, 2023), QStringLiteral("-o"), docx});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const QString xml =
            QString::fromUtf8(test::zipEntry(docx, QStringLiteral("word/document.xml")));
        QVERIFY(!xml.isEmpty());
        QVERIFY(xml.contains(QStringLiteral("整改通知")));
        QVERIFY(xml.contains(m_steady));
        QVERIFY(xml.contains(m_copier));
        QVERIFY(xml.contains(QStringLiteral("异常变化")));
        QVERIFY(xml.contains(QStringLiteral("内容雷同")));
        // The planted figure's cell, painted: a shaded table cell holding it.
        const QString value = QString::number(m_jumpValue);
        const QRegularExpression painted(
            QStringLiteral("<w:tc><w:tcPr><w:shd [^>]*w:fill=\"(F4B6B6|FBE3A1)\"/></w:tcPr>"
                           "<w:p>(?:(?!</w:tc>).)*>%1</w:t>")
                .arg(value));
        QVERIFY2(painted.match(xml).hasMatch(), qPrintable(value));
    }

    void thePdfNoticeReadsBackInEnglish()
    {
        const QString pdf = path(QStringLiteral("notice.pdf"));
        const test::CliRun written =
            run({QStringLiteral("notice"), idOf(m_steady, 2023), QStringLiteral("-o"), pdf,
                 QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
        QVERIFY(document && !document->isLocked());
        QString text;
        bool paintFound = false;
        for (int page = 0; page < document->numPages(); ++page) {
            std::unique_ptr<Poppler::Page> at = document->page(page);
            text += at->text(QRectF());
            const QImage image = at->renderToImage(50, 50);
            for (int y = 0; y < image.height() && !paintFound; y += 2) {
                for (int x = 0; x < image.width() && !paintFound; x += 2) {
                    const QColor pixel = image.pixelColor(x, y);
                    paintFound = qAbs(pixel.red() - 0xfb) < 6 && qAbs(pixel.green() - 0xe3) < 6 &&
                                 qAbs(pixel.blue() - 0xa1) < 6;
                }
            }
        }
        // Readers give ligatures (ﬁ) and radicals (⽉) for some glyphs: compared as NFKC.
        text = text.normalized(QString::NormalizationForm_KC).remove(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Rectification notice")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Implausible change")));
        QVERIFY(text.contains(m_steady));
        QVERIFY(text.contains(QString::number(m_jumpValue)));
        QVERIFY2(paintFound, "a cell painted as a warning");
        // Only .pdf and .docx are written.
        QCOMPARE(run({QStringLiteral("notice"), idOf(m_steady, 2023), QStringLiteral("-o"),
                      path(QStringLiteral("n.txt"))})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDesk)
#include "tst_clidesk.moc"
