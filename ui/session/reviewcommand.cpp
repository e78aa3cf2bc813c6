#include "session/reviewcommand.h"

#include "session/reportsession.h"

namespace nianbao::ui {

QString ReviewCommand::shown(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : tr("blank");
}

ReviewCommand::ReviewCommand(ReportSession* session, workflow::ReviewChange change,
                             const QString& text)
    : m_session(session)
    , m_change(std::move(change))
{
    setText(text);
}

void ReviewCommand::redo()
{
    if (!m_session) {
        setObsolete(true);
        return;
    }
    workflow::ReviewChange change = m_change;
    if (m_redone) {
        change.reason =
            m_change.reason.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(m_change.reason);
    }
    Result<workflow::ChangeRecord> record = m_session->applyChange(change);
    if (!record) {
        // Never applied: the stack drops the command, and nothing else changed.
        setObsolete(true);
        m_session->m_lastFailure = record.error();
        emit m_session->failed(record.error().message);
        return;
    }
    m_record = std::move(*record);
    m_redone = true;
}

void ReviewCommand::undo()
{
    if (!m_session || !m_record) {
        setObsolete(true);
        return;
    }
    Result<workflow::ChangeRecord> reverted =
        m_session->revertChange(*m_record, tr("Undo of %1").arg(text()));
    if (!reverted) {
        // The step stands in the archive and the window; the stack drops it, so that it
        // does not claim to have undone it.
        setObsolete(true);
        emit m_session->failed(reverted.error().message);
        return;
    }
    m_record.reset();
}

} // namespace nianbao::ui
