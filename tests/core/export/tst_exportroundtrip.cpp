#include "csvtestreader.h"
#include "export/datasetexport.h"
#include "exportfixture.h"
#include "fakeprocessing.h"
#include "templates/templateregistry.h"
#include "testbackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using namespace nianbao::exporting;

namespace {

QJsonArray readJsonArray(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qUtf8Printable(path));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qFatal("%s is no JSON array: %s", qUtf8Printable(path),
               qUtf8Printable(error.errorString()));
    }
    return document.array();
}

std::optional<double> jsonNumber(const QJsonValue& value)
{
    if (!value.isNull() && !value.isDouble()) {
        qFatal("neither a number nor null");
    }
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

/// The rules of the open findings of `stored` that name `key`, as issue_rules writes them.
QString openRulesOf(const StoredReport& stored, const QString& key)
{
    QStringList rules;
    for (const Finding& finding : stored.extracted.findings) {
        if (stored.isOpen(finding) && finding.cells.contains(key) &&
            !rules.contains(finding.rule)) {
            rules.append(finding.rule);
        }
    }
    return rules.join(QLatin1Char(';'));
}

int openCount(const StoredReport& stored)
{
    return int(std::count_if(stored.extracted.findings.begin(), stored.extracted.findings.end(),
                             [&](const Finding& f) { return stored.isOpen(f); }));
}

} // namespace

/// Export to CSV and JSON, read back with parsers of the tests' own: the values are the
/// archive's, cell for cell, corrected values first, blanks as blanks.
class TestExportRoundTrip : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<test::ExportTestArchive> m_fixture;
    std::vector<StoredReport> m_stored;

    QString exported(ExportFormat format, ExportLayout layout, bool provenance = false)
    {
        ExportOptions options;
        options.format = format;
        options.layout = layout;
        options.provenance = provenance;
        options.outputPath = m_dir.filePath(QStringLiteral("%1%2.%3").arg(
            exportLayoutCode(layout), provenance ? QStringLiteral("-provenance") : QString(),
            exportFormatCode(format)));
        const Result<ExportSummary> summary = exportArchive(*m_fixture->archive, options);
        if (!summary) {
            qFatal("export failed: %s", qUtf8Printable(summary.error().message));
        }
        return options.outputPath;
    }

private Q_SLOTS:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        Result<test::ExportTestArchive> fixture = test::makeExportTestArchive(
            test::freshArchiveLocation(m_dir.path(), QStringLiteral("archive.sqlite")));
        QVERIFY2(fixture, test::messageOf(fixture).constData());
        m_fixture.emplace(std::move(*fixture));
        m_stored = m_fixture->storedReports();
    }

    void wideCsvHoldsEveryReportsCurrentValues()
    {
        const test::CsvTable table = test::readCsv(exported(ExportFormat::Csv, ExportLayout::Wide));
        QVERIFY(table.byteOrderMark);
        QVERIFY(table.crlfRecords);
        const QStringList keys = TemplateRegistry::builtin().allCellKeys();
        QCOMPARE(table.header.mid(0, 7),
                 QStringList({QStringLiteral("report_id"), QStringLiteral("file"),
                              QStringLiteral("agency"), QStringLiteral("year"),
                              QStringLiteral("template"), QStringLiteral("status"),
                              QStringLiteral("issues")}));
        QCOMPARE(table.header.mid(7), keys);
        QCOMPARE(table.rows.size(), m_stored.size());
        int corrected = 0;
        int blanks = 0;
        for (std::size_t r = 0; r < m_stored.size(); ++r) {
            const StoredReport& stored = m_stored[r];
            QCOMPARE(table.field(r, QStringLiteral("report_id")).toLongLong(), stored.info.id);
            QCOMPARE(table.field(r, QStringLiteral("file")), stored.info.fileName);
            QCOMPARE(table.field(r, QStringLiteral("agency")), stored.info.agency);
            QCOMPARE(table.number(r, QStringLiteral("year")),
                     stored.info.year ? std::optional<double>(*stored.info.year) : std::nullopt);
            QCOMPARE(table.field(r, QStringLiteral("template")), stored.info.templateId);
            QCOMPARE(table.field(r, QStringLiteral("status")),
                     reviewStatusCode(stored.info.status));
            QCOMPARE(table.field(r, QStringLiteral("issues")).toInt(), openCount(stored));
            for (const QString& key : keys) {
                const Cell* cell = stored.extracted.cell(key);
                // A key the report's format lacks is blank, like a blank cell.
                const std::optional<double> expected =
                    cell ? stored.value(key) : std::optional<double>();
                QCOMPARE(table.number(r, key), expected);
                corrected += stored.correction(key) ? 1 : 0;
                blanks += cell && !expected ? 1 : 0;
            }
        }
        // The fixture has what the comparison must cover.
        QCOMPARE(corrected, 4);
        QVERIFY(blanks > 10);
    }

    void longCsvHasACellPerRowWithItsExtractedValueAndOpenRules()
    {
        const test::CsvTable table = test::readCsv(exported(ExportFormat::Csv, ExportLayout::Long));
        QCOMPARE(
            table.header,
            QStringList({QStringLiteral("report_id"), QStringLiteral("agency"),
                         QStringLiteral("year"), QStringLiteral("template"), QStringLiteral("key"),
                         QStringLiteral("value"), QStringLiteral("extracted_value"),
                         QStringLiteral("corrected"), QStringLiteral("issue_rules")}));
        std::size_t row = 0;
        int withRules = 0;
        for (const StoredReport& stored : m_stored) {
            for (const Cell& cell : stored.extracted.cells) {
                QCOMPARE(table.field(row, QStringLiteral("report_id")).toLongLong(),
                         stored.info.id);
                QCOMPARE(table.field(row, QStringLiteral("agency")), stored.info.agency);
                QCOMPARE(table.field(row, QStringLiteral("key")), cell.key);
                QCOMPARE(table.number(row, QStringLiteral("value")), stored.value(cell.key));
                QCOMPARE(table.number(row, QStringLiteral("extracted_value")), cell.value);
                // Corrected: a reviewer's value other than the one read (an undo back to it
                // is none).
                QCOMPARE(table.field(row, QStringLiteral("corrected")),
                         stored.value(cell.key) != cell.value ? QStringLiteral("true")
                                                              : QStringLiteral("false"));
                const QString rules = openRulesOf(stored, cell.key);
                QCOMPARE(table.field(row, QStringLiteral("issue_rules")), rules);
                withRules += rules.isEmpty() ? 0 : 1;
                ++row;
            }
        }
        QCOMPARE(table.rows.size(), row);
        QVERIFY(withRules > 0);
    }

    void wideJsonHoldsTheSameAsWideCsvWithNulls()
    {
        const QJsonArray rows = readJsonArray(exported(ExportFormat::Json, ExportLayout::Wide));
        QCOMPARE(rows.size(), qsizetype(m_stored.size()));
        const QStringList keys = TemplateRegistry::builtin().allCellKeys();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            const StoredReport& stored = m_stored[std::size_t(r)];
            QCOMPARE(row.size(), 7 + keys.size());
            QCOMPARE(row.value(u"report_id").toInteger(), stored.info.id);
            QCOMPARE(row.value(u"file").toString(), stored.info.fileName);
            QCOMPARE(row.value(u"agency").toString(), stored.info.agency);
            QCOMPARE(row.value(u"year").toInt(), stored.info.year.value_or(0));
            QCOMPARE(row.value(u"status").toString(), reviewStatusCode(stored.info.status));
            QCOMPARE(row.value(u"issues").toInt(), openCount(stored));
            for (const QString& key : keys) {
                const std::optional<double> expected =
                    stored.extracted.cell(key) ? stored.value(key) : std::nullopt;
                QCOMPARE(jsonNumber(row.value(key)), expected);
            }
        }
    }

    void longJsonHoldsTheSameAsLongCsv()
    {
        const QJsonArray rows = readJsonArray(exported(ExportFormat::Json, ExportLayout::Long));
        qsizetype r = 0;
        for (const StoredReport& stored : m_stored) {
            for (const Cell& cell : stored.extracted.cells) {
                const QJsonObject row = rows.at(r++).toObject();
                QCOMPARE(row.value(u"report_id").toInteger(), stored.info.id);
                QCOMPARE(row.value(u"key").toString(), cell.key);
                QCOMPARE(jsonNumber(row.value(u"value")), stored.value(cell.key));
                QCOMPARE(jsonNumber(row.value(u"extracted_value")), cell.value);
                QCOMPARE(row.value(u"corrected").toBool(), stored.value(cell.key) != cell.value);
                QCOMPARE(row.value(u"issue_rules").toString(), openRulesOf(stored, cell.key));
            }
        }
        QCOMPARE(rows.size(), r);
    }

    void provenanceAddsPrintedTextConfidenceAndCorrector()
    {
        const test::CsvTable wide =
            test::readCsv(exported(ExportFormat::Csv, ExportLayout::Wide, true));
        const test::CsvTable lengthy =
            test::readCsv(exported(ExportFormat::Csv, ExportLayout::Long, true));
        QCOMPARE(lengthy.header.mid(9),
                 QStringList({QStringLiteral("raw"), QStringLiteral("confidence"),
                              QStringLiteral("corrected_by")}));
        std::size_t longRow = 0;
        for (std::size_t r = 0; r < m_stored.size(); ++r) {
            const StoredReport& stored = m_stored[r];
            for (const Cell& cell : stored.extracted.cells) {
                // A reviewer's value is exported as theirs, sure; a value back to the one read
                // is the extractor's again.
                const Correction* correction = stored.correction(cell.key);
                const bool corrected = stored.value(cell.key) != cell.value;
                const QString corrector = corrected ? correction->reviewer : QString();
                const double confidence = corrected ? 1.0 : cell.confidence;
                QCOMPARE(wide.field(r, cell.key + QStringLiteral(":raw")), cell.raw);
                QCOMPARE(wide.number(r, cell.key + QStringLiteral(":confidence")), confidence);
                QCOMPARE(wide.number(r, cell.key + QStringLiteral(":extracted")), cell.value);
                QCOMPARE(wide.field(r, cell.key + QStringLiteral(":corrected_by")), corrector);
                QCOMPARE(wide.number(r, cell.key), stored.value(cell.key));
                QCOMPARE(lengthy.field(longRow, QStringLiteral("raw")), cell.raw);
                QCOMPARE(lengthy.number(longRow, QStringLiteral("confidence")), confidence);
                QCOMPARE(lengthy.field(longRow, QStringLiteral("corrected_by")), corrector);
                ++longRow;
            }
        }
        // A corrected cell says who (审核员甲); a cell reverted to the value read (审核员乙)
        // is exported as read, with no corrector (issue 15).
        QVERIFY(!wide.rows[3].contains(QStringLiteral("审核员乙")));
        QVERIFY(wide.rows[0].contains(QStringLiteral("审核员甲")));
    }

    void textWithCommasQuotesAndLineBreaksComesBackWhole()
    {
        const QString path = exported(ExportFormat::Csv, ExportLayout::Wide);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(
            QByteArray("\"\xE6\x8A\xA5\xE5\x91\x8A,\"\"\xE5\xBC\x95\xE5\x8F\xB7\"\"\n")));
        const test::CsvTable table = test::parseCsv(bytes);
        const std::size_t last = table.rows.size() - 1;
        QCOMPARE(table.field(last, QStringLiteral("report_id")).toLongLong(), m_fixture->tricky);
        QCOMPARE(table.field(last, QStringLiteral("file")), m_fixture->trickyFile);
        QCOMPARE(table.field(last, QStringLiteral("agency")), m_fixture->trickyAgency);
        QCOMPARE(table.header.size(), table.rows[last].size());
    }

    void theCodebookIsWrittenBesideCsvAndJson()
    {
        const QStringList keys = TemplateRegistry::builtin().allCellKeys();
        const QString csv = exported(ExportFormat::Csv, ExportLayout::Wide);
        const test::CsvTable codebook =
            test::readCsv(csv.chopped(4) + QStringLiteral(".codebook.csv"));
        QVERIFY(codebook.byteOrderMark);
        QCOMPARE(codebook.rows.size(), std::size_t(keys.size()));
        for (std::size_t r = 0; r < codebook.rows.size(); ++r) {
            QCOMPARE(codebook.field(r, QStringLiteral("key")), keys.at(qsizetype(r)));
            QVERIFY(!codebook.field(r, QStringLiteral("row_zh")).isEmpty());
            QVERIFY(!codebook.field(r, QStringLiteral("column_en")).isEmpty());
        }
        const QString json = exported(ExportFormat::Json, ExportLayout::Long);
        const QJsonArray entries =
            readJsonArray(json.chopped(5) + QStringLiteral(".codebook.json"));
        QCOMPARE(entries.size(), keys.size());
        QCOMPARE(entries.first().toObject().value(u"key").toString(), keys.first());
        QCOMPARE(entries.first().toObject().value(u"decimals").toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
