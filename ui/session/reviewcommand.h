#pragma once

#include "workflow/reviewchange.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace nianbao::ui {

class ReportSession;

/// One review step on the undo stack (Tiled's pattern): redo() applies the change through the
/// session, undo() reverts what that application did. Each is one more step of the archive's
/// history, never an erasure.
///
/// A redo or undo the archive refuses marks the command obsolete, so the stack drops it: the
/// stack, the window and the archive then agree that the step stands (or stands undone), and
/// the session's failed() says why.
///
/// Steps are not merged: every value accepted is its own correction in the archive, with its
/// own reviewer, time and reason, so every one is its own step back.
class ReviewCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ui::ReviewCommand)

public:
    ReviewCommand(ReportSession* session, workflow::ReviewChange change, const QString& text);

    /// How a value reads in command texts and reasons.
    static QString shown(std::optional<double> value);

    void redo() override;
    void undo() override;

private:
    QPointer<ReportSession> m_session;
    workflow::ReviewChange m_change;
    /// What the last redo did: what undo reverts.
    std::optional<workflow::ChangeRecord> m_record;
    /// The first redo (from QUndoStack::push) applies the change as the reviewer asked; later
    /// ones say they are a redo.
    bool m_redone = false;
};

} // namespace nianbao::ui
