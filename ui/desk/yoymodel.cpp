#include "desk/yoymodel.h"

#include "rules/ruletext.h"
#include "templates/reporttemplate.h"

#include <QColor>

namespace nianbao::ui {

using namespace nianbao::supervision;

YearOnYearModel::YearOnYearModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void YearOnYearModel::setComparison(const YearOnYear* comparison, const ReportTemplate* format)
{
    beginResetModel();
    m_comparison = comparison;
    m_format = format;
    m_rows.clear();
    m_flagged.clear();
    if (comparison) {
        for (std::size_t i = 0; i < comparison->cells.size(); ++i) {
            if (comparison->cells[i].previous || comparison->cells[i].current) {
                m_rows.push_back(int(i));
            }
        }
        for (const Finding& finding : comparison->findings) {
            for (const QString& key : finding.cells) {
                m_flagged.insert(key);
            }
        }
    }
    endResetModel();
}

int YearOnYearModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int YearOnYearModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearOnYearModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_comparison) {
        return {};
    }
    const CellChange& cell = m_comparison->cells[std::size_t(m_rows[std::size_t(index.row())])];
    if (role == KeyRole) {
        return cell.key;
    }
    if (role == Qt::BackgroundRole) {
        return m_flagged.contains(cell.key) ? QVariant(QColor(0xfb, 0xe3, 0xa1)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && index.column() != Cell) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const auto number = [](const std::optional<double>& value) {
        return value ? rules::formatNumber(*value) : QString();
    };
    switch (index.column()) {
    case Cell: {
        const CellDef* def = m_format ? m_format->cell(cell.key) : nullptr;
        return def ? rules::cellName(m_format->row(*def).label, m_format->column(*def).label).text()
                   : cell.key;
    }
    case Previous:
        return number(cell.previous);
    case Current:
        return number(cell.current);
    case Change: {
        const std::optional<double> change = cell.change();
        if (!change) {
            return QString();
        }
        return QString((*change > 0 ? QStringLiteral("+") : QString()) +
                       rules::formatNumber(*change));
    }
    default:
        return {};
    }
}

QVariant YearOnYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Cell:
        return tr("Cell");
    case Previous:
        return m_comparison ? QString::number(m_comparison->previousYear) : tr("Last year");
    case Current:
        return m_comparison ? QString::number(m_comparison->currentYear) : tr("This year");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace nianbao::ui
