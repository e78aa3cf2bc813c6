// Listing, filtering and searching the archive.

#include "model/agencyname.h"
#include "store/assignmentsql.h"
#include "store/sqlitearchivestate.h"

#include <variant>
#include <vector>

namespace nianbao::store {

namespace {

/// The trigram tokenizer indexes runs of three characters: shorter words cannot be found in
/// the index and are looked for in the text itself.
constexpr qsizetype kIndexedWordLength = 3;

using Binding = std::variant<qint64, QString>;

struct WhereClause {
    QByteArray sql;
    std::vector<Binding> bindings;

    void add(const char* condition, std::vector<Binding> values = {})
    {
        sql += sql.isEmpty() ? " WHERE " : " AND ";
        sql += condition;
        bindings.insert(bindings.end(), values.begin(), values.end());
    }
};

/// A word as an FTS5 phrase: quoted, so that operators and punctuation in it are text.
QString ftsPhrase(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

WhereClause whereClause(const ReportFilter& filter)
{
    WhereClause where;
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word.toUcs4().size() < kIndexedWordLength) {
            where.add("EXISTS (SELECT 1 FROM report_texts t WHERE t.report_id = r.id AND "
                      "instr(t.text, ?) > 0)",
                      {word});
            continue;
        }
        // Texts waiting for the index (an import indexes them a batch at a time) are read
        // directly. CROSS JOIN keeps SQLite from reading every text to find the few waiting.
        where.add("r.id IN (SELECT rowid FROM report_search WHERE report_search MATCH ? "
                  "UNION ALL SELECT b.report_id FROM search_backlog b CROSS JOIN report_texts t "
                  "ON t.report_id = b.report_id WHERE instr(t.text, ?) > 0)",
                  {ftsPhrase(word), word});
    }
    if (const QString agency = normalizedAgencyName(filter.agency); !agency.isEmpty()) {
        where.add("instr(r.agency_key, ?) > 0", {agency});
    }
    if (filter.year) {
        where.add("r.year = ?", {qint64(*filter.year)});
    }
    if (filter.status) {
        where.add("r.review_status = ?", {reviewStatusCode(*filter.status)});
    }
    if (filter.severity) {
        switch (*filter.severity) {
        case Severity::Error:
            where.add("r.open_errors > 0");
            break;
        case Severity::Warning:
            where.add("(r.open_errors > 0 OR r.open_warnings > 0)");
            break;
        case Severity::Note:
            where.add("(r.open_errors > 0 OR r.open_warnings > 0 OR r.open_notes > 0)");
            break;
        }
    }
    if (!filter.templateId.isEmpty()) {
        where.add("r.template_id = ?", {filter.templateId});
    }
    if (filter.assignee) {
        if (filter.assignee->isEmpty()) {
            where.add(assignment_detail::kUnassignedSql);
        } else {
            where.add(assignment_detail::kAssignedToSql, {*filter.assignee});
        }
    }
    if (filter.claimedByOthersThan) {
        static const QByteArray claimed = QByteArray(assignment_detail::kClaimedByOthersSql) +
                                          "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
        where.add(claimed.constData(), {*filter.claimedByOthersThan});
    }
    return where;
}

QByteArray orderBy(ReportSort sort, bool descending)
{
    const QByteArray direction = descending ? " DESC" : " ASC";
    QByteArray columns;
    switch (sort) {
    case ReportSort::Imported:
        break;
    case ReportSort::Agency:
        columns = "r.agency_key" + direction + ", ";
        break;
    case ReportSort::Year:
        columns = "r.year" + direction + ", ";
        break;
    case ReportSort::Template:
        columns = "r.template_id" + direction + ", ";
        break;
    case ReportSort::Status:
        // Work order rather than alphabetical: to review, doubtful, done.
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

/// Listing 100,000 rows is mostly turning UTF-8 into QString. Columns with a handful of
/// distinct values (format, status, region) share one string per value instead.
class StringPool {
public:
    const QString& operator()(QByteArrayView utf8)
    {
        for (const auto& [bytes, text] : m_strings) {
            if (bytes == utf8) {
                return text;
            }
        }
        return m_strings.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8)).second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_strings;
};

void bindAll(SqliteStatement& statement, const std::vector<Binding>& bindings)
{
    int index = 1;
    for (const Binding& binding : bindings) {
        std::visit([&](const auto& value) { statement.bind(index, value); }, binding);
        ++index;
    }
}

} // namespace

Result<std::vector<ReportRow>> SqliteArchive::listReports(const ReportQuery& query)
{
    WhereClause where = whereClause(query.filter);
    QByteArray sql = "SELECT r.id, r.agency, r.region, r.year, r.template_id, "
                     "r.review_status, r.open_errors, r.open_warnings, r.open_notes, "
                     "r.file_name "
                     "FROM reports r" +
                     where.sql + orderBy(query.sort, query.descending);
    if (query.limit >= 0 || query.offset > 0) {
        sql += " LIMIT ? OFFSET ?";
        where.bindings.emplace_back(query.limit);
        where.bindings.emplace_back(query.offset);
    }
    Result<SqliteStatement> select = m_state->db.prepare(sql);
    if (!select) {
        return std::unexpected(select.error());
    }
    bindAll(*select, where.bindings);

    std::vector<ReportRow> rows;
    StringPool shared;
    QByteArray lastAgency;
    QString agency;
    for (;;) {
        const Result<bool> row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        ReportRow line;
        line.id = select->int64(0);
        // Runs of one body (sorted by agency, or a body's years in a row) convert once.
        if (const QByteArrayView name = select->utf8(1); name != lastAgency) {
            lastAgency = name.toByteArray();
            agency = QString::fromUtf8(name);
        }
        line.agency = agency;
        line.region = shared(select->utf8(2));
        if (const std::optional<qint64> year = select->optionalInt64(3)) {
            line.year = int(*year);
        }
        line.templateId = shared(select->utf8(4));
        line.status = reviewStatusFromCode(shared(select->utf8(5))).value_or(ReviewStatus::Pending);
        line.openErrors = int(select->int64(6));
        line.openWarnings = int(select->int64(7));
        line.openNotes = int(select->int64(8));
        line.fileName = QString::fromUtf8(select->utf8(9));
        rows.push_back(std::move(line));
    }
}

Result<qint64> SqliteArchive::countReports(const ReportFilter& filter)
{
    const WhereClause where = whereClause(filter);
    Result<SqliteStatement> select =
        m_state->db.prepare(QByteArray("SELECT count(*) FROM reports r" + where.sql));
    if (!select) {
        return std::unexpected(select.error());
    }
    bindAll(*select, where.bindings);
    const Result<bool> row = select->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return select->int64(0);
}

} // namespace nianbao::store
