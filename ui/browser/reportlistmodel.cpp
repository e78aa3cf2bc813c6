#include "browser/reportlistmodel.h"

#include "common/itemroles.h"
#include "store/archive.h"
#include "theme/statepalette.h"

#include <QApplication>
#include <QFileInfo>
#include <QPalette>

#include <algorithm>

namespace nianbao::ui {

namespace {

/// The archive's order for a column, when it has one (the others sort in memory).
std::optional<store::ReportSort> archiveSort(int column)
{
    switch (column) {
    case ReportListModel::IdColumn:
        return store::ReportSort::Imported;
    case ReportListModel::AgencyColumn:
        return store::ReportSort::Agency;
    case ReportListModel::YearColumn:
        return store::ReportSort::Year;
    case ReportListModel::FormatColumn:
        return store::ReportSort::Template;
    case ReportListModel::StatusColumn:
        return store::ReportSort::Status;
    case ReportListModel::ErrorsColumn:
        return store::ReportSort::OpenFindings;
    default:
        return std::nullopt;
    }
}

} // namespace

ReportListModel::ReportListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportListModel::setArchive(store::Archive* archive)
{
    m_archive = archive;
    if (const Result<void> done = refresh(); !done) {
        emit failed(done.error().message);
    }
}

void ReportListModel::setFilter(const store::ReportFilter& filter)
{
    m_filter = filter;
    if (const Result<void> done = refresh(); !done) {
        emit failed(done.error().message);
    }
}

Result<void> ReportListModel::refresh()
{
    beginResetModel();
    const Result<void> done = query();
    endResetModel();
    return done;
}

Result<void> ReportListModel::query()
{
    m_rows.clear();
    if (!m_archive) {
        return {};
    }
    store::ReportQuery query;
    query.filter = m_filter;
    query.sort = archiveSort(m_sortColumn).value_or(store::ReportSort::Imported);
    query.descending = m_sortOrder == Qt::DescendingOrder;
    Result<std::vector<store::ReportRow>> rows = m_archive->listReports(query);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    m_rows = std::move(*rows);
    if (!archiveSort(m_sortColumn)) {
        sortInMemory();
    }
    return {};
}

void ReportListModel::sortInMemory()
{
    const auto keyOf = [this](const store::ReportRow& row) -> std::pair<QString, int> {
        switch (m_sortColumn) {
        case RegionColumn:
            return {row.region, 0};
        case FileColumn:
            return {QFileInfo(row.fileName).fileName(), 0};
        case WarningsColumn:
            return {{}, row.openWarnings};
        case NotesColumn:
            return {{}, row.openNotes};
        default:
            return {{}, 0};
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const store::ReportRow& a, const store::ReportRow& b) {
                         return descending ? keyOf(b) < keyOf(a) : keyOf(a) < keyOf(b);
                     });
}

void ReportListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<ReportId> ids;
    for (const QModelIndex& index : before) {
        ids.push_back(m_rows[std::size_t(index.row())].id);
    }
    const Result<void> done = query();
    QModelIndexList after;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const int row = rowOf(ids[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[qsizetype(i)].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!done) {
        emit failed(done.error().message);
    }
}

const store::ReportRow* ReportListModel::row(int index) const
{
    return index >= 0 && index < int(m_rows.size()) ? &m_rows[std::size_t(index)] : nullptr;
}

int ReportListModel::rowOf(ReportId id) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [id](const store::ReportRow& row) { return row.id == id; });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

int ReportListModel::nextPending(int row, ReportId except) const
{
    const int count = int(m_rows.size());
    for (int step = 1; step <= count; ++step) {
        const int at = ((row < 0 ? -1 : row) + step + count) % count;
        const store::ReportRow& line = m_rows[std::size_t(at)];
        if (line.status == ReviewStatus::Pending && line.id != except) {
            return at;
        }
    }
    return -1;
}

void ReportListModel::updateRow(const store::ReportRow& line)
{
    const int at = rowOf(line.id);
    if (at < 0) {
        return;
    }
    m_rows[std::size_t(at)] = line;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void ReportListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) {
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    }
}

int ReportListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex& index, int role) const
{
    const store::ReportRow* line = index.isValid() ? row(index.row()) : nullptr;
    if (!line) {
        return {};
    }
    const int column = index.column();
    const auto count = [](int n) { return n == 0 ? QString() : QString::number(n); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return line->id;
        case AgencyColumn:
            return line->agency.isEmpty() ? tr("(agency not found in the report)") : line->agency;
        case RegionColumn:
            return line->region;
        case YearColumn:
            return line->year ? QVariant(*line->year) : QVariant();
        case FormatColumn:
            return line->templateId;
        case StatusColumn:
            return reviewStatusName(line->status);
        case ErrorsColumn:
            return count(line->openErrors);
        case WarningsColumn:
            return count(line->openWarnings);
        case NotesColumn:
            return count(line->openNotes);
        case FileColumn:
            return QFileInfo(line->fileName).fileName();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == FileColumn ? QVariant(line->fileName) : QVariant();
    case Qt::ForegroundRole:
        if (column == AgencyColumn && line->agency.isEmpty()) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::DecorationRole: {
        const StatePalette palette = StatePalette::current();
        if (column == ErrorsColumn && line->openErrors > 0) {
            return palette.icon(CellState::Error);
        }
        if (column == WarningsColumn && line->openWarnings > 0) {
            return palette.icon(CellState::Warning);
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return column == AgencyColumn || column == RegionColumn || column == StatusColumn ||
                       column == FileColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ReportIdRole:
        return line->id;
    case StatusRole:
        return reviewStatusCode(line->status);
    case SeverityRole:
        if (line->openErrors > 0) {
            return severityCode(Severity::Error);
        }
        if (line->openWarnings > 0) {
            return severityCode(Severity::Warning);
        }
        return line->openNotes > 0 ? QVariant(severityCode(Severity::Note)) : QVariant();
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ErrorsColumn:
            return tr("Open errors: findings without a decision");
        case WarningsColumn:
            return tr("Open warnings");
        case NotesColumn:
            return tr("Open notes");
        case FormatColumn:
            return tr("The official format the report's tables follow");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("No.");
    case AgencyColumn:
        return tr("Agency");
    case RegionColumn:
        return tr("Region");
    case YearColumn:
        return tr("Year");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case NotesColumn:
        return tr("Notes");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace nianbao::ui
