#pragma once

#include "supervision/desk/deskanalyses.h"

#include <QAbstractTableModel>
#include <QDate>

namespace nianbao::ui {

/// The bodies of a year's coverage, one row each: body, region, level, status, publication
/// date and where it was read. The status's paint is the BackgroundRole.
class CoverageModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Body, Region, Level, Status, Published, Source, ColumnCount };
    /// The status code ("missing", "late" …) of a row, for filters and tests.
    static constexpr int StatusCodeRole = Qt::UserRole + 1;

    explicit CoverageModel(QObject* parent = nullptr);

    void setAnalysis(const supervision::CoverageAnalysis* analysis);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// The publication date of a body that published is editable: a reviewer sets it.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Takes a date (yyyy-MM-dd, or empty to clear the reviewer's) for the body's reports.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    static QString statusName(supervision::CoverageStatus status);
    static QString sourceName(supervision::DateSource source);

signals:
    /// A reviewer set (or, with an invalid date, cleared) the publication date of a report.
    void publicationDateSet(const QString& reportId, const QDate& date);

private:
    const supervision::CoverageAnalysis* m_analysis = nullptr;
};

} // namespace nianbao::ui
