#include "workflow/rowreadings.h"

#include "workflow/extractiondoubts.h"

#include <QSet>

#include <algorithm>

namespace nianbao::workflow {

namespace {

/// Row readings built at most: the cells' lists of candidates are shortened (their weakest
/// candidates first) until their product fits, since six candidates on each of seven cells
/// would be 280,000 readings.
constexpr std::size_t kMaxCombinations = 4096;
/// Readings checked with the rules: the best by score.
constexpr std::size_t kMaxChecked = 64;

/// The rule codes of `findings` that name a cell of `keys`.
QSet<QString> rulesOnRow(const std::vector<Finding>& findings, const QStringList& keys)
{
    QSet<QString> rules;
    for (const Finding& finding : findings) {
        if (isExtractionFinding(finding)) {
            continue; // doubts about the reading, not rules of the format
        }
        if (std::any_of(finding.cells.begin(), finding.cells.end(),
                        [&](const QString& key) { return keys.contains(key); })) {
            rules.insert(finding.rule);
        }
    }
    return rules;
}

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

QString rowOfCell(QStringView cellKey)
{
    const qsizetype dot = cellKey.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? cellKey.toString() : cellKey.left(dot).toString();
}

RowReadings rowReadings(const ReportProcessing& processing, const Report& current,
                        const std::optional<Report>& previousYear, const QString& cellKey,
                        int limit)
{
    RowReadings result;
    const QString row = rowOfCell(cellKey);
    std::vector<const Cell*> cells;
    for (const Cell& cell : current.cells) {
        if (rowOfCell(cell.key) == row) {
            result.keys << cell.key;
            cells.push_back(&cell);
        }
    }
    std::vector<std::size_t> varying; // cells with candidates
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (!cells[i]->candidates.empty()) {
            varying.push_back(i);
        }
    }
    if (varying.empty()) {
        return result;
    }

    // How many candidates of each cell take part: the weakest go until the product fits.
    std::vector<std::size_t> taken;
    for (const std::size_t at : varying) {
        taken.push_back(cells[at]->candidates.size());
    }
    const auto product = [&] {
        std::size_t combinations = 1;
        for (const std::size_t count : taken) {
            combinations *= count;
        }
        return combinations;
    };
    while (product() > kMaxCombinations) {
        auto widest = std::max_element(taken.begin(), taken.end());
        --*widest;
    }

    // Every combination of the candidates taken, in odometer order.
    std::vector<RowReading> readings;
    std::vector<std::size_t> odometer(varying.size(), 0);
    while (true) {
        RowReading reading;
        reading.choice.assign(cells.size(), std::nullopt);
        reading.score = 1.0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            reading.values.push_back(cells[i]->value);
        }
        for (std::size_t v = 0; v < varying.size(); ++v) {
            const std::size_t at = varying[v];
            const CellCandidate& candidate = cells[at]->candidates[odometer[v]];
            reading.choice[at] = int(odometer[v]);
            reading.values[at] = candidate.value;
            reading.score *= candidate.score;
        }
        readings.push_back(std::move(reading));
        std::size_t v = 0;
        for (; v < varying.size(); ++v) {
            if (++odometer[v] < taken[v]) {
                break;
            }
            odometer[v] = 0;
        }
        if (v == varying.size()) {
            break;
        }
    }
    std::stable_sort(readings.begin(), readings.end(),
                     [](const RowReading& a, const RowReading& b) { return a.score > b.score; });
    if (readings.size() > kMaxChecked) {
        readings.resize(kMaxChecked);
    }

    // Which rules over the row each reading keeps: the rules that break with the values as
    // they stand or with any reading are the ones the choice decides.
    std::vector<QSet<QString>> brokenBy(readings.size());
    QSet<QString> decided = rulesOnRow(current.findings, result.keys);
    if (processing.validate) {
        Report filled = current;
        for (std::size_t r = 0; r < readings.size(); ++r) {
            for (std::size_t i = 0; i < cells.size(); ++i) {
                filled.cell(result.keys[qsizetype(i)])->value = readings[r].values[i];
            }
            brokenBy[r] = rulesOnRow(processing.validate(filled, previousYear), result.keys);
            decided.unite(brokenBy[r]);
        }
    }
    for (std::size_t r = 0; r < readings.size(); ++r) {
        readings[r].broken = sorted(brokenBy[r]);
        readings[r].satisfied = sorted(decided - brokenBy[r]);
    }
    std::stable_sort(
        readings.begin(), readings.end(),
        [](const RowReading& a, const RowReading& b) { return a.broken.size() < b.broken.size(); });
    if (readings.size() > std::size_t(std::max(limit, 0))) {
        readings.resize(std::size_t(std::max(limit, 0)));
    }
    result.readings = std::move(readings);
    return result;
}

std::vector<CellStep> readingSteps(const RowReadings& row, const RowReading& reading,
                                   const StoredReport& stored, const Report& current)
{
    std::vector<CellStep> steps;
    for (qsizetype i = 0; i < row.keys.size(); ++i) {
        const QString& key = row.keys[i];
        if (const std::optional<int> choice = reading.choice[std::size_t(i)]) {
            steps.push_back(CellStep::acceptCandidate(key, *choice));
        } else if (const Cell* cell = current.cell(key);
                   cell && awaitsAcceptance(stored, current.findings, key, cell->confidence)) {
            steps.push_back(CellStep::accept(key));
        }
    }
    return steps;
}

} // namespace nianbao::workflow
