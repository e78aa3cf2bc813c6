#pragma once

#include "common/error.h"
#include "model/storedreport.h"
#include "store/reportquery.h"

#include <QAbstractTableModel>

#include <vector>

namespace nianbao::store {
class Archive;
}

namespace nianbao::ui {

/// The archive's reports as a list: every report matching the filter, sorted by any column.
///
/// Filtering and the sorts the archive knows run as queries; the list holds only the small
/// rows of the result (no report contents), so 100,000 reports list in a fraction of a second
/// and scroll smoothly.
class ReportListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        AgencyColumn,
        RegionColumn,
        YearColumn,
        FormatColumn,
        StatusColumn,
        ErrorsColumn,
        WarningsColumn,
        NotesColumn,
        /// The name of the file the report was imported from (its folder in the tooltip).
        FileColumn,
        ColumnCount
    };

    explicit ReportListModel(QObject* parent = nullptr);

    /// The archive to list (null: none). It must outlive its use here.
    void setArchive(store::Archive* archive);
    void setFilter(const store::ReportFilter& filter);
    [[nodiscard]] const store::ReportFilter& filter() const { return m_filter; }
    /// Reads the archive again with the current filter and sort.
    Result<void> refresh();

    [[nodiscard]] const store::ReportRow* row(int index) const;
    /// The row of a report in the list, or -1.
    [[nodiscard]] int rowOf(ReportId id) const;
    /// The first pending report after `row` in the list's order (wrapping), or -1.
    [[nodiscard]] int nextPending(int row, ReportId except) const;
    /// Updates one report's line after the reviewer changed it (status, open findings).
    void updateRow(const store::ReportRow& line);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void failed(const QString& message);

private:
    Result<void> query();
    void sortInMemory();

    store::Archive* m_archive = nullptr;
    store::ReportFilter m_filter;
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<store::ReportRow> m_rows;
};

} // namespace nianbao::ui
