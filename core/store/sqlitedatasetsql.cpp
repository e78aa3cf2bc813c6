#include "store/sqlitedatasetsql.h"

#include "model/agencyname.h"
#include "store/sqliteconnection.h"

namespace nianbao::store::dataset_detail {

namespace {

/// "column IN (?, ?, …)" over the given values.
template <typename Values, typename ToBinding>
void addIn(DatasetWhere& where, const char* column, const Values& values, ToBinding toBinding)
{
    QByteArray marks;
    for (const auto& value : values) {
        marks += marks.isEmpty() ? "?" : ", ?";
        where.bindings.push_back(toBinding(value));
    }
    where.add(QByteArray(column) + " IN (" + marks + ")");
}

} // namespace

void DatasetWhere::add(const QByteArray& condition)
{
    sql += sql.isEmpty() ? " WHERE " : " AND ";
    sql += condition;
}

void DatasetWhere::bindTo(SqliteStatement& statement) const
{
    int index = 1;
    for (const Binding& binding : bindings) {
        std::visit([&](const auto& value) { statement.bind(index, value); }, binding);
        ++index;
    }
}

DatasetWhere datasetWhere(const DatasetFilter& filter)
{
    DatasetWhere where;
    // A retired copy of a body's report for a year is never counted beside the one kept.
    where.add("r.id NOT IN (SELECT report_id FROM retired_reports)");
    if (filter.reviewedOnly) {
        where.add("r.review_status = ?");
        where.bindings.emplace_back(reviewStatusCode(ReviewStatus::Reviewed));
    }
    if (!filter.years.isEmpty()) {
        addIn(where, "r.year", filter.years, [](int year) { return Binding(qint64(year)); });
    }
    // Agencies as Archive::listReports compares them: normalised, any part of the name.
    QByteArray anyAgency;
    for (const QString& agency : filter.agencies) {
        const QString key = normalizedAgencyName(agency);
        if (!key.isEmpty()) {
            anyAgency += anyAgency.isEmpty() ? "(" : " OR ";
            anyAgency += "instr(r.agency_key, ?) > 0";
            where.bindings.emplace_back(key);
        }
    }
    if (!anyAgency.isEmpty()) {
        where.add(anyAgency + ")");
    }
    if (!filter.templateIds.isEmpty()) {
        addIn(where, "r.template_id", filter.templateIds,
              [](const QString& id) { return Binding(id); });
    }
    return where;
}

QByteArray andAlso(const DatasetWhere& where, const char* condition)
{
    return where.sql + (where.sql.isEmpty() ? " WHERE " : " AND ") + condition;
}

RowsByReport::RowsByReport(SqliteStatement statement)
    : m_statement(std::move(statement))
{}

Result<RowsByReport> RowsByReport::start(SqliteConnection& db, const QByteArray& sql,
                                         const DatasetWhere& where)
{
    Result<SqliteStatement> statement = db.prepare(sql);
    if (!statement) {
        return std::unexpected(statement.error());
    }
    where.bindTo(*statement);
    RowsByReport rows(std::move(*statement));
    if (Result<void> first = rows.advance(); !first) {
        return std::unexpected(first.error());
    }
    return rows;
}

Result<void> RowsByReport::advance()
{
    const Result<bool> stepped = m_statement.step();
    if (!stepped) {
        return std::unexpected(stepped.error());
    }
    m_hasRow = *stepped;
    return {};
}

} // namespace nianbao::store::dataset_detail
