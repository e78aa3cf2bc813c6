#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace nianbao {

class ReportTemplate;
struct TableDef;
struct RowDef;

namespace synth {

/// The rows and cells a report prints. A report prints its template's default rows, or in
/// the 2019/2021 mixture form (`collapsedOther`) the other form of every group that can be
/// printed either as one row or as detailed rows ((六)其他处理 of tables.md).
class CellSet {
public:
    CellSet(const ReportTemplate& format, bool collapsedOther);

    /// Whether the report prints this row of the table.
    [[nodiscard]] bool printsRow(const TableDef& table, const RowDef& row) const;
    /// Every printed cell key, in template order.
    [[nodiscard]] const QStringList& keys() const { return m_keys; }
    [[nodiscard]] bool contains(const QString& key) const { return m_keySet.contains(key); }

private:
    QSet<QString> m_rows;
    QStringList m_keys;
    QSet<QString> m_keySet;
};

/// The key of a template row within its table: "t3.other.no_fee".
QString rowPath(const TableDef& table, const RowDef& row);

} // namespace synth
} // namespace nianbao
