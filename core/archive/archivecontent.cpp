// Writing what extraction made of a report: text, cells, extras, label matches, narrative
// parts and findings. Callers hold the transaction.

#include "archive/archivestate.h"
#include "archive/findingcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace nianbao {

namespace {

constexpr qsizetype kCellsPerInsert = 50;

QString compactJson(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonValue spanJson(const std::optional<Span>& span)
{
    if (!span) {
        return QJsonValue::Null;
    }
    return QJsonArray{qint64(span->start), qint64(span->end)};
}

QString metaSpansJson(const ReportMeta& meta)
{
    return compactJson(
        QJsonDocument(QJsonObject{{QStringLiteral("title"), spanJson(meta.titleSpan)},
                                  {QStringLiteral("agency"), spanJson(meta.agencySpan)},
                                  {QStringLiteral("year"), spanJson(meta.yearSpan)}}));
}

QString pageBoxesJson(const std::vector<PageBox>& boxes)
{
    QJsonArray array;
    for (const PageBox& box : boxes) {
        array.append(QJsonArray{box.page, box.box.x(), box.box.y(), box.box.width(),
                                box.box.height(), qint64(box.span.start), qint64(box.span.end)});
    }
    return compactJson(QJsonDocument(array));
}

void bindSpan(SqliteStatement& statement, int index, const std::optional<Span>& span)
{
    statement.bind(index, span ? std::optional<qint64>(span->start) : std::nullopt);
    statement.bind(index + 1, span ? std::optional<qint64>(span->end) : std::nullopt);
}

} // namespace

Result<qint64> Archive::cellKeyId(const QString& key)
{
    if (const auto known = m_state->cellKeyIds.constFind(key);
        known != m_state->cellKeyIds.cend()) {
        return *known;
    }
    Result<CachedStatement> insert =
        m_state->db.cached("INSERT OR IGNORE INTO cell_keys (key) VALUES (?1)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    (*insert)->bind(1, key);
    if (Result<void> inserted = (*insert)->run(); !inserted) {
        return std::unexpected(inserted.error());
    }
    Result<CachedStatement> select = m_state->db.cached("SELECT id FROM cell_keys WHERE key = ?1");
    if (!select) {
        return std::unexpected(select.error());
    }
    (*select)->bind(1, key);
    const Result<bool> found = (*select)->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    const qint64 id = (*select)->int64(0);
    m_state->cellKeyIds.insert(key, id);
    return id;
}

Result<void> Archive::writeCells(ReportId id, QByteArrayView table, const std::vector<Cell>& cells)
{
    // Rows go in groups of kCellsPerInsert per statement: one statement run per row made the
    // ~200 cells of a report the bulk of adding it.
    constexpr qsizetype kColumns = 8;
    const auto insertSql = [&](qsizetype rows) {
        QByteArray sql = "INSERT INTO " + table.toByteArray() +
                         " (report_id, key_id, ord, value, raw, span_start, span_end, "
                         "confidence) VALUES ";
        for (qsizetype row = 0; row < rows; ++row) {
            sql += row == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
        }
        return sql;
    };
    const QByteArray fullSql = insertSql(kCellsPerInsert);
    for (qsizetype first = 0; first < qsizetype(cells.size()); first += kCellsPerInsert) {
        const qsizetype rows =
            std::min<qsizetype>(kCellsPerInsert, qsizetype(cells.size()) - first);
        Result<CachedStatement> insert =
            m_state->db.cached(rows == kCellsPerInsert ? fullSql : insertSql(rows));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        for (qsizetype row = 0; row < rows; ++row) {
            const Cell& cell = cells[std::size_t(first + row)];
            const Result<qint64> keyId = cellKeyId(cell.key);
            if (!keyId) {
                return std::unexpected(keyId.error());
            }
            const int base = int(row * kColumns);
            (*insert)->bind(base + 1, id);
            (*insert)->bind(base + 2, *keyId);
            (*insert)->bind(base + 3, qint64(first + row));
            (*insert)->bind(base + 4, cell.value);
            (*insert)->bind(base + 5, cell.raw);
            bindSpan(**insert, base + 6, cell.span);
            (*insert)->bind(base + 8, cell.confidence);
        }
        if (Result<void> done = (*insert)->run(); !done) {
            return done;
        }
    }
    return {};
}

Result<void> Archive::writeContent(ReportId id, const ProcessedReport& processed)
{
    const Report& report = processed.report;
    const Document& document = processed.document;
    SqliteConnection& db = m_state->db;

    Result<CachedStatement> text = db.cached(
        "INSERT INTO report_texts (report_id, text, notices, page_boxes, low_quality, meta_spans) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!text) {
        return std::unexpected(text.error());
    }
    (*text)->bind(1, id);
    (*text)->bind(2, document.text);
    (*text)->bind(3, compactJson(QJsonDocument(QJsonArray::fromStringList(document.notices))));
    (*text)->bind(4, pageBoxesJson(document.pageBoxes));
    (*text)->bind(5, document.lowQualityText ? 1 : 0);
    (*text)->bind(6, metaSpansJson(report.meta));
    if (Result<void> done = (*text)->run(); !done) {
        return done;
    }

    for (const auto& [cells, table] : {std::pair{&report.cells, QByteArrayView("cells")},
                                       std::pair{&report.extras, QByteArrayView("extra_cells")}}) {
        if (Result<void> written = writeCells(id, table, *cells); !written) {
            return written;
        }
    }

    Result<CachedStatement> label = db.cached(
        "INSERT INTO label_matches (report_id, ord, key, alias, text, span_start, span_end, "
        "distance) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!label) {
        return std::unexpected(label.error());
    }
    int ord = 0;
    for (const LabelMatch& match : report.labels) {
        (*label)->bind(1, id);
        (*label)->bind(2, ord++);
        (*label)->bind(3, match.key);
        (*label)->bind(4, match.alias);
        (*label)->bind(5, match.text);
        bindSpan(**label, 6, match.span);
        (*label)->bind(8, match.distance);
        if (Result<void> done = (*label)->run(); !done) {
            return done;
        }
    }

    Result<CachedStatement> part = db.cached(
        "INSERT INTO narrative_parts (report_id, ord, key, heading, text, span_start, span_end) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!part) {
        return std::unexpected(part.error());
    }
    ord = 0;
    for (const NarrativePart& narrative : report.narrative) {
        (*part)->bind(1, id);
        (*part)->bind(2, ord++);
        (*part)->bind(3, narrative.key);
        (*part)->bind(4, narrative.heading);
        (*part)->bind(5, narrative.text);
        bindSpan(**part, 6, narrative.span);
        if (Result<void> done = (*part)->run(); !done) {
            return done;
        }
    }
    return writeFindings(id, report.findings);
}

Result<void> Archive::writeFindings(ReportId id, const std::vector<Finding>& findings)
{
    Result<CachedStatement> insert = m_state->db.cached(
        "INSERT INTO findings (report_id, ord, rule, severity, cells, message_template, args, "
        "fingerprint) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    int ord = 0;
    for (const Finding& finding : findings) {
        (*insert)->bind(1, id);
        (*insert)->bind(2, ord++);
        (*insert)->bind(3, finding.rule);
        (*insert)->bind(4, severityCode(finding.severity));
        (*insert)->bind(5, encodeCellKeys(finding.cells));
        (*insert)->bind(6, finding.messageTemplate);
        (*insert)->bind(7, encodeFindingArgs(finding.args));
        (*insert)->bind(8, findingFingerprint(finding));
        if (Result<void> done = (*insert)->run(); !done) {
            return done;
        }
    }
    return refreshOpenCounts(id);
}

Result<void> Archive::clearContent(ReportId id)
{
    static constexpr const char* kClear[] = {
        "DELETE FROM report_texts WHERE report_id = ?1",
        "DELETE FROM cells WHERE report_id = ?1",
        "DELETE FROM extra_cells WHERE report_id = ?1",
        "DELETE FROM label_matches WHERE report_id = ?1",
        "DELETE FROM narrative_parts WHERE report_id = ?1",
        "DELETE FROM findings WHERE report_id = ?1",
    };
    for (const char* sql : kClear) {
        Result<CachedStatement> clear = m_state->db.cached(sql);
        if (!clear) {
            return std::unexpected(clear.error());
        }
        (*clear)->bind(1, id);
        if (Result<void> done = (*clear)->run(); !done) {
            return done;
        }
    }
    return {};
}

Result<void> Archive::refreshOpenCounts(ReportId id)
{
    Result<CachedStatement> count = m_state->db.cached(
        "SELECT f.severity, count(*) FROM findings f WHERE f.report_id = ?1 AND "
        "coalesce((SELECT d.verdict FROM finding_decisions d WHERE d.report_id = ?1 AND "
        "d.fingerprint = f.fingerprint ORDER BY d.id DESC LIMIT 1), 'open') = 'open' "
        "GROUP BY f.severity");
    if (!count) {
        return std::unexpected(count.error());
    }
    (*count)->bind(1, id);
    std::array<qint64, 3> open{0, 0, 0}; // error, warning, note
    for (;;) {
        const Result<bool> row = (*count)->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        switch (severityFromCode((*count)->text(0)).value_or(Severity::Note)) {
        case Severity::Error:
            open[0] = (*count)->int64(1);
            break;
        case Severity::Warning:
            open[1] = (*count)->int64(1);
            break;
        case Severity::Note:
            open[2] = (*count)->int64(1);
            break;
        }
    }
    Result<CachedStatement> update = m_state->db.cached(
        "UPDATE reports SET open_errors = ?2, open_warnings = ?3, open_notes = ?4 WHERE id = ?1");
    if (!update) {
        return std::unexpected(update.error());
    }
    (*update)->bind(1, id);
    (*update)->bind(2, open[0]);
    (*update)->bind(3, open[1]);
    (*update)->bind(4, open[2]);
    return (*update)->run();
}

} // namespace nianbao
