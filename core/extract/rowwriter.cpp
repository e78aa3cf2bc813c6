#include "extract/rowwriter.h"

#include "extract/extractionfindings.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace nianbao::extract {

namespace {

/// Candidate readings listed on one cell, at most.
constexpr std::size_t kMaxCandidates = 6;

LocalizedText evidenceTerm(EvidenceSource source)
{
    switch (source) {
    case EvidenceSource::Identity:
        return {QStringLiteral("表格的勾稽关系"), QStringLiteral("the tables' identities")};
    case EvidenceSource::Narrative:
        return {QStringLiteral("报告正文所述的数字"),
                QStringLiteral("the figures the report's narrative states")};
    case EvidenceSource::PreviousYear:
        return {QStringLiteral("上一年度报告的数字"), QStringLiteral("last year's report")};
    }
    return {};
}

/// The values each kept reading of a row gives its cells (computed once per row).
std::vector<std::vector<std::optional<double>>> keptValues(const SolvedRow& row)
{
    std::vector<std::vector<std::optional<double>>> values;
    // An enumeration cut short kept only some readings: none of them is offered.
    if (row.solution.kept.size() < 2 || row.solution.exhausted) {
        return values;
    }
    values.reserve(row.solution.kept.size());
    for (std::size_t r = 0; r < row.solution.kept.size(); ++r) {
        values.push_back(readingValues(row.solution, r));
    }
    return values;
}

/// The values the row's kept readings give official column `column`, best first.
std::vector<CellCandidate> candidatesOf(const SolvedRow& row, int column,
                                        const std::vector<std::vector<std::optional<double>>>& kept)
{
    const std::size_t readings = kept.size();
    if (readings < 2) {
        return {};
    }
    std::map<double, double> scores;
    for (std::size_t r = 0; r < readings; ++r) {
        const std::optional<double>& value = kept[r][static_cast<std::size_t>(row.cellOf[column])];
        if (value) {
            scores[*value] += r < row.weights.size() ? row.weights[r] : 1.0 / double(readings);
        }
    }
    std::vector<CellCandidate> candidates;
    for (const auto& [value, score] : scores) {
        candidates.push_back(CellCandidate{value, std::round(score * 1000.0) / 1000.0});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const CellCandidate& a, const CellCandidate& b) { return a.score > b.score; });
    if (candidates.size() > kMaxCandidates) {
        candidates.resize(kMaxCandidates);
    }
    return candidates;
}

QString printedFigures(const QString& text, const SolvedRow& row)
{
    QStringList figures;
    for (const ValueToken& token : row.problem.tokens) {
        figures.append(text.mid(token.start, token.end - token.start));
    }
    return figures.join(QLatin1Char(' '));
}

/// The findings on a row's reading: which cells stay doubtful, or what settled them.
void rowFindings(const QString& text, const SolvedRow& row, const QStringList& uncertain,
                 std::vector<Finding>& findings)
{
    const RowSolution& solution = row.solution;
    const int printed =
        static_cast<int>(std::count_if(row.problem.tokens.begin(), row.problem.tokens.end(),
                                       [](const ValueToken& t) { return t.isValue(); }));
    const int columns = static_cast<int>(row.problem.cellTypes.size());
    if (row.searchCapped && !uncertain.isEmpty()) {
        findings.push_back(findings::searchCapped(row.label, uncertain));
    }
    if (row.interleaved && !uncertain.isEmpty()) {
        findings.push_back(findings::orderUncertain(row.label, uncertain));
        return;
    }
    if (uncertain.isEmpty() && row.narrowedBy) {
        findings.push_back(findings::settledByEvidence(row.label, printedFigures(text, row),
                                                       evidenceTerm(*row.narrowedBy), row.keys));
        return;
    }
    switch (solution.reading) {
    case RowReading::Split:
        if (!uncertain.isEmpty()) {
            findings.push_back(findings::gluedDigits(row.label, printedFigures(text, row),
                                                     solution.readings, solution.examples,
                                                     uncertain));
        } else if (!solution.trivial) {
            findings.push_back(
                findings::gluedDigitsSplit(row.label, printedFigures(text, row), row.keys));
        }
        break;
    case RowReading::Gaps:
        if (!uncertain.isEmpty()) {
            findings.push_back(findings::shortRow(row.label, printed, columns, uncertain));
        }
        break;
    case RowReading::Extra:
        if (!uncertain.isEmpty()) {
            findings.push_back(findings::extraFigures(row.label, printed, columns, uncertain));
        }
        break;
    case RowReading::Direct:
    case RowReading::Empty:
        break;
    }
}

void writeRow(const QString& text, const SolvedRow& row, TableReading& reading)
{
    if (!row.found()) { // not found: every cell empty, named by a finding already
        for (const QString& key : row.keys) {
            reading.cells.push_back(CellDraft{key, std::nullopt, QString(), -1, -1, 0.0, {}});
        }
        return;
    }
    QStringList uncertain;
    const std::vector<std::vector<std::optional<double>>> kept = keptValues(row);
    for (int c = 0; c < row.keys.size(); ++c) {
        CellDraft cell = draftCell(text, row, c, &reading.findings);
        if (!row.cell(c).blank && cell.confidence < kLowConfidence) {
            uncertain.append(cell.key);
            cell.candidates = candidatesOf(row, c, kept);
        }
        reading.cells.push_back(std::move(cell));
    }
    if (row.subtotalAt >= 0) {
        const SlotValue& slot = row.solution.cells[row.subtotalAt];
        CellDraft extra{
            row.subtotalKey, slot.value, QString(), -1, -1, std::min(slot.confidence, row.cap), {}};
        if (!slot.blank) {
            extra.start = slot.start;
            extra.end = slot.end;
            if (slot.token >= 0) {
                extra.raw = text.mid(slot.start, slot.end - slot.start);
            }
        }
        reading.extras.push_back(std::move(extra));
    }
    rowFindings(text, row, uncertain, reading.findings);
}

} // namespace

CellDraft draftCell(const QString& text, const SolvedRow& row, int column,
                    std::vector<Finding>* findings)
{
    const SlotValue& slot = row.cell(column);
    CellDraft cell;
    cell.key = row.keys.at(column);
    cell.value = slot.value;
    cell.confidence = std::min(slot.confidence, row.cap);
    if (slot.blank) {
        return cell;
    }
    cell.start = slot.start;
    cell.end = slot.end;
    if (slot.token < 0) {
        return cell;
    }
    cell.raw = text.mid(slot.start, slot.end - slot.start);
    const ColumnDef* def = row.columns.at(column);
    if (!def || !cell.value) {
        return cell;
    }
    const ValueToken& token = row.problem.tokens[slot.token];
    if (def->unit == QStringLiteral("万元") && token.unit == QStringLiteral("元")) {
        cell.value = *cell.value / 10000.0;
        cell.confidence = std::min(cell.confidence, 0.7);
        if (findings) {
            findings->push_back(findings::unitConverted(cell.raw, *cell.value, cell.key));
        }
    }
    // More decimals than the column allows: a neighbour's digits glued on.
    if (def->type == ValueType::Money && token.decimal) {
        const qsizetype point = cell.raw.indexOf(QLatin1Char('.'));
        const qsizetype decimals = point < 0 ? 0 : cell.raw.size() - point - 1 - token.unit.size();
        if (decimals > def->decimals) {
            cell.confidence = std::min(cell.confidence, 0.5);
            if (findings) {
                findings->push_back(findings::excessDecimals(cell.raw, def->decimals, cell.key));
            }
        }
    }
    return cell;
}

std::optional<double> certainValue(const QString& text, const SolvedRow& row, int column)
{
    if (!row.found() || row.cell(column).blank) {
        return std::nullopt;
    }
    const CellDraft cell = draftCell(text, row, column);
    if (cell.confidence < kLowConfidence) {
        return std::nullopt;
    }
    return cell.value;
}

void writeRows(const QString& text, TableReading& reading)
{
    for (const SolvedRow& row : reading.rows) {
        writeRow(text, row, reading);
    }
}

} // namespace nianbao::extract
