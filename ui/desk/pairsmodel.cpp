#include "desk/pairsmodel.h"

#include "common/language.h"
#include "supervision/similarity/copyfindings.h"

namespace nianbao::ui {

using namespace nianbao::supervision;

PairsModel::PairsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PairsModel::setAnalysis(const CopiesAnalysis* analysis)
{
    beginResetModel();
    m_analysis = analysis;
    endResetModel();
}

int PairsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->pairs.size());
}

int PairsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_analysis) {
        return {};
    }
    const SimilarPair& pair = m_analysis->pairs[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Share) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const auto name = [this](int document) {
        const NarrativeDocument& d = m_analysis->documents[std::size_t(document)];
        return tr("%1 (%2)").arg(d.agency).arg(d.year);
    };
    switch (index.column()) {
    case Share:
        return QStringLiteral("%1 %").arg(qRound(pair.share * 100));
    case Report:
        return name(pair.document);
    case OtherReport:
        return name(pair.other);
    case Parts: {
        QStringList parts;
        for (const int match : pair.matches) {
            const CopyMatch& m = m_analysis->detection.matches[std::size_t(match)];
            parts.append(unitName(m.unit, m_analysis->documents[std::size_t(m.document)]).text());
        }
        parts.removeDuplicates();
        return parts.join(currentLanguage() == Language::Chinese ? QStringLiteral("、")
                                                                 : QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant PairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Share:
        return tr("Same");
    case Report:
        return tr("Report");
    case OtherReport:
        return tr("Same as");
    case Parts:
        return tr("Parts");
    default:
        return {};
    }
}

} // namespace nianbao::ui
