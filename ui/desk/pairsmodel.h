#pragma once

#include "supervision/desk/deskanalyses.h"

#include <QAbstractTableModel>

namespace nianbao::ui {

/// The most similar pairs of reports, most similar first: share, the two reports and the
/// parts they share.
class PairsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Share, Report, OtherReport, Parts, ColumnCount };

    explicit PairsModel(QObject* parent = nullptr);

    void setAnalysis(const supervision::CopiesAnalysis* analysis);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const supervision::CopiesAnalysis* m_analysis = nullptr;
};

} // namespace nianbao::ui
