#include "history/timelinemodel.h"

#include "common/itemroles.h"
#include "common/timetext.h"
#include "session/celllabels.h"
#include "session/reportsession.h"

namespace nianbao::ui {

namespace {

/// Dates as the window shows them everywhere: four-digit years, to the minute.
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setSession(ReportSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        // Every change ends by announcing the findings, after its rows are in the archive.
        connect(m_session, &ReportSession::findingsChanged, this, &TimelineModel::reload);
    }
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_session) {
        Result<store::ReportHistory> history = m_session->reportHistory();
        if (history) {
            m_entries = exporting::reportTimeline(*history);
        } else {
            emit failed(history.error().message);
        }
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::kindText(const exporting::TimelineEntry& entry) const
{
    using Kind = exporting::TimelineEntry::Kind;
    switch (entry.kind) {
    case Kind::Edit:
        return tr("Edit");
    case Kind::Acceptance:
        return tr("Acceptance");
    case Kind::Restore:
        return tr("Undone");
    case Kind::Decision:
        return tr("Decision");
    case Kind::Status:
        return entry.override ? tr("Status (override)") : tr("Status");
    case Kind::Field:
        return tr("Details");
    }
    return {};
}

QString TimelineModel::targetText(const exporting::TimelineEntry& entry) const
{
    using Kind = exporting::TimelineEntry::Kind;
    switch (entry.kind) {
    case Kind::Edit:
    case Kind::Acceptance:
    case Kind::Restore:
        return cellTitle(m_session ? m_session->format() : nullptr, entry.target);
    case Kind::Decision:
        return entry.target;
    case Kind::Status:
    case Kind::Field:
        if (const std::optional<ReportField> field = reportFieldFromCode(entry.target)) {
            return reportFieldName(*field);
        }
        return entry.target;
    }
    return {};
}

QString TimelineModel::valueText(const exporting::TimelineEntry& entry, bool newValue) const
{
    const QString& value = newValue ? entry.newValue : entry.oldValue;
    using Kind = exporting::TimelineEntry::Kind;
    if (entry.kind == Kind::Status) {
        const std::optional<ReviewStatus> status = reviewStatusFromCode(value);
        return status ? reviewStatusName(*status) : value;
    }
    if (entry.kind == Kind::Decision) {
        const std::optional<FindingVerdict> verdict = findingVerdictFromCode(value);
        return verdict ? findingVerdictName(*verdict) : value;
    }
    if (entry.kind == Kind::Field) {
        return value;
    }
    return value.isEmpty() ? tr("(blank)") : value;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const exporting::TimelineEntry& entry = m_entries.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return shownTime(entry.time);
        case ReviewerColumn:
            return entry.reviewer;
        case KindColumn:
            return kindText(entry);
        case TargetColumn:
            return targetText(entry);
        case OldColumn:
            return entry.kind == exporting::TimelineEntry::Kind::Decision ? QString()
                                                                          : valueText(entry, false);
        case NewColumn:
            return valueText(entry, true);
        case ReasonColumn:
            return entry.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn && !entry.cells.isEmpty()) {
            return tr("Double-click or press Enter to show %n cell(s) in the form", nullptr,
                      int(entry.cells.size()));
        }
        return index.column() == ReasonColumn ? QVariant(entry.reason) : QVariant();
    case CellKeysRole:
        return entry.cells;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ReviewerColumn:
        return tr("Who");
    case KindColumn:
        return tr("What");
    case TargetColumn:
        return tr("Where");
    case OldColumn:
        return tr("Before");
    case NewColumn:
        return tr("After");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace nianbao::ui
