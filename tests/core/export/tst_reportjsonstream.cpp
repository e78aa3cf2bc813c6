// `nianbao-cli extract` writes reports as a stream; the bytes must be those QJsonDocument gives
// for reportToJson(), on generated reports of every format and shape (with their candidates,
// extras, findings, labels and narrative) and on reports with hostile text in every field.

#include "common/jsonwriter.h"
#include "export/reportjson.h"
#include "extract/extractor.h"
#include "rules/validator.h"
#include "synth/reportgenerator.h"

#include <QJsonDocument>
#include <QTest>

using namespace nianbao;

namespace {

QByteArray documented(const Report& report)
{
    return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
}

QByteArray streamed(const Report& report)
{
    JsonWriter out;
    writeReportJson(out, report);
    out.raw("\n");
    return out.bytes().toByteArray();
}

/// Text with what JSON must escape or encode: control characters, quotes, backslashes,
/// characters outside the BMP, a lone surrogate.
QString hostile(int i)
{
    return QStringLiteral("\"报告\"\\%1\t\n\u0001\u001f\U0001F4C4").arg(i) +
           QChar(0xd800 + i % 0x800);
}

} // namespace

class TestReportJsonStream : public QObject {
    Q_OBJECT

private slots:
    void generatedReports()
    {
        synth::ReportGenerator generator(1414);
        int withCandidates = 0;
        int reports = 0;
        for (const QString& format : {QStringLiteral("2021"), QStringLiteral("2019")}) {
            for (const synth::Shape shape : synth::allShapes()) {
                for (int i = 0; i < 12; ++i) {
                    synth::GeneratorOptions options;
                    options.templateId = format;
                    options.shape = shape;
                    options.difficulties = synth::Difficulties::random(generator.random());
                    Document document;
                    document.fileName = QStringLiteral("generated-%1.txt").arg(i);
                    document.format = QStringLiteral("text");
                    document.encoding = QStringLiteral("UTF-8");
                    document.text = generator.generate(options).text;
                    auto report = extractReport(document);
                    QVERIFY2(report, qPrintable(document.fileName));
                    report->file = document.fileName;
                    revalidate(*report);
                    if (std::any_of(report->cells.begin(), report->cells.end(),
                                    [](const Cell& c) { return !c.candidates.empty(); })) {
                        ++withCandidates;
                    } else if (i % 3 == 0) {
                        // The field is rare on clean text: give some reports readings to rank.
                        Cell& cell = report->cells.at(static_cast<std::size_t>(i));
                        cell.candidates = {{12, 0.75}, {1.5, 0.25}, {120, 1.0 / 3}};
                        cell.confidence = 0.35;
                    }
                    ++reports;
                    const QByteArray expected = documented(*report);
                    QCOMPARE(streamed(*report), expected);
                }
            }
        }
        QCOMPARE(reports, 2 * 12 * static_cast<int>(synth::allShapes().size()));
        qInfo("%d of %d reports had candidates of their own", withCandidates, reports);
    }

    void hostileText()
    {
        Report report;
        report.file = hostile(1);
        report.format = QStringLiteral("text");
        report.encoding = hostile(2);
        report.meta.title = hostile(3);
        report.meta.titleSpan = Span{0, 70000000000};
        report.meta.year = -1;
        for (int i = 0; i < 40; ++i) {
            Cell cell{QStringLiteral("t3.row%1.column").arg(39 - i),
                      std::nullopt,
                      hostile(i),
                      std::nullopt,
                      i / 39.0,
                      {}};
            if (i % 2 == 0) {
                cell.value = i * 1.01;
                cell.span = Span{i, i + 1};
            }
            if (i % 5 == 0) {
                cell.candidates = {{1e300, 0}, {-0.0, 1}, {5e-324, 0.001}};
            }
            report.cells.push_back(cell);
        }
        // Two cells of one key: the later one stands, as QJsonObject::insert leaves it.
        report.cells.push_back(
            Cell{QStringLiteral("t3.row5.column"), 7, QStringLiteral("7"), Span{1, 2}, 1, {}});
        report.extras.push_back(
            Cell{QStringLiteral("t3.denied.subtotal.natural"), 3, hostile(4), Span{5, 6}, 0.5, {}});
        Finding finding;
        finding.rule = QStringLiteral("t3.balance");
        finding.severity = Severity::Error;
        finding.cells = {QStringLiteral("t3.new.total"), hostile(5)};
        finding.messageTemplate = QStringLiteral("%1 is not %2");
        finding.args = {FindingArg::value(hostile(6)),
                        FindingArg::localized(LocalizedText{hostile(7), hostile(8)})};
        report.findings.push_back(finding);
        report.labels.push_back(
            LabelMatch{QStringLiteral("t3.new"), hostile(9), hostile(10), Span{3, 9}, 2});
        report.narrative.push_back(
            NarrativePart{QStringLiteral("overview"), hostile(11), hostile(12), Span{0, 3}});
        QCOMPARE(streamed(report), documented(report));

        const Report empty{};
        QCOMPARE(streamed(empty), documented(empty));
    }
};

QTEST_GUILESS_MAIN(TestReportJsonStream)
#include "tst_reportjsonstream.moc"
