#include "desk/coveragemodel.h"

#include <QColor>

namespace nianbao::ui {

using namespace nianbao::supervision;

CoverageModel::CoverageModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoverageModel::setAnalysis(const CoverageAnalysis* analysis)
{
    beginResetModel();
    m_analysis = analysis;
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->coverage.bodies.size());
}

int CoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CoverageModel::statusName(CoverageStatus status)
{
    switch (status) {
    case CoverageStatus::OnTime:
        return tr("on time");
    case CoverageStatus::Late:
        return tr("late");
    case CoverageStatus::DateUnknown:
        return tr("date unknown");
    case CoverageStatus::Missing:
        return tr("missing");
    }
    return {};
}

QString CoverageModel::sourceName(DateSource source)
{
    switch (source) {
    case DateSource::Reviewer:
        return tr("set by a reviewer");
    case DateSource::Label:
        return tr("labelled date");
    case DateSource::TitleLine:
        return tr("date under the title");
    case DateSource::ClosingLine:
        return tr("closing date line");
    case DateSource::DocumentDate:
        return tr("document date");
    case DateSource::FileMetadata:
        return tr("file metadata");
    }
    return {};
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_analysis) {
        return {};
    }
    const BodyCoverage& entry = m_analysis->coverage.bodies[std::size_t(index.row())];
    const supervision::Body& body = m_analysis->registry.bodies()[std::size_t(entry.body)];
    if (role == StatusCodeRole) {
        return coverageStatusCode(entry.status);
    }
    if (role == Qt::BackgroundRole && index.column() == Status) {
        switch (entry.status) {
        case CoverageStatus::Missing:
            return QColor(0xf4, 0xb6, 0xb6);
        case CoverageStatus::Late:
            return QColor(0xfb, 0xe3, 0xa1);
        case CoverageStatus::DateUnknown:
            return QColor(0xcf, 0xe2, 0xf3);
        case CoverageStatus::OnTime:
            return {};
        }
    }
    if (role == Qt::EditRole && index.column() == Published) {
        return entry.published ? entry.published->date.toString(Qt::ISODate) : QString();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Body:
        return body.name;
    case Region:
        return body.regionCode;
    case Level:
        return body.level ? bodyLevelName(*body.level) : QString();
    case Status:
        return statusName(entry.status);
    case Published:
        return entry.published ? entry.published->date.toString(Qt::ISODate) : QString();
    case Source:
        return entry.published ? sourceName(entry.published->source) : QString();
    default:
        return {};
    }
}

Qt::ItemFlags CoverageModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_analysis && index.column() == Published &&
        !m_analysis->coverage.bodies[std::size_t(index.row())].reports.empty()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool CoverageModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const QString text = value.toString().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid()) {
        return false;
    }
    const BodyCoverage& entry = m_analysis->coverage.bodies[std::size_t(index.row())];
    for (const int report : entry.reports) {
        emit publicationDateSet(m_analysis->reports[std::size_t(report)].id, date);
    }
    return true;
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Body:
        return tr("Body");
    case Region:
        return tr("Region");
    case Level:
        return tr("Level");
    case Status:
        return tr("Status");
    case Published:
        return tr("Published");
    case Source:
        return tr("Date from");
    default:
        return {};
    }
}

} // namespace nianbao::ui
