// Listing, filtering and searching the archive on PostgreSQL: the same filters and order as
// the SQLite archive (sqlitearchivelisting.cpp).

#include "model/agencyname.h"
#include "store/assignmentsql.h"
#include "store/pgarchivestate.h"

#include <variant>
#include <vector>

namespace nianbao::store {

namespace {

using Binding = std::variant<qint64, QString>;

/// Conditions with their parameters numbered as they are added ($1, $2...).
struct WhereClause {
    QByteArray sql;
    std::vector<Binding> bindings;

    /// `condition` with "?" where each of `values` goes, in order.
    void add(const char* condition, std::vector<Binding> values = {})
    {
        sql += sql.isEmpty() ? " WHERE " : " AND ";
        int next = int(bindings.size());
        for (const char* c = condition; *c; ++c) {
            if (*c == '?') {
                sql += '$' + QByteArray::number(++next);
            } else {
                sql += *c;
            }
        }
        bindings.insert(bindings.end(), values.begin(), values.end());
    }

    /// The number of the first parameter after the conditions'.
    [[nodiscard]] int afterConditions() const { return int(bindings.size()) + 1; }
};

WhereClause whereClause(const ReportFilter& filter)
{
    WhereClause where;
    const auto add = [&](const char* condition, std::vector<Binding> values = {}) {
        where.add(condition, std::move(values));
    };
    // Matching as the SQLite archive does: words of three characters or more as its trigram
    // index finds them (ignoring case) — here through the pg_trgm index of lower(text), when
    // the server has the extension (pgschemasteps.cpp) — shorter ones exactly.
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word.toUcs4().size() < 3) {
            add("EXISTS (SELECT 1 FROM report_texts t WHERE t.report_id = r.id AND "
                "strpos(t.text, ?) > 0)",
                {word});
            continue;
        }
        // The word as a LIKE pattern's middle: its wildcards and escapes taken literally.
        QString literal = word;
        literal.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        add("r.id IN (SELECT t.report_id FROM report_texts t WHERE lower(t.text) LIKE "
            "('%' || lower(?) || '%') ESCAPE '\\')",
            {literal});
    }
    if (const QString agency = normalizedAgencyName(filter.agency); !agency.isEmpty()) {
        add("strpos(r.agency_key, ?) > 0", {agency});
    }
    if (filter.year) {
        add("r.year = ?", {qint64(*filter.year)});
    }
    if (filter.status) {
        add("r.review_status = ?", {reviewStatusCode(*filter.status)});
    }
    if (filter.severity) {
        switch (*filter.severity) {
        case Severity::Error:
            add("r.open_errors > 0");
            break;
        case Severity::Warning:
            add("(r.open_errors > 0 OR r.open_warnings > 0)");
            break;
        case Severity::Note:
            add("(r.open_errors > 0 OR r.open_warnings > 0 OR r.open_notes > 0)");
            break;
        }
    }
    if (!filter.templateId.isEmpty()) {
        add("r.template_id = ?", {filter.templateId});
    }
    if (filter.assignee) {
        if (filter.assignee->isEmpty()) {
            add(assignment_detail::kUnassignedSql);
        } else {
            add(assignment_detail::kAssignedToSql, {*filter.assignee});
        }
    }
    if (filter.claimedByOthersThan) {
        static const QByteArray claimed =
            QByteArray(assignment_detail::kClaimedByOthersSql) + "clock_timestamp())";
        add(claimed.constData(), {*filter.claimedByOthersThan});
    }
    return where;
}

/// As SQLite orders: NULL before every value going up, after every value going down.
QByteArray orderBy(ReportSort sort, bool descending)
{
    const QByteArray direction = descending ? " DESC" : " ASC";
    const QByteArray nulls = descending ? " NULLS LAST" : " NULLS FIRST";
    QByteArray columns;
    switch (sort) {
    case ReportSort::Imported:
        break;
    case ReportSort::Agency:
        columns = "r.agency_key" + direction + ", ";
        break;
    case ReportSort::Year:
        columns = "r.year" + direction + nulls + ", ";
        break;
    case ReportSort::Template:
        columns = "r.template_id" + direction + ", ";
        break;
    case ReportSort::Status:
        columns = "CASE r.review_status WHEN 'pending' THEN 0 WHEN 'doubtful' THEN 1 ELSE 2 END" +
                  direction + ", ";
        break;
    case ReportSort::OpenFindings:
        columns = "r.open_errors" + direction + ", r.open_warnings" + direction + ", r.open_notes" +
                  direction + ", ";
        break;
    }
    return " ORDER BY " + columns + "r.id" + direction;
}

void bindAll(PgStatement& statement, const std::vector<Binding>& bindings)
{
    int index = 1;
    for (const Binding& binding : bindings) {
        std::visit([&](const auto& value) { statement.bind(index, value); }, binding);
        ++index;
    }
}

} // namespace

Result<std::vector<ReportRow>> PgArchive::listReports(const ReportQuery& query)
{
    const WhereClause where = whereClause(query.filter);
    QByteArray sql = "SELECT r.id, r.agency, r.region, r.year, r.template_id, "
                     "r.review_status, r.open_errors, r.open_warnings, r.open_notes, "
                     "r.file_name FROM reports r" +
                     where.sql + orderBy(query.sort, query.descending);
    const int limit = where.afterConditions();
    if (query.limit >= 0 || query.offset > 0) {
        // LIMIT NULL lists everything.
        sql += " LIMIT $" + QByteArray::number(limit) + " OFFSET $" + QByteArray::number(limit + 1);
    }
    PgStatement select = m_state->db.prepare(sql);
    bindAll(select, where.bindings);
    if (query.limit >= 0 || query.offset > 0) {
        select.bind(limit, query.limit >= 0 ? std::optional<qint64>(query.limit) : std::nullopt);
        select.bind(limit + 1, query.offset);
    }
    std::vector<ReportRow> rows;
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        ReportRow line;
        line.id = select.int64(0);
        line.agency = select.text(1);
        line.region = select.text(2);
        if (const std::optional<qint64> year = select.optionalInt64(3)) {
            line.year = int(*year);
        }
        line.templateId = select.text(4);
        line.status = reviewStatusFromCode(select.text(5)).value_or(ReviewStatus::Pending);
        line.openErrors = int(select.int64(6));
        line.openWarnings = int(select.int64(7));
        line.openNotes = int(select.int64(8));
        line.fileName = select.text(9);
        rows.push_back(std::move(line));
    }
}

Result<qint64> PgArchive::countReports(const ReportFilter& filter)
{
    const WhereClause where = whereClause(filter);
    PgStatement select =
        m_state->db.prepare(QByteArray("SELECT count(*) FROM reports r" + where.sql));
    bindAll(select, where.bindings);
    const Result<bool> row = select.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return select.int64(0);
}

} // namespace nianbao::store
