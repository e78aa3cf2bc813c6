#include "session/changecellcommand.h"

#include "session/reportsession.h"

#include <utility>

namespace nianbao::ui {

QString ChangeCellCommand::shown(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : tr("blank");
}

ChangeCellCommand::ChangeCellCommand(ReportSession* session, QString key,
                                     std::optional<double> oldValue, std::optional<double> newValue,
                                     QString reason, const QString& label)
    : m_session(session)
    , m_key(std::move(key))
    , m_oldValue(oldValue)
    , m_newValue(newValue)
    , m_reason(std::move(reason))
{
    setText(tr("%1: %2 → %3").arg(label, shown(oldValue), shown(newValue)));
}

void ChangeCellCommand::undo()
{
    if (!m_session) {
        return;
    }
    const QString reason = tr("Undo of %1 → %2").arg(shown(m_oldValue), shown(m_newValue));
    if (const Result<void> written = m_session->writeValue(m_key, m_oldValue, reason); !written) {
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
    if (const Result<void> written = m_session->writeValue(m_key, m_newValue, reason); !written) {
        emit m_session->failed(written.error().message);
    }
}

} // namespace nianbao::ui
