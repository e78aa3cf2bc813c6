// A body's two years side by side: generated series (figures carried over as the cross-year
// rules want) compared plain — no finding — and with planted implausible changes and broken
// identities, every one of which must be found; the text diff of the narrative parts.

#include "supervision/yearonyear/yearonyear.h"
#include "synth/reportgenerator.h"
#include "templates/templateregistry.h"

#include <QSet>
#include <QTest>

using namespace nianbao;
using namespace nianbao::supervision;

namespace {

/// The report a perfect extractor returns for a generated one.
Report toReport(const synth::GeneratedReport& generated)
{
    Report report;
    report.templateId = generated.templateId;
    report.meta.agency = generated.agency;
    report.meta.year = generated.year;
    for (const QString& key : generated.keys) {
        Cell cell;
        cell.key = key;
        cell.value = generated.expected.value(key);
        cell.raw = generated.printed.value(key);
        report.cells.push_back(cell);
    }
    return report;
}

/// A body's reports for `year` and the year before, generated as a series (figures carried
/// over as the cross-year rules want, the body's scale kept). The series starts a year
/// earlier: its first year has no year before to carry over from.
std::pair<Report, Report> plainPair(quint64 seed, int year)
{
    synth::ReportGenerator generator(seed);
    synth::GeneratorOptions options;
    options.realistic = true;
    const QList<synth::GeneratedReport> series = generator.series(QString(), year - 2, 3, options);
    return {toReport(series.at(1)), toReport(series.at(2))};
}

QStringList codes(const std::vector<Finding>& findings)
{
    QStringList list;
    for (const Finding& finding : findings) {
        list.append(finding.rule + QLatin1Char(':') + finding.cells.join(u','));
    }
    return list;
}

bool has(const std::vector<Finding>& findings, QLatin1String rule, const QString& cell)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
        return finding.rule == rule && (cell.isEmpty() || finding.cells.contains(cell));
    });
}

/// A count cell of the report with a figure in both years meeting `wanted`, not one the
/// cross-year identities use (so that only the planted change is news).
QString pickCell(const Report& previous, const Report& current, QRandomGenerator& random,
                 const std::function<bool(double, double)>& wanted)
{
    QStringList candidates;
    const ReportTemplate* format = TemplateRegistry::builtin().find(current.templateId);
    for (const Cell& cell : current.cells) {
        const CellDef* def = format->cell(cell.key);
        const auto before = previous.value(cell.key);
        if (!def || def->type != ValueType::Count || !cell.value || !before ||
            cell.key.contains(QLatin1String("carried")) ||
            cell.key.contains(QLatin1String("in_force"))) {
            continue;
        }
        if (wanted(*before, *cell.value)) {
            candidates.append(cell.key);
        }
    }
    return candidates.isEmpty() ? QString() : candidates.at(random.bounded(int(candidates.size())));
}

} // namespace

class TestYearOnYear : public QObject {
    Q_OBJECT

private slots:
    void plainPairsRaiseNothing()
    {
        const YearOnYearThresholds thresholds;
        for (quint64 seed = 1; seed <= 500; ++seed) {
            const int year = seed % 3 == 0 ? 2021 : 2024; // 2020 → 2021 changes format
            const auto [previous, current] = plainPair(seed, year);
            const YearOnYear comparison = compareYears(previous, current, thresholds);
            QVERIFY2(comparison.findings.empty(),
                     qPrintable(QStringLiteral("seed %1: %2")
                                    .arg(seed)
                                    .arg(codes(comparison.findings).join(u' '))));
            QCOMPARE(comparison.previousYear, year - 1);
            QCOMPARE(comparison.currentYear, year);
        }
    }

    void everyCellSideBySide()
    {
        const auto [previous, current] = plainPair(42, 2021);
        const YearOnYear comparison = compareYears(previous, current, YearOnYearThresholds{});
        // Every cell of either report, once; the 2019 format's table 2 (new_made …) only last
        // year, the 2021 format's (issued …) only this year; table 3 in both.
        QSet<QString> keys;
        for (const Report* report : {&previous, &current}) {
            for (const Cell& cell : report->cells) {
                keys.insert(cell.key);
            }
        }
        QCOMPARE(comparison.cells.size(), std::size_t(keys.size()));
        QVERIFY(std::size_t(keys.size()) > current.cells.size());
        for (const CellChange& cell : comparison.cells) {
            if (cell.key == QLatin1String("t3.new.total")) {
                QVERIFY(cell.inPrevious && cell.inCurrent);
                QCOMPARE(cell.previous, previous.value(cell.key));
                QCOMPARE(cell.current, current.value(cell.key));
                QCOMPARE(cell.change(), *cell.current - *cell.previous);
            }
            if (cell.key == QLatin1String("t2.regulations.issued")) {
                QVERIFY(!cell.inPrevious && cell.inCurrent);
                QVERIFY(!cell.previous && !cell.change());
            }
            if (cell.key == QLatin1String("t2.regulations.new_made")) {
                QVERIFY(cell.inPrevious && !cell.inCurrent && !cell.current);
            }
        }
    }

    void plantedChangesAreAllFound()
    {
        const YearOnYearThresholds thresholds;
        QRandomGenerator random(99);
        int planted = 0;
        for (quint64 seed = 1; seed <= 200; ++seed) {
            auto [previous, current] = plainPair(seed, 2023);
            const int kind = int(seed % 6);
            QString cell;
            QLatin1String rule{""};
            const auto need = [&](const QString& key) {
                if (key.isEmpty()) {
                    qFatal("seed %d: no cell to plant change %d in", int(seed), kind);
                }
                return key;
            };
            switch (kind) {
            case 0: { // ten times last year's, above the floor
                cell =
                    need(pickCell(previous, current, random, [](double, double) { return true; }));
                const double before = std::max(*previous.value(cell), 2.0);
                previous.cell(cell)->value = before;
                current.cell(cell)->value = std::max(before * 12, thresholds.jumpFloor + 1);
                rule = kJumpRule;
                break;
            }
            case 1: { // appearing from zero
                cell = need(
                    pickCell(previous, current, random, [](double p, double) { return p == 0; }));
                current.cell(cell)->value = thresholds.appearingFloor + double(seed);
                rule = kAppearedRule;
                break;
            }
            case 2: { // a tenth of last year's
                cell =
                    need(pickCell(previous, current, random, [](double, double) { return true; }));
                const double now = std::max(*current.value(cell), 3.0);
                current.cell(cell)->value = now;
                previous.cell(cell)->value = std::max(now * 15, thresholds.jumpFloor + 5);
                rule = kDropRule;
                break;
            }
            case 3: { // vanished
                cell =
                    need(pickCell(previous, current, random, [](double, double) { return true; }));
                previous.cell(cell)->value = thresholds.appearingFloor * 3;
                current.cell(cell)->value = 0;
                rule = kVanishedRule;
                break;
            }
            case 4: { // 上年结转 ≠ last year's 结转下年度
                cell = QStringLiteral("t3.carried_over.natural");
                current.cell(cell)->value =
                    *previous.value(QStringLiteral("t3.carried_forward.natural")) + 2;
                rule = QLatin1String("cross_year.carried_over");
                break;
            }
            case 5: { // 现行有效件数 ≠ last year's + 制发 − 废止
                cell = QStringLiteral("t2.normative_docs.in_force");
                *current.cell(cell)->value += 3;
                rule = QLatin1String("cross_year.in_force");
                break;
            }
            }
            QVERIFY2(!cell.isEmpty(), qPrintable(QString::number(seed)));
            ++planted;
            const YearOnYear comparison = compareYears(previous, current, thresholds);
            QVERIFY2(
                has(comparison.findings, rule, cell),
                qPrintable(QStringLiteral("seed %1, %2 on %3: %4")
                               .arg(seed)
                               .arg(QString(rule), cell, codes(comparison.findings).join(u' '))));
            // Only the planted change is news.
            for (const Finding& finding : comparison.findings) {
                QVERIFY2(finding.cells.contains(cell),
                         qPrintable(codes(comparison.findings).join(u' ')));
            }
        }
        QCOMPARE(planted, 200);
    }

    void findingsSayWhy()
    {
        auto [previous, current] = plainPair(7, 2023);
        previous.cell(QStringLiteral("t3.new.natural"))->value = 30;
        current.cell(QStringLiteral("t3.new.natural"))->value = 450;
        const YearOnYear comparison = compareYears(previous, current, YearOnYearThresholds{});
        const auto jump =
            std::find_if(comparison.findings.begin(), comparison.findings.end(),
                         [](const Finding& finding) { return finding.rule == kJumpRule; });
        QVERIFY(jump != comparison.findings.end());
        QCOMPARE(jump->severity, Severity::Warning);
        const QString message = jump->message(false);
        QVERIFY2(message.contains(QStringLiteral("450")) &&
                     message.contains(QStringLiteral("30")) &&
                     message.contains(QStringLiteral("15 times")) &&
                     message.contains(QStringLiteral("2022")),
                 qPrintable(message));
        // The cell is named from the format data, in Chinese too.
        QVERIFY2(jump->message(true).contains(QStringLiteral("自然人")),
                 qPrintable(jump->message(true)));
    }

    void thresholdsAreOneSetting()
    {
        auto [previous, current] = plainPair(8, 2023);
        previous.cell(QStringLiteral("t3.new.natural"))->value = 4;
        current.cell(QStringLiteral("t3.new.natural"))->value = 40;
        YearOnYearThresholds thresholds;
        // 40 is ten times 4 but under the floor of 50.
        QVERIFY(!has(compareYears(previous, current, thresholds).findings, kJumpRule, {}));
        thresholds.jumpFloor = 30;
        QVERIFY(has(compareYears(previous, current, thresholds).findings, kJumpRule,
                    QStringLiteral("t3.new.natural")));
    }

    void theNarrativeDiffShowsWhatChanged()
    {
        Report previous;
        Report current;
        previous.narrative.push_back({QStringLiteral("problems"),
                                      {},
                                      QStringLiteral("一是栏目更新不及时。二是解读形式单一。"),
                                      {}});
        current.narrative.push_back(
            {QStringLiteral("problems"),
             {},
             QStringLiteral("一是栏目更新不及时。二是解读形式较为单一。三是培训不足。"),
             {}});
        current.narrative.push_back(
            {QStringLiteral("other_matters"), {}, QStringLiteral("无。"), {}});
        const YearOnYear comparison = compareYears(previous, current, YearOnYearThresholds{});
        QCOMPARE(comparison.narrative.size(), std::size_t(2));
        const NarrativeChange& problems = comparison.narrative[0];
        QCOMPARE(problems.key, QStringLiteral("problems"));
        QStringList inserted;
        for (const TextEdit& edit : problems.edits) {
            QVERIFY(edit.kind != TextEdit::Kind::Deleted); // nothing of last year's was dropped
            if (edit.kind == TextEdit::Kind::Inserted) {
                inserted.append(problems.current.mid(edit.newStart, edit.newEnd - edit.newStart));
            }
        }
        QCOMPARE(inserted, QStringList({QStringLiteral("较为"), QStringLiteral("三是培训不足。")}));
        // Part 六 is new this year: all inserted, nothing kept.
        QCOMPARE(comparison.narrative[1].keptShare, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestYearOnYear)
#include "tst_yearonyear.moc"
