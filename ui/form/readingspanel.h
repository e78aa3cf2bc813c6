#pragma once

#include "workflow/rowreadings.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace nianbao::ui {

class ReportSession;

/// The candidate readings of the current cell's row, best first: each as the whole row it
/// would fill, with the rules it keeps and breaks. Shown under the table only while the row
/// has readings; Alt+1…Alt+9 in the table, or Enter on a reading here, applies one.
class ReadingsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ReadingsPanel(QWidget* parent = nullptr);

    void setSession(ReportSession* session);
    /// Lists the readings of the row holding `cellKey` (hidden when it has none).
    void showRow(const QString& cellKey);
    [[nodiscard]] const workflow::RowReadings& readings() const { return m_readings; }
    [[nodiscard]] QTreeWidget* list() const { return m_list; }

signals:
    /// The reviewer chose reading `index` of the row holding `cellKey`.
    void readingChosen(const QString& cellKey, int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QPointer<ReportSession> m_session;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_list = nullptr;
    QString m_cellKey;
    /// The row whose readings are listed, kept until the report changes: moving along a row
    /// does not check its readings again.
    QString m_row;
    workflow::RowReadings m_readings;
};

} // namespace nianbao::ui
