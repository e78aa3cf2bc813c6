#include "reportbuilder.h"

#include "rules/ruletext.h"
#include "templates/templateregistry.h"

#include <numeric>

namespace nianbao::test {

namespace {

const QStringList kApplicants = {QStringLiteral("natural"),  QStringLiteral("commercial"),
                                 QStringLiteral("research"), QStringLiteral("social"),
                                 QStringLiteral("legal"),    QStringLiteral("other_org")};
const QStringList kOutcomes = {QStringLiteral("upheld"), QStringLiteral("corrected"),
                               QStringLiteral("other"), QStringLiteral("pending")};

QString printed(std::optional<double> value)
{
    return value ? rules::formatNumber(*value) : QString();
}

} // namespace

ReportBuilder::ReportBuilder(const QString& templateId, std::optional<double> fill)
{
    const ReportTemplate* format = TemplateRegistry::builtin().find(templateId);
    if (!format) {
        qFatal("no bundled format %s", qUtf8Printable(templateId));
    }
    m_report.file = QStringLiteral("built.txt");
    m_report.format = QStringLiteral("text");
    m_report.templateId = templateId;
    for (const QString& key : format->defaultCellKeys()) {
        m_report.cells.push_back(Cell{key, fill, printed(fill), std::nullopt, 1.0, {}});
    }
}

Cell& ReportBuilder::cellFor(const QString& key)
{
    if (Cell* cell = m_report.cell(key)) {
        return *cell;
    }
    m_report.cells.push_back(Cell{key, std::nullopt, QString(), std::nullopt, 1.0, {}});
    return m_report.cells.back();
}

ReportBuilder& ReportBuilder::set(const QString& key, std::optional<double> value, QString raw)
{
    Cell& cell = cellFor(key);
    cell.value = value;
    cell.raw = raw.isEmpty() ? printed(value) : raw;
    return *this;
}

ReportBuilder& ReportBuilder::row3(const QString& row, const QList<double>& applicants)
{
    for (int c = 0; c < kApplicants.size(); ++c) {
        set(QStringLiteral("t3.%1.%2").arg(row, kApplicants.at(c)), applicants.value(c));
    }
    set(QStringLiteral("t3.%1.total").arg(row),
        std::accumulate(applicants.begin(), applicants.end(), 0.0));
    return *this;
}

ReportBuilder& ReportBuilder::group4(const QString& group, const QList<double>& outcomes)
{
    for (int c = 0; c < kOutcomes.size(); ++c) {
        set(QStringLiteral("t4.%1.%2").arg(group, kOutcomes.at(c)), outcomes.value(c));
    }
    set(QStringLiteral("t4.%1.total").arg(group),
        std::accumulate(outcomes.begin(), outcomes.end(), 0.0));
    return *this;
}

ReportBuilder& ReportBuilder::blank(const QString& key)
{
    return set(key, std::nullopt);
}

ReportBuilder& ReportBuilder::confidence(const QString& key, double confidence)
{
    cellFor(key).confidence = confidence;
    return *this;
}

ReportBuilder& ReportBuilder::remove(const QString& key)
{
    std::erase_if(m_report.cells, [&](const Cell& cell) { return cell.key == key; });
    return *this;
}

ReportBuilder& ReportBuilder::collapseOther()
{
    // The detailed rows' figures become the single row's, in the single row's place.
    std::vector<Cell> cells;
    for (const Cell& cell : m_report.cells) {
        if (!cell.key.startsWith(QLatin1String("t3.other."))) {
            cells.push_back(cell);
            continue;
        }
        const QString column = cell.key.section(QLatin1Char('.'), -1);
        const QString collapsed = QStringLiteral("t3.other.") + column;
        auto it = std::find_if(cells.begin(), cells.end(),
                               [&](const Cell& c) { return c.key == collapsed; });
        if (it == cells.end()) {
            cells.push_back(Cell{collapsed, cell.value, cell.raw, std::nullopt, 1.0, {}});
        } else if (it->value && cell.value) {
            it->value = *it->value + *cell.value;
            it->raw = printed(it->value);
        }
    }
    m_report.cells = std::move(cells);
    return *this;
}

ReportBuilder& ReportBuilder::year(int year)
{
    m_report.meta.year = year;
    return *this;
}

ReportBuilder& ReportBuilder::narrative(const QString& part, const QString& text)
{
    m_report.narrative.push_back(NarrativePart{part, QString(), text, Span{}});
    return *this;
}

ReportBuilder& ReportBuilder::extra(const QString& key, double value)
{
    m_report.extras.push_back(Cell{key, value, printed(value), std::nullopt, 1.0, {}});
    return *this;
}

ReportBuilder& ReportBuilder::finding(const QString& rule, QStringList cells)
{
    Finding finding;
    finding.rule = rule;
    finding.cells = std::move(cells);
    finding.messageTemplate = QStringLiteral("extraction finding");
    m_report.findings.push_back(finding);
    return *this;
}

std::vector<Finding> withRule(const std::vector<Finding>& findings, const QString& rule)
{
    std::vector<Finding> result;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(result),
                 [&](const Finding& finding) { return finding.rule == rule; });
    return result;
}

std::vector<Finding> withSeverity(const std::vector<Finding>& findings, Severity severity)
{
    std::vector<Finding> result;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(result),
                 [&](const Finding& finding) { return finding.severity == severity; });
    return result;
}

QString describe(const std::vector<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings) {
        lines.append(finding.rule + QStringLiteral(": ") + finding.message(false));
    }
    return lines.join(QLatin1Char('\n'));
}

ReportBuilder consistentReport(const QString& templateId)
{
    ReportBuilder builder(templateId);
    builder.row3(QStringLiteral("new"), {12, 2})
        .row3(QStringLiteral("carried_over"), {1})
        .row3(QStringLiteral("granted"), {5, 1})
        .row3(QStringLiteral("partial"), {2})
        .row3(QStringLiteral("denied.third_party"), {1})
        .row3(QStringLiteral("unavailable.not_held"), {2, 1})
        .row3(QStringLiteral("results_total"), {11, 2})
        .row3(QStringLiteral("carried_forward"), {2})
        .group4(QStringLiteral("review"), {1, 1, 0, 1});
    if (templateId == QLatin1String("2021")) {
        builder.row3(QStringLiteral("other.no_correction"), {1});
    } else {
        builder.row3(QStringLiteral("other"), {1});
    }
    return builder;
}

} // namespace nianbao::test
