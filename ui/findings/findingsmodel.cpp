#include "findings/findingsmodel.h"

#include "common/itemroles.h"
#include "common/timetext.h"
#include "rules/rulenames.h"
#include "session/celllabels.h"
#include "session/reportsession.h"
#include "theme/statepalette.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace nianbao::ui {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setSession(ReportSession* session)
{
    beginResetModel();
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &ReportSession::findingsChanged, this, &FindingsModel::reload);
    }
    order();
    endResetModel();
}

void FindingsModel::reload()
{
    beginResetModel();
    order();
    endResetModel();
}

void FindingsModel::order()
{
    m_order.clear();
    if (m_session) {
        const auto& findings = m_session->findings();
        m_order.resize(findings.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return int(findings[std::size_t(a)].severity) < int(findings[std::size_t(b)].severity);
        });
    }
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const Finding* FindingsModel::finding(int row) const
{
    if (!m_session || row < 0 || row >= int(m_order.size())) {
        return nullptr;
    }
    // Between a change of the session's findings and the reset that follows, the order may
    // point past them.
    const std::size_t index = std::size_t(m_order[std::size_t(row)]);
    return index < m_session->findings().size() ? &m_session->findings()[index] : nullptr;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::cellsText(const Finding& finding) const
{
    QStringList titles;
    for (const QString& key : finding.cells) {
        titles << cellTitle(m_session->format(), key);
    }
    return titles.join(QStringLiteral("; "));
}

QString FindingsModel::decisionText(const Finding& finding) const
{
    const FindingDecision* decision = m_session->stored().decision(finding);
    if (!decision || decision->verdict == FindingVerdict::Open) {
        return tr("Open");
    }
    // An extraction doubt dismissed because reviewers stood behind every cell it names was
    // settled by those steps, not waved away: it says so.
    const StoredReport& stored = m_session->stored();
    if (decision->verdict == FindingVerdict::Dismissed && isExtractionFinding(finding) &&
        !finding.cells.isEmpty() &&
        std::all_of(finding.cells.begin(), finding.cells.end(),
                    [&](const QString& key) { return stored.isVouchedFor(key); })) {
        QStringList values;
        bool onlyAccepted = true;
        for (const QString& key : finding.cells) {
            const Correction* correction = stored.correction(key);
            onlyAccepted = onlyAccepted && correction && correction->isAcceptance();
            const std::optional<double> value = correction ? correction->newValue : std::nullopt;
            values << (value ? QString::number(*value, 'g', 15) : tr("blank"));
        }
        return onlyAccepted
                   ? tr("Settled by accepting %1").arg(values.join(QLatin1Char(' ')))
                   : tr("Settled by correcting or accepting %1").arg(values.join(QLatin1Char(' ')));
    }
    QString text = findingVerdictName(decision->verdict);
    if (!decision->comment.isEmpty()) {
        text += QStringLiteral(": ") + decision->comment;
    }
    return text;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    const Finding* shown = index.isValid() ? finding(index.row()) : nullptr;
    if (!shown) {
        return {};
    }
    const FindingDecision* decision = m_session->stored().decision(*shown);
    const FindingVerdict verdict = decision ? decision->verdict : FindingVerdict::Open;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(shown->severity);
        case RuleColumn:
            return rules::ruleNameOrId(shown->rule, m_session->format());
        case RuleIdColumn:
            return shown->rule;
        case MessageColumn:
            return shown->message();
        case CellsColumn:
            return cellsText(*shown);
        case DecisionColumn:
            return decisionText(*shown);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DecisionColumn && decision && verdict != FindingVerdict::Open) {
            return tr("%1 by %2 on %3")
                .arg(decisionText(*shown), decision->reviewer, shownTime(decision->time));
        }
        if (index.column() == RuleColumn) {
            return shown->rule; // the name's id, for a reviewer who quotes it
        }
        return index.column() == CellsColumn ? cellsText(*shown) : shown->message();
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return StatePalette::current().icon(StatePalette::stateFor(shown->severity));
        }
        return {};
    case Qt::ForegroundRole:
        // A dismissed finding stays listed, quietly: the reviewer can reopen it.
        if (verdict == FindingVerdict::Dismissed) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case SeverityRole:
        return severityCode(shown->severity);
    case RuleCodesRole:
        return QStringList{shown->rule};
    case CellKeysRole:
        return shown->cells;
    case VerdictRole:
        return findingVerdictCode(verdict);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case CellsColumn:
        return tr("Cells");
    case DecisionColumn:
        return tr("Decision");
    case RuleIdColumn:
        return tr("Rule id");
    default:
        return {};
    }
}

} // namespace nianbao::ui
