#pragma once

#include "supervision/desk/deskanalyses.h"

#include <QAbstractTableModel>

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

    static QString statusName(supervision::CoverageStatus status);
    static QString sourceName(supervision::DateSource source);

private:
    const supervision::CoverageAnalysis* m_analysis = nullptr;
};

} // namespace nianbao::ui
