// "A third format is a new file": an invented format (tests/data/templates/2008.json, with its own
// table 2 block, three applicant columns, labelled table 4 rows and its own charts) is installed
// as one data file through NIANBAO_TEMPLATE_PATH, and reports of it are extracted, checked,
// imported, shown in the form of the real main window, charted and exported, with no code that
// names it.

#include "archive/archive.h"
#include "charts/chartspane.h"
#include "common/itemroles.h"
#include "csvtestreader.h"
#include "export/datasetexport.h"
#include "extract/extractor.h"
#include "form/formmodel.h"
#include "form/formpane.h"
#include "form/formview.h"
#include "rules/validator.h"
#include "session/reportsession.h"
#include "synth/reportgenerator.h"
#include "templates/templateregistry.h"
#include "uitestkit.h"
#include "workspace/reportworkspace.h"

#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::test;
using namespace nianbao::ui;

namespace {

const QString kFormat = QStringLiteral("2008");

const ReportTemplate& invented()
{
    return *TemplateRegistry::builtin().find(kFormat);
}

synth::GeneratedReport generate(synth::ReportGenerator& generator, synth::Shape shape, int year,
                                const QString& agency)
{
    synth::GeneratorOptions options;
    options.templateId = kFormat;
    options.shape = shape;
    options.year = year;
    options.agency = agency;
    options.busy = true;
    return generator.render(invented(), generator.consistentValues(invented(), true), options);
}

Document documentOf(const synth::GeneratedReport& generated)
{
    Document document;
    document.fileName = QStringLiteral("invented.txt");
    document.format = QStringLiteral("text");
    document.encoding = QStringLiteral("UTF-8");
    document.text = generated.text;
    return document;
}

bool hasErrors(const std::vector<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

} // namespace

class TestThirdFormat : public QObject {
    Q_OBJECT

public:
    TestThirdFormat()
    {
        // Before anything asks for the formats: the registry reads them once.
        qputenv("NIANBAO_TEMPLATE_PATH", QByteArray(NIANBAO_TEST_DATA "/templates"));
    }

private slots:
    void installedBesideTheBundledOnes()
    {
        const TemplateRegistry& registry = TemplateRegistry::builtin();
        QVERIFY(registry.find(QStringLiteral("2021")));
        QVERIFY(registry.find(QStringLiteral("2019")));
        QVERIFY(registry.find(kFormat));
        QCOMPARE(registry.forYear(2012), &invented());
        QVERIFY(registry.allCellKeys().contains(QStringLiteral("t2.enquiries.phone")));
        QVERIFY(!invented().rulesError);
    }

    void extractedAndChecked_data()
    {
        QTest::addColumn<synth::Shape>("shape");
        for (const synth::Shape shape : synth::allShapes()) {
            QTest::newRow(qPrintable(synth::shapeName(shape))) << shape;
        }
    }

    void extractedAndChecked()
    {
        QFETCH(synth::Shape, shape);
        synth::ReportGenerator generator(2008);
        int tampered = 0;
        for (int i = 0; i < 5; ++i) {
            const synth::GeneratedReport generated =
                generate(generator, shape, 2010 + i, QStringLiteral("虚构县第%1局").arg(i));
            auto report = extractReport(documentOf(generated));
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QCOMPARE(report->templateId, kFormat);
            QCOMPARE(report->cells.size(), std::size_t(invented().defaultCellKeys().size()));
            for (const QString& key : generated.keys) {
                const Cell* cell = report->cell(key);
                QVERIFY2(cell, qPrintable(key));
                const bool flagged = isLowConfidence(cell->confidence);
                QVERIFY2(cell->value == generated.expected.value(key) ||
                             (flagged && generated.uncertain.contains(key)),
                         qPrintable(QStringLiteral("%1: %2 \"%3\", expected %4 in\n%5")
                                        .arg(key)
                                        .arg(cell->value.value_or(-1))
                                        .arg(cell->raw)
                                        .arg(generated.expected.value(key).value_or(-1))
                                        .arg(generated.text)));
            }
            // The invented format's own rules: a consistent report breaks none of its hard
            // rules, and a changed total breaks them, naming the cell.
            revalidate(*report);
            QVERIFY(!hasErrors(validateReport(*report)));
            const QStringList row{QStringLiteral("t3.new.natural"), QStringLiteral("t3.new.legal"),
                                  QStringLiteral("t3.new.other_org"),
                                  QStringLiteral("t3.new.total")};
            if (std::any_of(row.begin(), row.end(), [&](const QString& key) {
                    const Cell* c = report->cell(key);
                    return !c->value || isLowConfidence(c->confidence);
                })) {
                continue; // a row the shape left uncertain: its sum is not assessable
            }
            Cell* total = report->cell(u"t3.new.total");
            total->value = *total->value + 1;
            const std::vector<Finding> findings = validateReport(*report);
            QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
                return f.rule == QLatin1String("t3.row_total") && f.severity == Severity::Error &&
                       f.cells.contains(QLatin1String("t3.new.total"));
            }));
            ++tampered;
        }
        QVERIFY2(tampered > 0, "no report of this shape had a certain row to change");
    }

    void shownChartedAndExported()
    {
        QTemporaryDir dir;
        synth::ReportGenerator generator(20081);
        QStringList files;
        QHash<int, synth::GeneratedReport> byYear;
        for (const int year : {2011, 2012}) {
            const synth::GeneratedReport generated =
                generate(generator, synth::Shape::TabRows, year, QStringLiteral("虚构市档案局"));
            const QString path = dir.filePath(QStringLiteral("invented-%1.txt").arg(year));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(generated.text.toUtf8());
            file.close();
            files << path;
            byYear.insert(year, generated);
        }
        const QString archivePath = dir.filePath(QStringLiteral("archive.sqlite"));
        writeArchive(archivePath, files);

        // The form of the real main window: a tab per table of the format, its columns.
        WindowFixture fixture(archivePath);
        const ReportId id = fixture.reportOf(QStringLiteral("虚构市档案局"), 2012);
        ui::ReportWorkspace* workspace = fixture.window().workspace();
        auto* browser = fixture.find<QTableView>("browserTable");
        const QModelIndex listed = findIndex(browser->model(), ui::ReportIdRole, id);
        QVERIFY(listed.isValid());
        browser->setCurrentIndex(listed);
        browser->setFocus();
        QTest::keyClick(browser, Qt::Key_Return);
        QTRY_VERIFY(workspace->session());
        QCOMPARE(workspace->session()->id(), id);
        const synth::GeneratedReport& shown = byYear[2012];
        for (const QString& key :
             {QStringLiteral("t2.enquiries.phone"), QStringLiteral("t3.new.legal"),
              QStringLiteral("t4.suit.total")}) {
            auto* view = fixture.find<ui::FormView>(
                qPrintable(QStringLiteral("formTable_") + key.section(QLatin1Char('.'), 0, 0)));
            QVERIFY2(view, qPrintable(key));
            const QModelIndex index = view->formModel()->indexOf(key);
            QVERIFY2(index.isValid(), qPrintable(key));
            QCOMPARE(index.data().toString(), shown.printed.value(key).isEmpty()
                                                  ? QString()
                                                  : QString::number(*shown.expected.value(key)));
        }
        workspace->formPane()->selectCells({QStringLiteral("t3.carried_forward.total")});
        QCOMPARE(workspace->formPane()->currentCellKey(),
                 QStringLiteral("t3.carried_forward.total"));

        // The charts the format describes, and the body across its two years.
        const std::vector<ui::BarChartData>& charts = workspace->chartsPane()->shown();
        QStringList keys;
        for (const ui::BarChartData& chart : charts) {
            keys << chart.key;
            QVERIFY(fixture.find<QWidget>(qPrintable(QStringLiteral("chart_") + chart.key)));
        }
        QCOMPARE(keys, QStringList({QStringLiteral("applicants"), QStringLiteral("enquiries"),
                                    QStringLiteral("litigation"), QStringLiteral("years")}));
        QCOMPARE(charts[0].categories.size(), 3); // 公民, 法人, 其他组织
        QCOMPARE(charts[0].sets.front().values.at(1),
                 *shown.expected.value(QStringLiteral("t3.new.legal")));
        QCOMPARE(charts[1].sets.front().values,
                 QList<double>({*shown.expected.value(QStringLiteral("t2.enquiries.phone")),
                                *shown.expected.value(QStringLiteral("t2.enquiries.online"))}));
        QCOMPARE(charts[3].categories,
                 QStringList({QStringLiteral("2011"), QStringLiteral("2012")}));
        QCOMPARE(charts[3].sets.at(1).values.at(0),
                 *byYear[2011].expected.value(QStringLiteral("t4.suit.total")));

        // Exported: the format's own cells are columns of the dataset, with their values.
        Result<Archive> archive = Archive::open(fixture.archivePath());
        QVERIFY(archive);
        ExportOptions options;
        options.outputPath = dir.filePath(QStringLiteral("dataset.csv"));
        const Result<ExportSummary> exported = exportArchive(*archive, options);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        const CsvTable table = readCsv(options.outputPath);
        QCOMPARE(table.rows.size(), std::size_t(2));
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const int year = table.field(row, QStringLiteral("year")).toInt();
            QCOMPARE(table.field(row, QStringLiteral("template")), kFormat);
            for (const QString& key : invented().defaultCellKeys()) {
                QVERIFY2(table.number(row, key) == byYear[year].expected.value(key),
                         qPrintable(key));
            }
        }
    }
};

QTEST_MAIN(TestThirdFormat)
#include "tst_thirdformat.moc"
