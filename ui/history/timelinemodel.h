#pragma once

#include "export/reporttimeline.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace nianbao::ui {

class ReportSession;

/// The open report's story: every edit, acceptance, decision, status and field change with
/// who, when and why, oldest first, read from the archive after every change.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ReviewerColumn,
        KindColumn,
        TargetColumn,
        OldColumn,
        NewColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setSession(ReportSession* session);
    /// Reads the history again (a failure is reported through failed()).
    void reload();
    [[nodiscard]] const std::vector<exporting::TimelineEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    [[nodiscard]] QString kindText(const exporting::TimelineEntry& entry) const;
    [[nodiscard]] QString targetText(const exporting::TimelineEntry& entry) const;
    [[nodiscard]] QString valueText(const exporting::TimelineEntry& entry, bool newValue) const;

    QPointer<ReportSession> m_session;
    std::vector<exporting::TimelineEntry> m_entries;
};

} // namespace nianbao::ui
