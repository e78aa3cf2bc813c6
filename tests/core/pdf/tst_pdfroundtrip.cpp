#include "cellscore.h"
#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "pdf/tesseractocr.h"
#include "synthpdf/pdfgenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace nianbao;

namespace {

/// Generated files per shape: NIANBAO_PDF_ROUNDTRIP_COUNT for PDFs with a text layer (30
/// unless set), NIANBAO_SCAN_ROUNDTRIP_COUNT for scans (one unless set: each scanned page
/// takes seconds of OCR, more in the sanitizer build). The full round trip, a hundred files
/// a shape, is bench_pdf's.
int countFor(synth::PdfShape shape)
{
    const bool scan = shape == synth::PdfShape::Scan;
    const int count = qEnvironmentVariableIntValue(scan ? "NIANBAO_SCAN_ROUNDTRIP_COUNT"
                                                        : "NIANBAO_PDF_ROUNDTRIP_COUNT");
    return count > 0 ? count : (scan ? 1 : 30);
}

quint64 baseSeed()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("NIANBAO_PDF_ROUNDTRIP_SEED").toULongLong(&ok);
    return ok ? seed : 20261207;
}

/// NIANBAO_PDF_ROUNDTRIP_KEEP=DIR keeps the generated files whose cells did not all come back
/// exactly (DIR/<shape>-<n>.pdf), to look at.
void keep(const synth::GeneratedPdf& generated, int index)
{
    const QString folder = qEnvironmentVariable("NIANBAO_PDF_ROUNDTRIP_KEEP");
    if (folder.isEmpty()) {
        return;
    }
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(
        QStringLiteral("%1-%2.pdf").arg(synth::pdfShapeName(generated.shape)).arg(index)));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(generated.bytes);
    }
}

/// Generates `countFor(shape)` files and reads each back, scoring every cell.
test::CellScore roundTrip(synth::PdfShape shape, double& msPerFile)
{
    synth::PdfReportGenerator generator(baseSeed() + static_cast<quint64>(shape) * 1000003u);
    test::CellScore total;
    qint64 readingMs = 0;
    const int count = countFor(shape);
    for (int index = 0; index < count; ++index) {
        const synth::GeneratedPdf generated = generator.generate(shape);
        const QString name = QStringLiteral("%1-%2.pdf").arg(synth::pdfShapeName(shape)).arg(index);
        QElapsedTimer timer;
        timer.start();
        const Result<Document> document = readDocument(generated.bytes, name);
        Result<Report> report =
            document ? extractReport(*document) : Result<Report>(std::unexpected(document.error()));
        readingMs += timer.elapsed();
        test::CellScore score;
        if (report) {
            score.add(*report, generated.report.expected, generated.report.keys, name);
        } else {
            score.cells = static_cast<int>(generated.report.keys.size());
            score.confidentWrong = score.cells;
            score.wrong.append(name + u": " + report.error().message);
        }
        if (score.exact != score.cells) {
            keep(generated, index);
            if (qEnvironmentVariableIsSet("NIANBAO_PDF_ROUNDTRIP_VERBOSE")) {
                qInfo("%s (%s): %s", qPrintable(name), qPrintable(generated.describe()),
                      qPrintable(score.summary()));
                for (const QString& line : score.wrong) {
                    qInfo("  wrong: %s", qPrintable(line));
                }
                for (const QString& line : score.doubts) {
                    qInfo("  flagged: %s", qPrintable(line));
                }
            }
        }
        total += score;
    }
    msPerFile = count > 0 ? double(readingMs) / count : 0;
    return total;
}

} // namespace

/// Generated reports printed as published PDFs — ruled and unruled tables, wrapped labels,
/// the vertical results label, tables over page breaks with and without their header again,
/// running heads and page numbers — and as scans of those pages, read back cell by cell.
class TestPdfRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void pdfsWithATextLayerComeBackExactly_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("ruled") << int(synth::PdfShape::Ruled);
        QTest::newRow("unruled") << int(synth::PdfShape::Unruled);
    }

    void pdfsWithATextLayerComeBackExactly()
    {
        QFETCH(int, shape);
        double msPerFile = 0;
        const test::CellScore score = roundTrip(static_cast<synth::PdfShape>(shape), msPerFile);
        qInfo("%s: %d files, %s; %.0f ms a file to read and extract",
              qPrintable(synth::pdfShapeName(static_cast<synth::PdfShape>(shape))),
              countFor(static_cast<synth::PdfShape>(shape)), qPrintable(score.summary()),
              msPerFile);
        QVERIFY2(score.confidentWrong == 0, qPrintable(score.wrong.join(u'\n')));
        QVERIFY2(score.exactShare() >= 0.999, qPrintable(score.summary()));
    }

    void scansComeBackCellByCell()
    {
        if (const std::optional<Error> missing = ocrUnavailable()) {
            QSKIP(qPrintable(missing->message));
        }
        double msPerFile = 0;
        const test::CellScore score = roundTrip(synth::PdfShape::Scan, msPerFile);
        qInfo("pdf-scan: %d files, %s; %.0f ms a file to read and extract",
              countFor(synth::PdfShape::Scan), qPrintable(score.summary()), msPerFile);
        QVERIFY2(score.confidentWrong == 0, qPrintable(score.wrong.join(u'\n')));
        QVERIFY2(score.exactShare() >= 0.99, qPrintable(score.summary()));
    }
};

QTEST_MAIN(TestPdfRoundTrip)
#include "tst_pdfroundtrip.moc"
