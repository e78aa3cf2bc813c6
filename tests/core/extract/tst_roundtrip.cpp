#include "extract/extractor.h"
#include "extract/rowsolver.h"
#include "synth/reportgenerator.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <map>

using namespace nianbao;

namespace {

/// Reports per run: NIANBAO_ROUNDTRIP_COUNT runs more (or fewer); NIANBAO_ROUNDTRIP_SEED
/// replays another series.
int reportCount()
{
    const int count = qEnvironmentVariableIntValue("NIANBAO_ROUNDTRIP_COUNT");
    return count > 0 ? count : 400;
}

quint64 baseSeed()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("NIANBAO_ROUNDTRIP_SEED").toULongLong(&ok);
    return ok ? seed : 20261122;
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

/// How the cells of one shape came back.
struct Tally {
    int exact = 0;                ///< the value printed, read with confidence (or blank as blank)
    int candidates = 0;           ///< flagged, with ranked candidate readings
    int flagged = 0;              ///< flagged without candidates (blank or low confidence)
    int confidentWrong = 0;       ///< a wrong value read with confidence: never allowed
    int rightAmongCandidates = 0; ///< of `candidates`: the right value is among them
    QStringList wrongCells;       ///< the first confident wrong cells, for the message

    void add(const synth::GeneratedReport& generated, const Report& report)
    {
        for (const QString& key : generated.keys) {
            const Cell* cell = report.cell(key);
            if (!cell) {
                ++flagged;
                continue;
            }
            const std::optional<double> expected = generated.expected.value(key);
            const bool same =
                expected == cell->value ||
                (expected && cell->value && std::abs(*expected - *cell->value) < 1e-9);
            if (cell->confidence >= extract::kLowConfidence || (!expected && !cell->value)) {
                ++(same ? exact : confidentWrong);
                if (!same && wrongCells.size() < 20) {
                    wrongCells.append(
                        QStringLiteral("%1 in %2: %3, expected %4")
                            .arg(key, report.file,
                                 cell->value ? QString::number(*cell->value)
                                             : QStringLiteral("null"),
                                 expected ? QString::number(*expected) : QStringLiteral("null")));
                }
            } else if (!cell->candidates.empty()) {
                ++candidates;
                const bool listed =
                    expected && std::any_of(cell->candidates.begin(), cell->candidates.end(),
                                            [&](const CellCandidate& c) {
                                                return std::abs(c.value - *expected) < 1e-9;
                                            });
                rightAmongCandidates += listed ? 1 : 0;

            } else {
                ++flagged;
            }
        }
    }
    [[nodiscard]] int total() const { return exact + candidates + flagged + confidentWrong; }
};

/// Differences between what a perfect extractor returns for `generated` and `report`.
QStringList compare(const synth::GeneratedReport& generated, const Report& report)
{
    QStringList problems;
    if (report.templateId != generated.templateId) {
        problems.append(
            QStringLiteral("format %1, expected %2").arg(report.templateId, generated.templateId));
    }
    if (report.meta.year != generated.year) {
        problems.append(QStringLiteral("year %1").arg(report.meta.year.value_or(0)));
    }
    if (report.meta.agency != generated.agency) {
        problems.append(QStringLiteral("agency \"%1\", expected \"%2\"")
                            .arg(report.meta.agency, generated.agency));
    }
    if (report.cells.size() != static_cast<std::size_t>(generated.keys.size())) {
        problems.append(QStringLiteral("%1 cells, expected %2")
                            .arg(report.cells.size())
                            .arg(generated.keys.size()));
    }
    for (const QString& key : generated.keys) {
        const Cell* cell = report.cell(key);
        if (!cell) {
            problems.append(QStringLiteral("%1 missing").arg(key));
            continue;
        }
        const std::optional<double> expected = generated.expected.value(key);
        const bool uncertainAllowed = generated.uncertain.contains(key);
        const bool flagged =
            cell->confidence < extract::kLowConfidence && namedByFinding(report, key);
        const bool sameValue =
            expected == cell->value ||
            (expected && cell->value && std::abs(*expected - *cell->value) < 1e-9);
        if (uncertainAllowed && !sameValue && flagged) {
            continue; // a reading the shape makes ambiguous, honestly flagged
        }
        if (!sameValue) {
            problems.append(QStringLiteral("%1 = %2 \"%3\" (%4), expected %5 \"%6\"")
                                .arg(key, describe(cell->value), cell->raw)
                                .arg(cell->confidence)
                                .arg(describe(expected), generated.printed.value(key)));
            continue;
        }
        if (!uncertainAllowed && expected && cell->confidence < extract::kLowConfidence) {
            problems.append(
                QStringLiteral("%1 right but flagged (%2)").arg(key).arg(cell->confidence));
        }
        const QString printed = generated.printed.value(key);
        if (!printed.isEmpty() && !uncertainAllowed) {
            if (cell->raw != printed) {
                problems.append(
                    QStringLiteral("%1 raw \"%2\", expected \"%3\"").arg(key, cell->raw, printed));
            } else if (!cell->span || *cell->span != generated.spans.value(key)) {
                problems.append(QStringLiteral("%1 span differs").arg(key));
            }
        }
    }
    return problems;
}

} // namespace

/// Generated reports of both formats in every shape and with every difficulty real reports
/// have, read back: each cell exactly, or — only where the shape makes it ambiguous — flagged.
class TestRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void generatedReportsComeBackExactly()
    {
        synth::ReportGenerator generator(baseSeed());
        const QList<synth::Shape> shapes = synth::allShapes();
        const int count = reportCount();
        int failures = 0;
        QStringList firstProblems;
        std::map<QString, Tally> tallies; // by "format shape"
        for (int i = 0; i < count; ++i) {
            synth::GeneratorOptions options;
            // Every shape in both formats: the format cycles once per round of shapes.
            options.templateId =
                (i / shapes.size()) % 3 == 2 ? QStringLiteral("2019") : QStringLiteral("2021");
            options.shape = shapes.at(i % shapes.size());
            options.difficulties = synth::Difficulties::random(generator.random());
            options.realistic = i % 4 != 3;
            const synth::GeneratedReport generated = generator.generate(options);
            // NIANBAO_ROUNDTRIP_ONLY=i replays report i alone and prints every difference.
            const int only = qEnvironmentVariableIntValue("NIANBAO_ROUNDTRIP_ONLY") - 1;
            if (only >= 0 && i != only) {
                continue;
            }

            Document document;
            document.fileName = QStringLiteral("generated-%1.txt").arg(i);
            document.format = QStringLiteral("text");
            document.encoding = QStringLiteral("UTF-8");
            document.text = generated.text;
            if (only >= 0) {
                QFile dump(
                    QDir::temp().filePath(QStringLiteral("nianbao-roundtrip-%1.txt").arg(i)));
                if (dump.open(QIODevice::WriteOnly)) {
                    dump.write(generated.text.toUtf8());
                }
            }
            const auto report = extractReport(document);
            if (report) {
                tallies[options.templateId + QLatin1Char(' ') + synth::shapeName(options.shape)]
                    .add(generated, *report);
            }
            const QStringList problems =
                report ? compare(generated, *report) : QStringList{report.error().message};
            if (problems.isEmpty()) {
                continue;
            }
            ++failures;
            if (qEnvironmentVariableIsSet("NIANBAO_ROUNDTRIP_VERBOSE")) {
                qInfo("report %d (%s, %s, %s): %s", i, qPrintable(options.templateId),
                      qPrintable(synth::shapeName(options.shape)),
                      qPrintable(options.difficulties.describe()), qPrintable(problems.first()));
            }
            if (firstProblems.isEmpty()) {
                const QString path =
                    QDir::temp().filePath(QStringLiteral("nianbao-roundtrip-%1.txt").arg(i));
                QFile out(path);
                if (out.open(QIODevice::WriteOnly)) {
                    out.write(generated.text.toUtf8());
                }
                firstProblems << QStringLiteral("report %1 (%2, %3, %4) written to %5:")
                                     .arg(i)
                                     .arg(options.templateId, synth::shapeName(options.shape),
                                          options.difficulties.describe(), path);
                firstProblems << (only >= 0 ? problems : problems.mid(0, 12));
            }
        }
        qInfo("%d generated reports read back, %d with differences (seed %llu)", count, failures,
              static_cast<unsigned long long>(baseSeed()));
        // What the readers and the evidence settled, shape by shape.
        int confidentWrong = 0;
        for (const auto& [name, tally] : tallies) {
            const double total = std::max(1, tally.total());
            qInfo("  %-22s cells %6d  exact %6.2f%%  candidates %5.2f%% (right one listed %d of "
                  "%d)  flagged %5.2f%%  confident-wrong %d",
                  qPrintable(name), tally.total(), 100.0 * tally.exact / total,
                  100.0 * tally.candidates / total, tally.rightAmongCandidates, tally.candidates,
                  100.0 * tally.flagged / total, tally.confidentWrong);
            confidentWrong += tally.confidentWrong;
            for (const QString& wrong : tally.wrongCells) {
                qWarning("confident and wrong: %s", qPrintable(wrong));
            }
        }
        QCOMPARE(confidentWrong, 0);
        QVERIFY2(failures == 0, qPrintable(firstProblems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
