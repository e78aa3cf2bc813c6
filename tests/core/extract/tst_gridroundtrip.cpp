#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "extract/rowsolver.h"
#include "synth/filegenerator.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace nianbao;

namespace {

/// Files per shape per run: NIANBAO_GRID_ROUNDTRIP_COUNT runs more (or fewer);
/// NIANBAO_GRID_ROUNDTRIP_SEED replays another series.
int fileCount()
{
    const int count = qEnvironmentVariableIntValue("NIANBAO_GRID_ROUNDTRIP_COUNT");
    return count > 0 ? count : 120;
}

quint64 baseSeed()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("NIANBAO_GRID_ROUNDTRIP_SEED").toULongLong(&ok);
    return ok ? seed : 20261207;
}

QString officialForm()
{
    const QString dir = test::sharedRealDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/blank-2021-template.docx");
}

bool namedByFinding(const Report& report, const QString& key)
{
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& f) { return f.cells.contains(key); });
}

QString describe(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15) : QStringLiteral("null");
}

/// What happened to the cells of one shape.
struct Tally {
    int files = 0;
    int cells = 0;
    int decidable = 0;      ///< cells the file's print settles (not marked uncertain)
    int exactDecidable = 0; ///< of those, read exactly
    int exact = 0;
    int flagged = 0;        ///< wrong or doubtful, and shown to the reviewer
    int wrong = 0;          ///< wrong and not flagged
    int confidentWrong = 0; ///< wrong, confident and named by no finding: the worst outcome
    int fromForm = 0;
    qint64 nanoseconds = 0;
    QStringList problems;
    /// Print every flagged and wrong cell (NIANBAO_GRID_ROUNDTRIP_VERBOSE).
    bool verbose = false;
};

/// Compares one file's extraction with what a perfect extractor returns.
void compare(const synth::GeneratedFile& file, const Document& document, const Report& report,
             Tally& tally)
{
    const synth::GeneratedReport& expected = file.report;
    const auto problem = [&](const QString& text) {
        if (tally.problems.size() < 12) {
            tally.problems.append(text);
        }
    };
    if (report.templateId != expected.templateId) {
        problem(
            QStringLiteral("format %1, expected %2").arg(report.templateId, expected.templateId));
    }
    if (report.meta.year != expected.year) {
        problem(QStringLiteral("year %1, expected %2")
                    .arg(report.meta.year.value_or(0))
                    .arg(expected.year));
    }
    for (const QString& key : expected.keys) {
        ++tally.cells;
        const Cell* cell = report.cell(key);
        if (!cell) {
            ++tally.wrong;
            problem(QStringLiteral("%1 missing").arg(key));
            continue;
        }
        const std::optional<double> value = expected.expected.value(key);
        const bool same = value == cell->value ||
                          (value && cell->value && std::abs(*value - *cell->value) < 1e-9);
        const bool named = namedByFinding(report, key);
        const bool flagged = cell->confidence < extract::kLowConfidence && named;
        const bool mayBeFlagged = expected.uncertain.contains(key);
        tally.decidable += mayBeFlagged ? 0 : 1;
        if (cell->span && document.textOf(*cell->span) != cell->raw) {
            problem(QStringLiteral("%1 span does not hold its raw text").arg(key));
        }
        if (same && (!flagged || mayBeFlagged)) {
            ++tally.exact;
            tally.exactDecidable += mayBeFlagged ? 0 : 1;
            const QString printed = expected.printed.value(key);
            if (!mayBeFlagged && !printed.isEmpty() && cell->raw != printed) {
                problem(
                    QStringLiteral("%1 raw \"%2\", printed \"%3\"").arg(key, cell->raw, printed));
            }
            continue;
        }
        if (flagged) {
            ++tally.flagged;
            if (tally.verbose) {
                qInfo("%s FLAGGED %s: %s \"%s\" (%g), expected %s \"%s\"%s",
                      qPrintable(file.fileName), qPrintable(key), qPrintable(describe(cell->value)),
                      qPrintable(cell->raw), cell->confidence, qPrintable(describe(value)),
                      qPrintable(expected.printed.value(key)), mayBeFlagged ? " (allowed)" : "");
            }
            if (!mayBeFlagged) {
                problem(QStringLiteral("%1 flagged: %2 \"%3\" (%4), expected %5 \"%6\"")
                            .arg(key, describe(cell->value), cell->raw)
                            .arg(cell->confidence)
                            .arg(describe(value), expected.printed.value(key)));
            }
            continue;
        }
        ++tally.wrong;
        if (cell->confidence >= extract::kLowConfidence && !named) {
            ++tally.confidentWrong;
        }
        if (tally.verbose) {
            qInfo("%s WRONG %s: %s \"%s\" (%g), expected %s \"%s\"", qPrintable(file.fileName),
                  qPrintable(key), qPrintable(describe(cell->value)), qPrintable(cell->raw),
                  cell->confidence, qPrintable(describe(value)),
                  qPrintable(expected.printed.value(key)));
        }
        problem(QStringLiteral("%1 WRONG: %2 \"%3\" (%4), expected %5 \"%6\"")
                    .arg(key, describe(cell->value), cell->raw)
                    .arg(cell->confidence)
                    .arg(describe(value), expected.printed.value(key)));
    }
}

} // namespace

/// Generated files of every structured shape (Word-pasted HTML, .docx from scratch and from the
/// official form, Markdown pipe tables, tab grids), each with random layouts and markup
/// habits, read back through the document readers and the grid reader: at least 99.9 % of
/// cells exactly, and no wrong cell that is confident and unflagged.
class TestGridRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void structuredFilesComeBackExactly_data()
    {
        QTest::addColumn<int>("shape");
        for (const synth::FileShape shape : synth::allFileShapes()) {
            QTest::newRow(qPrintable(synth::fileShapeName(shape))) << int(shape);
        }
    }

    void structuredFilesComeBackExactly()
    {
        QFETCH(int, shape);
        const auto fileShape = static_cast<synth::FileShape>(shape);
        synth::FileGenerator generator(baseSeed() + quint64(shape), officialForm());
        Tally tally;
        tally.verbose = qEnvironmentVariableIsSet("NIANBAO_GRID_ROUNDTRIP_VERBOSE");
        Tally textPath;
        QString firstFailure;
        for (int i = 0; i < fileCount(); ++i) {
            synth::GeneratorOptions options;
            options.templateId = i % 3 == 2 ? QStringLiteral("2019") : QStringLiteral("2021");
            options.difficulties = synth::Difficulties::random(generator.random());
            options.realistic = i % 4 != 3;
            const synth::GeneratedFile file = generator.generate(fileShape, options);
            QVERIFY(!file.bytes.isEmpty());
            tally.fromForm += file.fromOfficialForm ? 1 : 0;
            ++tally.files;

            QElapsedTimer timer;
            timer.start();
            const auto document = readDocument(file.bytes, file.fileName);
            QVERIFY2(document, document ? "" : qPrintable(document.error().message));
            const auto report = extractReport(*document);
            tally.nanoseconds += timer.nsecsElapsed();
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));

            // The same file read from its text alone, as before the grid reader: for the
            // figures printed below (not asserted).
            Document textOnly = *document;
            textOnly.tables.clear();
            if (const auto fromText = extractReport(textOnly)) {
                compare(file, textOnly, *fromText, textPath);
            }
            textPath.problems.clear();

            const int before = int(tally.problems.size());
            const int wrongBefore = tally.wrong;
            compare(file, *document, *report, tally);
            if (tally.wrong > wrongBefore &&
                qEnvironmentVariableIsSet("NIANBAO_GRID_ROUNDTRIP_VERBOSE")) {
                QFile out(QDir::temp().filePath(QStringLiteral("nianbao-grid-wrong-%1-%2-%3")
                                                    .arg(synth::fileShapeName(fileShape))
                                                    .arg(i)
                                                    .arg(file.fileName)));
                if (out.open(QIODevice::WriteOnly)) {
                    out.write(file.bytes);
                }
            }
            if (firstFailure.isEmpty() && tally.problems.size() > before) {
                const QString path = QDir::temp().filePath(QStringLiteral("nianbao-grid-%1-%2-%3")
                                                               .arg(synth::fileShapeName(fileShape))
                                                               .arg(i)
                                                               .arg(file.fileName));
                QFile out(path);
                if (out.open(QIODevice::WriteOnly)) {
                    out.write(file.bytes);
                }
                firstFailure = QStringLiteral("file %1 (%2, %3) written to %4")
                                   .arg(i)
                                   .arg(options.templateId, options.difficulties.describe(), path);
            }
        }
        // Exactness is asked of the cells the file's print settles; the others (a subtotal
        // column under 数据1… headers among zeros, say) may be flagged instead.
        const double exactShare =
            tally.decidable ? double(tally.exactDecidable) / tally.decidable : 0.0;
        qInfo("%-16s %4d files (%d from the official form): %d cells, %d exact (%.3f %%), %d "
              "flagged, %d wrong unflagged, %d confident wrong; of the %d cells the print "
              "settles, %.3f %% exact; %.2f ms a file",
              qPrintable(synth::fileShapeName(fileShape)), tally.files, tally.fromForm, tally.cells,
              tally.exact, 100.0 * tally.exact / std::max(1, tally.cells), tally.flagged,
              tally.wrong, tally.confidentWrong, tally.decidable, 100.0 * exactShare,
              tally.nanoseconds / 1e6 / std::max(1, tally.files));
        qInfo("%-16s from the text alone (no grids): %d exact (%.3f %%), %d flagged, %d wrong "
              "unflagged, %d confident wrong",
              qPrintable(synth::fileShapeName(fileShape)), textPath.exact,
              100.0 * textPath.exact / std::max(1, textPath.cells), textPath.flagged,
              textPath.wrong, textPath.confidentWrong);
        const QString details = firstFailure + u'\n' + tally.problems.join(u'\n');
        QVERIFY2(tally.confidentWrong == 0, qPrintable(details));
        QVERIFY2(exactShare >= 0.999, qPrintable(details));
    }
};

QTEST_GUILESS_MAIN(TestGridRoundTrip)
#include "tst_gridroundtrip.moc"
