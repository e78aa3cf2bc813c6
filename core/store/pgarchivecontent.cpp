// Writing what extraction made of a report (its ReportRows) on PostgreSQL. Callers hold the
// transaction.

#include "store/openfindingsql.h"
#include "store/pgarchivestate.h"

namespace nianbao::store {

namespace {

/// Rows go in groups of up to this many per INSERT: one round trip to the server per row
/// would make the ~200 cells of a report ~200 round trips.
constexpr qsizetype kRowsPerInsert = 100;

void bindSpan(PgStatement& statement, int index, const std::optional<Span>& span)
{
    statement.bind(index, span ? std::optional<qint64>(span->start) : std::nullopt);
    statement.bind(index + 1, span ? std::optional<qint64>(span->end) : std::nullopt);
}

/// Inserts `items` with "INSERT INTO table (columns) VALUES ($1, ...), ($n, ...), ..." in
/// statements of up to kRowsPerInsert rows. `bindRow(statement, first, item, index)` binds one
/// item's `columns` values from parameter `first` on.
template <typename Item, typename BindRow>
Result<void> insertRows(PgConnection& db, QByteArrayView head, int columns,
                        const std::vector<Item>& items, BindRow bindRow)
{
    const qsizetype count = qsizetype(items.size());
    for (qsizetype first = 0; first < count; first += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, count - first);
        QByteArray sql = head.toByteArray() + " VALUES ";
        int parameter = 0;
        for (qsizetype row = 0; row < rows; ++row) {
            sql += row == 0 ? "(" : ",(";
            for (int column = 0; column < columns; ++column) {
                sql += (column == 0 ? "$" : ",$") + QByteArray::number(++parameter);
            }
            sql += ')';
        }
        PgStatement insert = db.prepare(sql);
        for (qsizetype i = 0; i < rows; ++i) {
            const qsizetype index = first + i;
            if (Result<void> bound =
                    bindRow(insert, int(i * columns) + 1, items[std::size_t(index)], index);
                !bound) {
                return bound;
            }
        }
        if (Result<void> done = insert.run(); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

Result<qint64> PgArchive::cellKeyId(const QString& key)
{
    if (const auto known = m_state->cellKeyIds.constFind(key);
        known != m_state->cellKeyIds.cend()) {
        return *known;
    }
    // Another client may add the same key at once: the unique key makes one of them wait,
    // and both read the one id.
    PgStatement insert =
        m_state->db.prepare("INSERT INTO cell_keys (key) VALUES ($1) ON CONFLICT (key) DO NOTHING");
    insert.bind(1, key);
    if (Result<void> inserted = insert.run(); !inserted) {
        return std::unexpected(inserted.error());
    }
    PgStatement select = m_state->db.prepare("SELECT id FROM cell_keys WHERE key = $1");
    select.bind(1, key);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    const qint64 id = select.int64(0);
    m_state->cellKeyIds.insert(key, id);
    return id;
}

Result<void> PgArchive::writeCells(ReportId id, QByteArrayView table,
                                   const std::vector<ReportRows::CellRow>& cells)
{
    // Keys first: looking one up runs statements of its own.
    std::vector<qint64> keyIds;
    keyIds.reserve(cells.size());
    for (const ReportRows::CellRow& cell : cells) {
        const Result<qint64> keyId = cellKeyId(cell.key);
        if (!keyId) {
            return std::unexpected(keyId.error());
        }
        keyIds.push_back(*keyId);
    }
    const QByteArray head = "INSERT INTO " + table.toByteArray() +
                            " (report_id, key_id, ord, value, raw, span_start, span_end, "
                            "confidence)";
    return insertRows(m_state->db, head, 8, cells,
                      [&](PgStatement& insert, int at, const ReportRows::CellRow& cell,
                          qsizetype ord) -> Result<void> {
                          insert.bind(at, id);
                          insert.bind(at + 1, keyIds[std::size_t(ord)]);
                          insert.bind(at + 2, qint64(ord));
                          insert.bind(at + 3, cell.value);
                          insert.bindUtf8(at + 4, cell.raw);
                          bindSpan(insert, at + 5, cell.span);
                          insert.bind(at + 7, cell.confidence);
                          return {};
                      });
}

Result<void> PgArchive::writeCandidates(ReportId id, const std::vector<ReportRows::CellRow>& cells)
{
    struct Candidate {
        qint64 keyId;
        int rank;
        CellCandidate reading;
    };
    std::vector<Candidate> candidates;
    for (const ReportRows::CellRow& cell : cells) {
        for (std::size_t rank = 0; rank < cell.candidates.size(); ++rank) {
            const Result<qint64> keyId = cellKeyId(cell.key);
            if (!keyId) {
                return std::unexpected(keyId.error());
            }
            candidates.push_back({*keyId, int(rank), cell.candidates[rank]});
        }
    }
    return insertRows(
        m_state->db, "INSERT INTO cell_candidates (report_id, key_id, rank, value, score)", 5,
        candidates,
        [&](PgStatement& insert, int at, const Candidate& candidate, qsizetype) -> Result<void> {
            insert.bind(at, id);
            insert.bind(at + 1, candidate.keyId);
            insert.bind(at + 2, candidate.rank);
            insert.bind(at + 3, candidate.reading.value);
            insert.bind(at + 4, candidate.reading.score);
            return {};
        });
}

Result<void> PgArchive::writeContent(ReportId id, const ReportRows& rows)
{
    PgConnection& db = m_state->db;
    PgStatement text = db.prepare(
        "INSERT INTO report_texts (report_id, text, notices, page_boxes, low_quality, meta_spans) "
        "VALUES ($1, $2, $3, $4, $5, $6)");
    text.bind(1, id);
    text.bindUtf8(2, rows.text);
    text.bindUtf8(3, rows.notices);
    text.bindUtf8(4, rows.pageBoxes);
    text.bind(5, rows.lowQuality);
    text.bindUtf8(6, rows.metaSpans);
    if (Result<void> done = text.run(); !done) {
        return done;
    }
    for (const auto& [cells, table] : {std::pair{&rows.cells, QByteArrayView("cells")},
                                       std::pair{&rows.extras, QByteArrayView("extra_cells")}}) {
        if (Result<void> written = writeCells(id, table, *cells); !written) {
            return written;
        }
    }
    if (Result<void> written = writeCandidates(id, rows.cells); !written) {
        return written;
    }
    Result<void> labels = insertRows(
        db,
        "INSERT INTO label_matches (report_id, ord, key, alias, text, span_start, span_end, "
        "distance)",
        8, rows.labels,
        [&](PgStatement& insert, int at, const ReportRows::LabelRow& label,
            qsizetype ord) -> Result<void> {
            insert.bind(at, id);
            insert.bind(at + 1, qint64(ord));
            insert.bindUtf8(at + 2, label.key);
            insert.bindUtf8(at + 3, label.alias);
            insert.bindUtf8(at + 4, label.text);
            bindSpan(insert, at + 5, label.span);
            insert.bind(at + 7, label.distance);
            return {};
        });
    if (!labels) {
        return labels;
    }
    Result<void> narrative = insertRows(
        db,
        "INSERT INTO narrative_parts (report_id, ord, key, heading, text, span_start, span_end)", 7,
        rows.narrative,
        [&](PgStatement& insert, int at, const ReportRows::NarrativeRow& part,
            qsizetype ord) -> Result<void> {
            insert.bind(at, id);
            insert.bind(at + 1, qint64(ord));
            insert.bindUtf8(at + 2, part.key);
            insert.bindUtf8(at + 3, part.heading);
            insert.bindUtf8(at + 4, part.text);
            bindSpan(insert, at + 5, part.span);
            return {};
        });
    if (!narrative) {
        return narrative;
    }
    return writeFindings(id, rows.findings);
}

Result<void> PgArchive::writeFindings(ReportId id,
                                      const std::vector<ReportRows::FindingRow>& findings)
{
    return insertRows(m_state->db,
                      "INSERT INTO findings (report_id, ord, rule, severity, cells, "
                      "message_template, args, fingerprint)",
                      8, findings,
                      [&](PgStatement& insert, int at, const ReportRows::FindingRow& finding,
                          qsizetype ord) -> Result<void> {
                          insert.bind(at, id);
                          insert.bind(at + 1, qint64(ord));
                          insert.bindUtf8(at + 2, finding.rule);
                          insert.bindUtf8(at + 3, finding.severity);
                          insert.bindUtf8(at + 4, finding.cells);
                          insert.bindUtf8(at + 5, finding.messageTemplate);
                          insert.bindUtf8(at + 6, finding.args);
                          insert.bindUtf8(at + 7, finding.fingerprint);
                          return {};
                      });
}

Result<void> PgArchive::clearContent(ReportId id)
{
    static constexpr const char* kClear[] = {
        "DELETE FROM report_texts WHERE report_id = $1",
        "DELETE FROM cells WHERE report_id = $1",
        "DELETE FROM extra_cells WHERE report_id = $1",
        "DELETE FROM label_matches WHERE report_id = $1",
        "DELETE FROM narrative_parts WHERE report_id = $1",
        "DELETE FROM findings WHERE report_id = $1",
        "DELETE FROM cell_candidates WHERE report_id = $1",
    };
    for (const char* sql : kClear) {
        PgStatement clear = m_state->db.prepare(sql);
        clear.bind(1, id);
        if (Result<void> done = clear.run(); !done) {
            return done;
        }
    }
    return {};
}

Result<void> PgArchive::refreshOpenCounts(ReportId id)
{
    PgStatement count = m_state->db.prepare(QByteArray(
        QByteArray("SELECT f.severity, count(*) FROM findings f WHERE f.report_id = $1 AND ") +
        kFindingIsOpenSql + " GROUP BY f.severity"));
    count.bind(1, id);
    SeverityCounts open;
    for (;;) {
        const Result<bool> row = count.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        open[severityFromCode(count.text(0)).value_or(Severity::Note)] = count.int64(1);
    }
    PgStatement update = m_state->db.prepare(
        "UPDATE reports SET open_errors = $2, open_warnings = $3, open_notes = $4 WHERE id = $1");
    update.bind(1, id);
    update.bind(2, open.errors);
    update.bind(3, open.warnings);
    update.bind(4, open.notes);
    return update.run();
}

} // namespace nianbao::store
