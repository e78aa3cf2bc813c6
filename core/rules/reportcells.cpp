#include "rules/reportcells.h"

#include "templates/reporttemplate.h"

#include <cstring>

namespace nianbao::rules {

namespace {

/// Key equality as a memory comparison: called for every cell of every report.
bool sameKey(const QString& a, const QString& b)
{
    return a.size() == b.size() &&
           std::memcmp(a.constData(), b.constData(), sizeof(QChar) * std::size_t(a.size())) == 0;
}

} // namespace

ReportCells::ReportCells(const RuleSet& rules, const Report& report)
    : m_rules(rules)
    , m_cells(rules.format->cells().size(), nullptr)
    , m_alternativeForm(rules.forms.size(), false)
{
    const QList<CellDef>& defs = rules.format->cells();
    const int count = static_cast<int>(defs.size());
    // Report cells come in template order: try the next template cell before the hash.
    int next = 0;
    for (const Cell& cell : report.cells) {
        int index = -1;
        if (next < count && sameKey(defs.at(next).key, cell.key)) {
            index = next;
        } else {
            index = rules.cellIndex.value(cell.key, -1);
        }
        if (index < 0) {
            continue; // a key of another format: no rule of this one reads it
        }
        m_cells[index] = &cell;
        next = index + 1;
    }
    for (std::size_t f = 0; f < rules.forms.size(); ++f) {
        for (const int index : rules.forms[f].alternativeCells) {
            if (m_cells[index]) {
                m_alternativeForm[f] = true;
                break;
            }
        }
    }
}

bool ReportCells::expected(int index) const
{
    if (m_cells[index]) {
        return true;
    }
    const bool alternative = m_rules.format->cells().at(index).alternative;
    const int form = m_rules.formOfCell[index];
    return form < 0 ? !alternative : alternative == m_alternativeForm[form];
}

const QString& ReportCells::key(int index) const
{
    return m_rules.format->cells().at(index).key;
}

PreviousCells::PreviousCells(const Report& report, const ReportTemplate* format)
    : m_format(format)
    , m_year(report.meta.year)
{
    m_cells.reserve(static_cast<qsizetype>(report.cells.size()));
    for (const Cell& cell : report.cells) {
        m_cells.insert(QStringView(cell.key), &cell);
    }
}

PreviousCells::Lookup PreviousCells::find(const QString& key) const
{
    const Cell* cell = m_cells.value(QStringView(key), nullptr);
    if (cell) {
        return cell->value ? Lookup{State::Value, *cell->value} : Lookup{State::Blank, 0};
    }
    // A cell the previous year's format does not have (现行有效件数 before 2021) cannot be
    // compared; one it has but the report lacks is blank.
    if (m_format && !m_format->cell(key)) {
        return {State::NotInFormat, 0};
    }
    return {State::Blank, 0};
}

} // namespace nianbao::rules
