// Validation of whole reports read from files: the seeds (their real findings appear as
// warnings, and none is an error) and, when ../shared is present, the real reports (their own
// broken arithmetic is found; their narratives raise no false alarm).

#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "reportbuilder.h"
#include "rules/validator.h"
#include "templates/templateregistry.h"
#include "testdata.h"

#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace nianbao;

namespace {

Report validatedReport(const QString& path)
{
    const auto document = readDocument(path);
    if (!document) {
        qFatal("%s: %s", qUtf8Printable(path), qUtf8Printable(document.error().message));
    }
    auto report = extractReport(*document);
    if (!report) {
        qFatal("%s: %s", qUtf8Printable(path), qUtf8Printable(report.error().message));
    }
    revalidate(*report);
    return *report;
}

/// "rule" → the cells of its warnings, for the validation findings of one severity.
QMap<QString, QStringList> cellsByRule(const Report& report, Severity severity)
{
    QMap<QString, QStringList> rules;
    for (const Finding& finding : report.findings) {
        if (finding.severity == severity && !finding.rule.startsWith(QLatin1String("extract."))) {
            rules[finding.rule] += finding.cells;
        }
    }
    return rules;
}

QStringList rowKeys(const QString& row, const QStringList& columns)
{
    QStringList keys;
    for (const QString& column : columns) {
        keys.append(row + QLatin1Char('.') + column);
    }
    return keys;
}

const QStringList kApplicants = {QStringLiteral("natural"),  QStringLiteral("commercial"),
                                 QStringLiteral("research"), QStringLiteral("social"),
                                 QStringLiteral("legal"),    QStringLiteral("other_org"),
                                 QStringLiteral("total")};

QString seedPath(const QString& prefix)
{
    for (const QString& seed : test::seedFiles()) {
        if (QFileInfo(seed).fileName().startsWith(prefix)) {
            return seed;
        }
    }
    qFatal("no seed %s", qUtf8Printable(prefix));
}

} // namespace

class TestReportValidation : public QObject {
    Q_OBJECT

private slots:
    void seedsRaiseNoError_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString& seed : test::seedFiles()) {
            QTest::newRow(qPrintable(QFileInfo(seed).baseName())) << seed;
        }
    }

    void seedsRaiseNoError()
    {
        QFETCH(QString, seed);
        const Report report = validatedReport(seed);
        const auto errors = test::withSeverity(report.findings, Severity::Error);
        QVERIFY2(errors.empty(), qPrintable(test::describe(errors)));
        // Extraction findings first, then validation findings.
        bool validation = false;
        for (const Finding& finding : report.findings) {
            const bool extraction = finding.rule.startsWith(QLatin1String("extract."));
            QVERIFY2(!(validation && extraction), qPrintable(finding.rule));
            validation = validation || !extraction;
        }
    }

    void seedsRealFindingsAreWarnings()
    {
        // 000: a clean report whose narrative says no request came, and none did.
        QVERIFY(cellsByRule(validatedReport(seedPath(QStringLiteral("000"))), Severity::Warning)
                    .isEmpty());

        // 001: 无 for three table-2 figures, reported once; fees of 1016.72 万元 beside a part 六
        // with nothing to report are no contradiction.
        const Report seed001 = validatedReport(seedPath(QStringLiteral("001")));
        QVERIFY(cellsByRule(seed001, Severity::Warning).isEmpty());
        QCOMPARE(cellsByRule(seed001, Severity::Note).value(QStringLiteral("cell.zero_mark")),
                 QStringList({QStringLiteral("t2.licensing.decisions"),
                              QStringLiteral("t2.punishment.decisions"),
                              QStringLiteral("t2.coercion.decisions")}));

        // 002: a 2022 report in the 2019 format, one blank row.
        const Report seed002 = validatedReport(seedPath(QStringLiteral("002")));
        const auto warnings002 = cellsByRule(seed002, Severity::Warning);
        QCOMPARE(warnings002.keys(),
                 QStringList({QStringLiteral("cell.blank"), QStringLiteral("template.year")}));
        QCOMPARE(warnings002.value(QStringLiteral("cell.blank")),
                 rowKeys(QStringLiteral("t3.unavailable.unclear"), kApplicants));
        const auto notes002 = cellsByRule(seed002, Severity::Note);
        QVERIFY(notes002.contains(QStringLiteral("t3.results_total.unassessable")));
        QVERIFY(notes002.contains(QStringLiteral("t3.row_total.unassessable")));

        // 003: short rows, reported by the extractor; the tables themselves hold.
        const Report seed003 = validatedReport(seedPath(QStringLiteral("003")));
        QVERIFY(cellsByRule(seed003, Severity::Warning).isEmpty());
        QVERIFY(!test::withRule(seed003.findings, QStringLiteral("extract.short_row")).empty());

        // 004: short rows left blank: blanks warned, the sums over them not assessable.
        const Report seed004 = validatedReport(seedPath(QStringLiteral("004")));
        QCOMPARE(cellsByRule(seed004, Severity::Warning).value(QStringLiteral("cell.blank")),
                 rowKeys(QStringLiteral("t2.normative_docs"),
                         {QStringLiteral("issued"), QStringLiteral("repealed"),
                          QStringLiteral("in_force")}) +
                     rowKeys(QStringLiteral("t3.results_total"), kApplicants));
        QCOMPARE(test::withRule(seed004.findings, QStringLiteral("extract.short_row")).size(), 2u);
        QVERIFY(cellsByRule(seed004, Severity::Note)
                    .contains(QStringLiteral("t3.balance.unassessable")));
    }

    void findingsNameKnownCellsAndRenderInBothLanguages_data()
    {
        QTest::addColumn<QString>("path");
        QStringList files = test::seedFiles();
        for (const QString& real : test::sharedRealFiles()) {
            files.append(real);
        }
        for (const QString& file : std::as_const(files)) {
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        }
    }

    void findingsNameKnownCellsAndRenderInBothLanguages()
    {
        QFETCH(QString, path);
        const Report report = validatedReport(path);
        const QStringList known = TemplateRegistry::builtin().allCellKeys();
        for (const Finding& finding : report.findings) {
            for (const QString& key : finding.cells) {
                QVERIFY2(known.contains(key), qPrintable(finding.rule + QLatin1Char(' ') + key));
            }
            for (const bool chinese : {false, true}) {
                const QString message = finding.message(chinese);
                QVERIFY2(!message.isEmpty() && !message.contains(QLatin1Char('%')),
                         qPrintable(finding.rule + QStringLiteral(": ") + message));
            }
        }
    }

    void realReportsNarrativesRaiseNoFalseAlarm_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& real : test::sharedRealFiles()) {
            QTest::newRow(qPrintable(QFileInfo(real).fileName())) << real;
        }
        if (test::sharedRealFiles().isEmpty()) {
            QSKIP("../shared/real is not beside the repository");
        }
    }

    void realReportsNarrativesRaiseNoFalseAlarm()
    {
        // Every count these reports state that the tables were read for agrees with its cell
        // (or is in another scope); the statements of absence are all true.
        QFETCH(QString, path);
        const Report report = validatedReport(path);
        for (const Finding& finding : report.findings) {
            QVERIFY2(!finding.rule.startsWith(QLatin1String("narrative.")) ||
                         finding.severity == Severity::Note,
                     qPrintable(finding.rule + QStringLiteral(": ") + finding.message(false)));
        }
    }

    void errorsNameOnlyCertainCells_data()
    {
        findingsNameKnownCellsAndRenderInBothLanguages_data();
    }

    void errorsNameOnlyCertainCells()
    {
        // An error says the report is wrong; where a figure may be misread (glued digits,
        // interleaved table 4, OCR) the breach is a warning instead.
        QFETCH(QString, path);
        const Report report = validatedReport(path);
        for (const Finding& finding : report.findings) {
            if (finding.severity != Severity::Error ||
                finding.rule.startsWith(QLatin1String("extract."))) {
                continue;
            }
            for (const QString& key : finding.cells) {
                QVERIFY2(report.cell(key)->confidence >= kLowConfidence,
                         qPrintable(finding.rule + QLatin1Char(' ') + key));
            }
        }
    }

    void realReportsOwnArithmeticIsFound()
    {
        const QString dir = test::sharedRealDir();
        if (dir.isEmpty()) {
            QSKIP("../shared/real is not beside the repository");
        }
        // 009 prints table-4 totals of 0 beside outcomes that sum to 11 and 5.
        const Report report009 = validatedReport(dir + QStringLiteral("/009.txt"));
        const auto groups = test::withRule(report009.findings, QStringLiteral("t4.group_total"));
        QCOMPARE(groups.size(), 2u);
        QCOMPARE(groups.front().severity, Severity::Error);
        QCOMPARE(groups.front().message(false),
                 QStringLiteral("Administrative review: total = 0 ≠ sum of outcomes = 11"));
        QCOMPARE(groups.back().message(false),
                 QStringLiteral("Lawsuit after review: total = 0 ≠ sum of outcomes = 5"));

        // 003 prints a 总计 of 20 natural persons while its outcome rows add up to 26.
        const Report report003 = validatedReport(dir + QStringLiteral("/003.txt"));
        const auto totals = test::withRule(report003.findings, QStringLiteral("t3.results_total"));
        QVERIFY(!totals.empty());
        QCOMPARE(totals.front().message(false),
                 QStringLiteral("Natural persons: total = 20 ≠ sum of outcomes = 26"));
    }
};

QTEST_GUILESS_MAIN(TestReportValidation)
#include "tst_reportvalidation.moc"
