#include "export/datasetexport.h"
#include "exportfixture.h"
#include "fakeprocessing.h"
#include "templates/templateregistry.h"
#include "xlsxtestreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using namespace nianbao::exporting;

namespace {

/// The fill libxlsxwriter gives cells an open error concerns (Excel's "Bad" style).
const QString kErrorFill = QStringLiteral("FFC7CE");

bool hasOpenError(const StoredReport& stored, const QString& key)
{
    return std::any_of(
        stored.extracted.findings.begin(), stored.extracted.findings.end(), [&](const Finding& f) {
            return f.severity == Severity::Error && stored.isOpen(f) && f.cells.contains(key);
        });
}

std::optional<double> numberIn(const test::XlsxCell& cell)
{
    if (cell.type == test::XlsxCell::Type::Empty) {
        return std::nullopt;
    }
    if (cell.type != test::XlsxCell::Type::Number) {
        qFatal("not a number cell: %s", qUtf8Printable(cell.text));
    }
    return cell.number;
}

} // namespace

/// The XLSX export opened the way a spreadsheet does (unzipped, its XML read): three sheets,
/// the archive's values as numbers, open errors painted, the header row frozen. The test reads
/// the files with QuaZip, which the application links too (Word documents): writing XLSX must
/// work beside QuaZip's own copy of minizip (see XlsxWriterLibrary).
class TestXlsxExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<test::ExportTestArchive> m_fixture;
    std::vector<StoredReport> m_stored;

    test::XlsxBook exported(ExportLayout layout, ExportContent content = ExportContent::Dataset)
    {
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.layout = layout;
        options.content = content;
        options.outputPath = m_dir.filePath(exportLayoutCode(layout) + QStringLiteral(".xlsx"));
        const Result<ExportSummary> summary = exportArchive(*m_fixture->archive, options);
        if (!summary) {
            qFatal("export failed: %s", qUtf8Printable(summary.error().message));
        }
        if (summary->files != QStringList{options.outputPath}) {
            qFatal("an XLSX export is one file");
        }
        return test::readXlsx(options.outputPath);
    }

    qsizetype openFindingCount() const
    {
        qsizetype count = 0;
        for (const StoredReport& stored : m_stored) {
            count +=
                std::count_if(stored.extracted.findings.begin(), stored.extracted.findings.end(),
                              [&](const Finding& f) { return stored.isOpen(f); });
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<test::ExportTestArchive> fixture =
            test::makeExportTestArchive(m_dir.filePath(QStringLiteral("archive.sqlite")));
        QVERIFY2(fixture, test::messageOf(fixture).constData());
        m_fixture.emplace(std::move(*fixture));
        m_stored = m_fixture->storedReports();
    }

    void aDatasetWorkbookHasDataCodebookAndFindingsSheets()
    {
        const test::XlsxBook book = exported(ExportLayout::Wide);
        QCOMPARE(book.sheetNames, QStringList({QStringLiteral("data"), QStringLiteral("codebook"),
                                               QStringLiteral("findings")}));
        const QStringList keys = TemplateRegistry::builtin().allCellKeys();
        const test::XlsxSheet* codebook = book.sheet(QStringLiteral("codebook"));
        QCOMPARE(codebook->rows.size(), std::size_t(keys.size() + 1));
        QCOMPARE(codebook->cell(1, 0).text, keys.first());
        QCOMPARE(codebook->cell(std::size_t(keys.size()), 0).text, keys.last());
        const test::XlsxSheet* findings = book.sheet(QStringLiteral("findings"));
        QCOMPARE(qsizetype(findings->rows.size()), openFindingCount() + 1);
        QCOMPARE(findings->cell(0, 5).text, QStringLiteral("rule"));
    }

    void theDataSheetHoldsTheArchivesCurrentValues()
    {
        const test::XlsxBook book = exported(ExportLayout::Wide);
        const test::XlsxSheet& data = *book.sheet(QStringLiteral("data"));
        QCOMPARE(data.rows.size(), m_stored.size() + 1);
        const QStringList keys = TemplateRegistry::builtin().allCellKeys();
        for (std::size_t r = 0; r < m_stored.size(); ++r) {
            const StoredReport& stored = m_stored[r];
            const std::size_t row = r + 1;
            QCOMPARE(numberIn(data.cell(row, 0)), double(stored.info.id));
            QCOMPARE(data.cell(row, 1).text, stored.info.fileName);
            QCOMPARE(data.cell(row, 2).text, stored.info.agency);
            QCOMPARE(data.cell(row, 5).text, reviewStatusCode(stored.info.status));
            for (qsizetype k = 0; k < keys.size(); ++k) {
                const QString& key = keys.at(k);
                const auto column = std::size_t(data.columnOf(key));
                const std::optional<double> expected =
                    stored.extracted.cell(key) ? stored.value(key) : std::nullopt;
                QCOMPARE(numberIn(data.cell(row, column)), expected);
            }
        }
    }

    void cellsWithOpenErrorsArePaintedAndNoOthers()
    {
        const test::XlsxBook book = exported(ExportLayout::Wide);
        const test::XlsxSheet& data = *book.sheet(QStringLiteral("data"));
        int painted = 0;
        for (std::size_t r = 0; r < m_stored.size(); ++r) {
            const StoredReport& stored = m_stored[r];
            for (const Cell& cell : stored.extracted.cells) {
                const auto column = std::size_t(data.columnOf(cell.key));
                const bool error = hasOpenError(stored, cell.key);
                QCOMPARE(data.cell(r + 1, column).fill == kErrorFill, error);
                painted += error ? 1 : 0;
            }
        }
        QVERIFY(painted > 0);
        // The header is filled too, in its own colour.
        QVERIFY(!data.cell(0, 0).fill.isEmpty());
        QVERIFY(data.cell(0, 0).fill != kErrorFill);
    }

    void theHeaderRowIsFrozenAndColumnsHaveWidths()
    {
        const test::XlsxBook book = exported(ExportLayout::Wide);
        for (const test::XlsxSheet& sheet : book.sheets) {
            QVERIFY2(sheet.xml.contains("state=\"frozen\""), qPrintable(sheet.name));
            QVERIFY2(sheet.xml.contains("ySplit=\"1\""), qPrintable(sheet.name));
            QVERIFY2(sheet.xml.contains("<col "), qPrintable(sheet.name));
            QVERIFY2(sheet.xml.contains("<autoFilter "), qPrintable(sheet.name));
        }
    }

    void theLongLayoutHasACellPerRow()
    {
        const test::XlsxBook book = exported(ExportLayout::Long);
        const test::XlsxSheet& data = *book.sheet(QStringLiteral("data"));
        std::size_t row = 1;
        for (const StoredReport& stored : m_stored) {
            for (const Cell& cell : stored.extracted.cells) {
                QCOMPARE(data.cell(row, 4).text, cell.key);
                QCOMPARE(numberIn(data.cell(row, 5)), stored.value(cell.key));
                QCOMPARE(numberIn(data.cell(row, 6)), cell.value);
                QCOMPARE(data.cell(row, 7).type, test::XlsxCell::Type::Boolean);
                // Corrected: a reviewer's value other than the one read (an undo back to it
                // is none).
                QCOMPARE(data.cell(row, 7).text == QLatin1String("1"),
                         stored.value(cell.key) != cell.value);
                QCOMPARE(data.cell(row, 5).fill == kErrorFill, hasOpenError(stored, cell.key));
                ++row;
            }
        }
        QCOMPARE(data.rows.size(), row);
    }

    void aFindingsReportWorkbookHasTheFindingsAlone()
    {
        const test::XlsxBook book = exported(ExportLayout::Wide, ExportContent::Findings);
        QCOMPARE(book.sheetNames, QStringList{QStringLiteral("findings")});
        const test::XlsxSheet& findings = book.sheets.front();
        QCOMPARE(qsizetype(findings.rows.size()), openFindingCount() + 1);
        QCOMPARE(findings.cell(0, 9).text, QStringLiteral("message_zh"));
        // Errors are painted in the severity column.
        for (std::size_t r = 1; r < findings.rows.size(); ++r) {
            QCOMPARE(findings.cell(r, 6).fill == kErrorFill,
                     findings.cell(r, 6).text == QLatin1String("error"));
        }
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
