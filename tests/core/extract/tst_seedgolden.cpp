#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "goldenfile.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace nianbao;

namespace {

Document seedDocument(const QString& path)
{
    auto document = readDocument(path);
    if (!document) {
        qFatal("cannot read %s: %s", qUtf8Printable(path),
               qUtf8Printable(document.error().message));
    }
    return *document;
}

QString expectedPath(const QString& seed)
{
    return test::dataPath(QStringLiteral("seeds/expected/%1.json").arg(QFileInfo(seed).baseName()));
}

} // namespace

/// Every cell of the five seed reports against hand-checked expected files. Set
/// NIANBAO_UPDATE_GOLDEN=1 to rewrite them from the extractor, then review the diff by hand.
class TestSeedGolden : public QObject {
    Q_OBJECT

private slots:
    void seedsMatchTheirExpectedCells_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString& seed : test::seedFiles()) {
            QTest::newRow(qPrintable(QFileInfo(seed).baseName())) << seed;
        }
        QCOMPARE(test::seedFiles().size(), 5);
    }

    void seedsMatchTheirExpectedCells()
    {
        QFETCH(QString, seed);
        const Document document = seedDocument(seed);
        const auto report = extractReport(document);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));

        if (qEnvironmentVariableIntValue("NIANBAO_UPDATE_GOLDEN") == 1) {
            QFile out(expectedPath(seed));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(test::Golden::fromReport(*report).json).toJson());
            QSKIP("expected file rewritten");
        }
        QFile in(expectedPath(seed));
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
        const test::Golden golden{QJsonDocument::fromJson(in.readAll()).object()};
        const QStringList differences = golden.compare(*report);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }

    void everySpanPointsAtItsRawText_data() { seedsMatchTheirExpectedCells_data(); }

    void everySpanPointsAtItsRawText()
    {
        QFETCH(QString, seed);
        const Document document = seedDocument(seed);
        const auto report = extractReport(document);
        QVERIFY(report);
        for (const Cell& cell : report->cells) {
            if (!cell.raw.isEmpty()) {
                QVERIFY2(cell.span, qPrintable(cell.key));
                QCOMPARE(document.textOf(*cell.span), cell.raw);
            }
        }
        for (const LabelMatch& label : report->labels) {
            QCOMPARE(document.textOf(label.span), label.text);
        }
        QVERIFY(report->meta.yearSpan);
        QCOMPARE(document.textOf(*report->meta.yearSpan), QString::number(*report->meta.year));
    }

    void uncertainCellsAreNamedByAFinding_data() { seedsMatchTheirExpectedCells_data(); }

    void uncertainCellsAreNamedByAFinding()
    {
        QFETCH(QString, seed);
        const auto report = extractReport(seedDocument(seed));
        QVERIFY(report);
        for (const Cell& cell : report->cells) {
            if (cell.confidence >= kLowConfidence ||
                (!cell.value && cell.raw.isEmpty() && cell.confidence == 0.5)) {
                continue; // certain, or visibly blank (rule 6 reports blanks)
            }
            const bool named =
                std::any_of(report->findings.begin(), report->findings.end(),
                            [&](const Finding& f) { return f.cells.contains(cell.key); });
            QVERIFY2(named, qPrintable(cell.key));
        }
    }
};

QTEST_GUILESS_MAIN(TestSeedGolden)
#include "tst_seedgolden.moc"
