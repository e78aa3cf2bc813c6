#pragma once

#include "form/formgrid.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace nianbao::ui {

class ReportSession;

/// One official table of the open report as an editable grid (FormGrid): values with their
/// findings, confidence and corrections, labels and headers around them.
///
/// Values come from the session and edits go to it: setData asks the session for an undoable
/// edit, which writes the correction and re-checks the report; the model then hears of the
/// change like any other.
class FormModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    FormModel(QString tableKey, QObject* parent = nullptr);

    /// Shows a report (null: none). The session must outlive its use here or be cleared.
    void setSession(ReportSession* session);
    [[nodiscard]] ReportSession* session() const;
    [[nodiscard]] const FormGrid& grid() const { return m_grid; }
    [[nodiscard]] const QString& tableKey() const { return m_tableKey; }
    /// The index of a cell, or an invalid index when this table has no such cell.
    [[nodiscard]] QModelIndex indexOf(QStringView cellKey) const;
    /// Builds the labels again in the current language.
    void retranslate();

    /// Text an edit was refused with, for the status bar.
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// The reason recorded with the next edits (empty: none).
    void setReason(const QString& reason) { m_reason = reason; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    /// The grid's shape changed (another report or format): views re-apply spans.
    void gridChanged();
    void editRefused(const QString& message);
    /// An edit went through with the reason set: the pane clears it unless it is pinned.
    void reasonUsed();

private:
    void rebuild();
    void refreshValues();
    [[nodiscard]] QVariant valueData(const FormItem& item, int role) const;
    [[nodiscard]] QString toolTip(const QString& cellKey) const;

    QString m_tableKey;
    QPointer<ReportSession> m_session;
    FormGrid m_grid;
    QString m_reason;
    QString m_lastError;
};

} // namespace nianbao::ui
