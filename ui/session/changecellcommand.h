#pragma once

#include "session/cellreview.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace nianbao::ui {

class ReportSession;

/// One accepted edit of a cell, or one acceptance of its value. The step is written before the
/// command is pushed (so a refused one never enters the stack); undo and redo each write one
/// more correction.
///
/// Edits are not merged: every accepted value is its own correction in the archive, with its
/// own reviewer, time and reason, so every one is its own step back.
class ChangeCellCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ui::ChangeCellCommand)

public:
    /// `settled`: the extraction findings the step dismissed, reopened by undo.
    ChangeCellCommand(ReportSession* session, QString key, CellReview before, CellReview after,
                      QString reason, const QString& label, QStringList settled);

    /// How a value reads in the command's text and reasons.
    static QString shown(std::optional<double> value);

    void undo() override;
    void redo() override;

private:
    QPointer<ReportSession> m_session;
    QString m_key;
    CellReview m_before;
    CellReview m_after;
    QString m_reason;
    QStringList m_settled;
    /// The first redo comes from QUndoStack::push, after the edit was written already.
    bool m_written = true;
};

} // namespace nianbao::ui
