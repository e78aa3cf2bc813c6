#include "form/formmodel.h"

#include "common/itemroles.h"
#include "common/timetext.h"
#include "form/cellvalue.h"
#include "session/celllabels.h"
#include "session/reportsession.h"
#include "templates/reporttemplate.h"

#include <QFont>
#include <QLocale>

namespace nianbao::ui {

FormModel::FormModel(QString tableKey, QObject* parent)
    : QAbstractTableModel(parent)
    , m_tableKey(std::move(tableKey))
{}

void FormModel::setSession(ReportSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &ReportSession::cellChanged, this, &FormModel::refreshValues);
        connect(session, &ReportSession::findingsChanged, this, &FormModel::refreshValues);
    }
    rebuild();
}

ReportSession* FormModel::session() const
{
    return m_session;
}

void FormModel::retranslate()
{
    // Same report, same shape: only the texts change.
    rebuild();
}

void FormModel::rebuild()
{
    beginResetModel();
    m_grid = FormGrid();
    const ReportTemplate* format = m_session ? m_session->format() : nullptr;
    if (const TableDef* table = format ? format->table(m_tableKey) : nullptr) {
        QSet<QString> present;
        for (const Cell& cell : m_session->current().cells) {
            present.insert(cell.key);
        }
        m_grid = FormGrid::build(*table, present);
    }
    endResetModel();
    emit gridChanged();
}

void FormModel::refreshValues()
{
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QModelIndex FormModel::indexOf(QStringView cellKey) const
{
    const std::optional<QPoint> position = m_grid.positionOf(cellKey);
    return position ? index(position->y(), position->x()) : QModelIndex();
}

int FormModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_grid.rowCount();
}

int FormModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_grid.columnCount();
}

Qt::ItemFlags FormModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (m_grid.at(index.row(), index.column()).kind == FormItemKind::Value) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }
    return Qt::ItemIsEnabled;
}

QVariant FormModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const FormItem& item = m_grid.at(index.row(), index.column());
    if (role == ItemKindRole) {
        return int(item.kind);
    }
    switch (item.kind) {
    case FormItemKind::Empty:
        return {};
    case FormItemKind::Value:
        return valueData(item, role);
    case FormItemKind::Title:
    case FormItemKind::ColumnHeader:
    case FormItemKind::GroupLabel:
    case FormItemKind::RowLabel:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return item.text;
    case Qt::TextAlignmentRole:
        return item.kind == FormItemKind::RowLabel || item.kind == FormItemKind::Title
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignCenter);
    case Qt::FontRole:
        if (item.kind == FormItemKind::Title || item.kind == FormItemKind::ColumnHeader) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant FormModel::valueData(const FormItem& item, int role) const
{
    if (!m_session) {
        return {};
    }
    const Cell* cell = m_session->current().cell(item.cellKey);
    const CellAnnotation& annotation = m_session->annotation(item.cellKey);
    const StatePalette palette = StatePalette::current();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return CellValueType::of(m_session->format(), item.cellKey)
            .format(cell ? cell->value : std::nullopt);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (const QColor color = palette.background(annotation.state); color.isValid()) {
            return color;
        }
        return {};
    case Qt::ForegroundRole:
        if (const QColor color = palette.foreground(annotation.state); color.isValid()) {
            return color;
        }
        return {};
    case Qt::DecorationRole:
        if (const QIcon icon = palette.icon(annotation.state); !icon.isNull()) {
            return icon;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(item.cellKey);
    case CellKeyRole:
        return item.cellKey;
    case SeverityRole:
        return annotation.severity ? QVariant(severityCode(*annotation.severity)) : QVariant();
    case RuleCodesRole:
        return annotation.rules;
    case ConfidenceRole:
        return annotation.confidence;
    case CellStateRole:
        return int(annotation.state);
    default:
        return {};
    }
}

bool FormModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_session) {
        return false;
    }
    const FormItem& item = m_grid.at(index.row(), index.column());
    if (item.kind != FormItemKind::Value) {
        return false;
    }
    const Result<std::optional<double>> parsed =
        CellValueType::of(m_session->format(), item.cellKey).parse(value.toString());
    if (!parsed) {
        m_lastError = parsed.error().message;
        emit editRefused(m_lastError);
        return false;
    }
    // The session writes the correction and re-checks; cellChanged refreshes this model.
    const bool edited = m_session->editCell(item.cellKey, *parsed, m_reason);
    if (edited) {
        emit reasonUsed();
    }
    return edited;
}

QString FormModel::toolTip(const QString& cellKey) const
{
    const CellAnnotation& annotation = m_session->annotation(cellKey);
    const ReportTemplate* format = m_session->format();
    const CellValueType type = CellValueType::of(format, cellKey);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> <small>%2</small>")
                 .arg(cellTitle(format, cellKey).toHtmlEscaped(), cellKey);
    if (const Cell* extracted = m_session->stored().extracted.cell(cellKey)) {
        // A figure read where nothing is printed (a short row's gap, a value the sums gave) is
        // not a blank cell: only a cell with no value is described as one.
        if (!extracted->raw.isEmpty()) {
            lines << tr("Printed: “%1”").arg(extracted->raw.toHtmlEscaped());
        } else if (extracted->value) {
            lines
                << tr("Not printed in the report: read as %1.").arg(type.format(extracted->value));
        } else {
            lines << tr("Blank in the report.");
        }
        if (extracted->confidence < 1.0) {
            lines << tr("Extraction confidence: %1%").arg(qRound(extracted->confidence * 100));
        }
    }
    if (const Correction* correction = m_session->stored().correction(cellKey)) {
        const QString when = shownTime(correction->time);
        if (annotation.corrected) {
            lines << tr("Corrected by %1 on %2 (read as %3).")
                         .arg(correction->reviewer.toHtmlEscaped(), when,
                              type.format(correction->extractedValue).isEmpty()
                                  ? tr("blank")
                                  : type.format(correction->extractedValue));
        } else if (correction->isAcceptance()) {
            lines << tr("Accepted by %1 on %2.").arg(correction->reviewer.toHtmlEscaped(), when);
        }
    }
    if (annotation.disagreement) {
        const Cell* extracted = m_session->stored().extracted.cell(cellKey);
        lines << tr("A newer extraction reads %1 here: check the correction.")
                     .arg(extracted && extracted->value ? type.format(extracted->value)
                                                        : tr("blank"));
    }
    for (const int findingIndex : annotation.findings) {
        const Finding& finding = m_session->findings()[std::size_t(findingIndex)];
        QString line = QStringLiteral("• <b>%1</b>: %2 <small>(%3)</small>")
                           .arg(severityName(finding.severity), finding.message().toHtmlEscaped(),
                                finding.rule);
        if (const FindingDecision* decision = m_session->stored().decision(finding)) {
            line += QStringLiteral(" — ") + findingVerdictName(decision->verdict);
        }
        lines << line;
    }
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace nianbao::ui
