#include "session/changecellcommand.h"

#include "session/reportsession.h"

#include <utility>

namespace nianbao::ui {

QString ChangeCellCommand::shown(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : tr("blank");
}

ChangeCellCommand::ChangeCellCommand(ReportSession* session, QString key, CellReview before,
                                     CellReview after, QString reason, const QString& label,
                                     QStringList settled)
    : m_session(session)
    , m_key(std::move(key))
    , m_before(before)
    , m_after(after)
    , m_reason(std::move(reason))
    , m_settled(std::move(settled))
{
    setText(before.value == after.value
                ? tr("%1: %2 accepted").arg(label, shown(after.value))
                : tr("%1: %2 → %3").arg(label, shown(before.value), shown(after.value)));
}

void ChangeCellCommand::undo()
{
    if (!m_session) {
        return;
    }
    const QString reason =
        m_before.value == m_after.value
            ? tr("Undo of the acceptance of %1").arg(shown(m_after.value))
            : tr("Undo of %1 → %2").arg(shown(m_before.value), shown(m_after.value));
    if (const Result<QStringList> written =
            m_session->writeValue(m_key, m_before, reason, m_settled);
        !written) {
        emit m_session->failed(written.error().message);
    }
}

void ChangeCellCommand::redo()
{
    if (std::exchange(m_written, false) || !m_session) {
        return;
    }
    QString reason = tr("Redo");
    if (!m_reason.isEmpty()) {
        reason += QStringLiteral(": ") + m_reason;
    }
    if (const Result<QStringList> written = m_session->writeValue(m_key, m_after, reason);
        !written) {
        emit m_session->failed(written.error().message);
    } else {
        m_settled = *written;
    }
}

} // namespace nianbao::ui
