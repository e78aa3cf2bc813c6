#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace nianbao::ui {

class ReportSession;

/// One accepted edit of a cell. The edit is written before the command is pushed (so a
/// refused edit never enters the stack); undo and redo each write one more correction.
///
/// Edits are not merged: every accepted value is its own correction in the archive, with its
/// own reviewer, time and reason, so every one is its own step back.
class ChangeCellCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ui::ChangeCellCommand)

public:
    ChangeCellCommand(ReportSession* session, QString key, std::optional<double> oldValue,
                      std::optional<double> newValue, QString reason, const QString& label);

    /// How a value reads in the command's text and reasons.
    static QString shown(std::optional<double> value);

    void undo() override;
    void redo() override;

private:
    QPointer<ReportSession> m_session;
    QString m_key;
    std::optional<double> m_oldValue;
    std::optional<double> m_newValue;
    QString m_reason;
    /// The first redo comes from QUndoStack::push, after the edit was written already.
    bool m_written = true;
};

} // namespace nianbao::ui
