#include "documents/documentreader.h"
#include "extract/extractor.h"
#include "realgoldens.h"
#include "rules/validator.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <cstdio>
#include <vector>

using namespace nianbao;
using test::CellOutcome;
using test::CellVerdict;
using test::RealGolden;

namespace {

/// Silent-wrong cells of today's extractor, each a defect for the extraction engineers (see
/// the coordinator's report of the goldens branch). Listed one by one so that CI stays green
/// while they are visible as XFAIL in every run: a new silent-wrong cell fails the test, and
/// so does a listed one that is fixed (XPASS) — then delete its line here.
struct KnownDefect {
    const char* shape;
    const char* key;
    const char* why;
};
// None today (every shape, 2740 cells): add {"shape", "key", "why"} lines here only for cells
// reported to the coordinator as defects.
const std::vector<KnownDefect> knownSilentWrong = {};

const KnownDefect* knownDefect(const QString& shape, const QString& key)
{
    for (const KnownDefect& defect : knownSilentWrong) {
        if (shape == QLatin1String(defect.shape) && key == QLatin1String(defect.key)) {
            return &defect;
        }
    }
    return nullptr;
}

struct Score {
    QString shape;
    int cells = 0;
    int exact = 0;
    int flagged = 0;
    int silentWrong = 0;
    int undecidable = 0;
    /// Undecidable cells read confidently all the same: right by luck or by evidence from
    /// outside the report (another year), worth a look either way.
    int undecidableExact = 0;
};

bool strictMode()
{
    return qEnvironmentVariableIntValue("NIANBAO_REAL_STRICT") == 1;
}

QString line(const QString& shape, const CellVerdict& verdict)
{
    return QStringLiteral("%1 %2: extracted %3, golden %4")
        .arg(shape, verdict.key, verdict.extracted, verdict.expected);
}

} // namespace

/// Every cell of every real report in ../shared/real, in every shape there (web text, the
/// HTML page, pdftotext, OCR, the PDFs), against the values read off the reports by hand
/// (tests/data/real/expected). A cell is exact (the golden value, confidently read), flagged
/// (blank or doubtful, and a finding leads the reviewer to it) or silent-wrong (the product's
/// worst outcome: a confident wrong value, or a doubt nothing points at). The test fails on
/// any silent-wrong cell and on a wrong format or year, and prints how each file scores.
/// NIANBAO_REAL_STRICT=1 also fails on every cell that is not exact, except those the report
/// itself cannot decide (the golden's `undecidable`): the target of the extraction work.
class TestRealGoldens : public QObject {
    Q_OBJECT

    QList<RealGolden> m_goldens;
    QList<Score> m_scores;

private slots:
    void initTestCase()
    {
        if (test::sharedRealDir().isEmpty()) {
            QSKIP("../shared/real is not beside the repository: the real reports are not "
                  "committed, so their golden values (tests/data/real/expected) cannot be "
                  "measured here");
        }
        m_goldens = RealGolden::loadAll(test::dataPath(QStringLiteral("real/expected")));
        QVERIFY(m_goldens.size() >= 10);
        // Reports added to ../shared/real later are measured only once someone reads them.
        QStringList covered;
        for (const RealGolden& golden : std::as_const(m_goldens)) {
            covered += golden.shapes;
        }
        const QStringList reports =
            QDir(test::sharedRealDir())
                .entryList(
                    {QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.pdf")},
                    QDir::Files, QDir::Name);
        for (const QString& report : reports) {
            if (!covered.contains(report)) {
                qInfo("%s has no golden values in tests/data/real/expected", qPrintable(report));
            }
        }
    }

    void everyShapeMatchesItsGolden_data()
    {
        QTest::addColumn<int>("golden");
        QTest::addColumn<QString>("shape");
        for (qsizetype i = 0; i < m_goldens.size(); ++i) {
            for (const QString& shape : m_goldens.at(i).shapes) {
                QTest::newRow(qPrintable(shape)) << int(i) << shape;
            }
        }
    }

    void everyShapeMatchesItsGolden()
    {
        QFETCH(int, golden);
        QFETCH(QString, shape);
        const RealGolden& expected = m_goldens.at(golden);
        const QString path = test::sharedRealDir() + QLatin1Char('/') + shape;
        if (!QFileInfo::exists(path)) {
            QSKIP(qPrintable(QStringLiteral("%1 is not in ../shared/real").arg(shape)));
        }
        auto document = readDocument(path);
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        auto report = extractReport(*document);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        revalidate(*report); // the completeness rule names the blank cells, as in the CLI

        QCOMPARE(report->templateId, expected.templateId);
        QCOMPARE(report->meta.year.value_or(0), expected.year);
        if (report->meta.agency != expected.agency) {
            qInfo("%s: agency read as \"%s\", printed \"%s\"", qPrintable(shape),
                  qUtf8Printable(report->meta.agency), qUtf8Printable(expected.agency));
        }

        const QList<CellVerdict> verdicts = test::judgeCells(expected, *report);
        Score score{shape};
        QStringList silentWrong;
        QStringList notExact;
        QList<CellVerdict> known;
        for (const CellVerdict& verdict : verdicts) {
            ++score.cells;
            const bool undecidable = expected.isUndecidable(verdict.key, shape);
            score.undecidable += undecidable ? 1 : 0;
            score.undecidableExact += undecidable && verdict.outcome == CellOutcome::Exact ? 1 : 0;
            switch (verdict.outcome) {
            case CellOutcome::Exact:
                ++score.exact;
                break;
            case CellOutcome::Flagged:
                ++score.flagged;
                break;
            case CellOutcome::SilentWrong:
                ++score.silentWrong;
                if (knownDefect(shape, verdict.key)) {
                    known.append(verdict);
                } else {
                    silentWrong.append(line(shape, verdict));
                }
                break;
            }
            if (verdict.outcome != CellOutcome::Exact && !undecidable) {
                notExact.append(line(shape, verdict));
            }
        }
        m_scores.append(score);

        // Listed defects: XFAIL while they last, XPASS (a failure) once fixed.
        for (const KnownDefect& defect : knownSilentWrong) {
            if (shape != QLatin1String(defect.shape)) {
                continue;
            }
            const auto verdict =
                std::find_if(verdicts.begin(), verdicts.end(), [&](const CellVerdict& v) {
                    return v.key == QLatin1String(defect.key);
                });
            QVERIFY2(verdict != verdicts.end(), defect.key);
            QEXPECT_FAIL("", defect.why, Continue);
            QVERIFY2(verdict->outcome != CellOutcome::SilentWrong,
                     qUtf8Printable(line(shape, *verdict)));
        }
        if (strictMode() && !notExact.isEmpty()) {
            qInfo("%s: %lld decidable cells not exact:\n  %s", qPrintable(shape),
                  static_cast<long long>(notExact.size()),
                  qUtf8Printable(notExact.join(QStringLiteral("\n  "))));
        }
        QVERIFY2(silentWrong.isEmpty(), qUtf8Printable(QStringLiteral("silent-wrong cells:\n  ") +
                                                       silentWrong.join(QStringLiteral("\n  "))));
        if (strictMode()) {
            QVERIFY2(notExact.isEmpty(), "strict mode: decidable cells not exact (listed above)");
        }
    }

    void cleanupTestCase()
    {
        if (m_scores.isEmpty()) {
            return;
        }
        Score total{QStringLiteral("total")};
        std::printf("\n%-10s %6s %6s %8s %13s %8s %12s %18s\n", "file", "cells", "exact", "flagged",
                    "silent-wrong", "% exact", "undecidable", "undecidable exact");
        const auto print = [](const Score& s) {
            std::printf("%-10s %6d %6d %8d %13d %7.1f%% %12d %18d\n", qPrintable(s.shape), s.cells,
                        s.exact, s.flagged, s.silentWrong,
                        s.cells ? 100.0 * s.exact / s.cells : 0.0, s.undecidable,
                        s.undecidableExact);
        };
        for (const Score& score : m_scores) {
            print(score);
            total.cells += score.cells;
            total.exact += score.exact;
            total.flagged += score.flagged;
            total.silentWrong += score.silentWrong;
            total.undecidable += score.undecidable;
            total.undecidableExact += score.undecidableExact;
        }
        print(total);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(TestRealGoldens)
#include "tst_realgoldens.moc"
