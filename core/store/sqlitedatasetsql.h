#pragma once

// The SQL side of DatasetReader; not part of its interface.

#include "common/error.h"
#include "store/datasetreader.h"
#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace nianbao::store {

class SqliteConnection;

namespace dataset_detail {

using Binding = std::variant<qint64, QString>;

/// A DatasetFilter as SQL over `reports r`, bound the same way in every query of the reader's
/// snapshot.
struct DatasetWhere {
    QByteArray sql; ///< "" or " WHERE …"
    std::vector<Binding> bindings;

    void add(const QByteArray& condition);
    void bindTo(SqliteStatement& statement) const;
};

DatasetWhere datasetWhere(const DatasetFilter& filter);

/// `where` followed by one more condition.
QByteArray andAlso(const DatasetWhere& where, const char* condition);

/// An ordered query whose first column is the report id, kept one row ahead so that the
/// rows of several such queries can be merged report by report.
class RowsByReport {
public:
    static Result<RowsByReport> start(SqliteConnection& db, const QByteArray& sql,
                                      const DatasetWhere& where);

    [[nodiscard]] bool hasRow() const { return m_hasRow; }
    /// Whether the current row belongs to report `id`.
    [[nodiscard]] bool at(ReportId id) const { return m_hasRow && m_statement.int64(0) == id; }
    [[nodiscard]] const SqliteStatement& row() const { return m_statement; }
    Result<void> advance();

private:
    explicit RowsByReport(SqliteStatement statement);

    SqliteStatement m_statement;
    bool m_hasRow = false;
};

} // namespace dataset_detail

} // namespace nianbao::store
