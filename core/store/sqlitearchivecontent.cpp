// Writing what extraction made of a report (its ReportRows): text, cells, extras, label
// matches, narrative parts and findings. Callers hold the transaction.

#include "store/openfindingsql.h"
#include "store/sqlitearchivestate.h"

namespace nianbao::store {

namespace {

/// Rows go in groups of up to this many per INSERT: one statement run per row made the ~200
/// cells and ~40 label matches of a report the bulk of adding it.
constexpr qsizetype kRowsPerInsert = 50;

void bindSpan(SqliteStatement& statement, int index, const std::optional<Span>& span)
{
    statement.bind(index, span ? std::optional<qint64>(span->start) : std::nullopt);
    statement.bind(index + 1, span ? std::optional<qint64>(span->end) : std::nullopt);
}

/// Inserts `items` with "INSERT OR FAIL INTO table (columns) VALUES (?, ...), (?, ...), ..."
/// in statements of up to kRowsPerInsert rows. OR FAIL: a statement that fails halfway keeps
/// the rows before (every caller then rolls back its transaction), so SQLite needs no
/// statement journal, which copied every page a statement of many rows changed. `bindRow(statement,
/// first, item, index)` binds one item's `columns` values from parameter `first` on.
template <typename Item, typename BindRow>
Result<void> insertRows(SqliteConnection& db, QByteArrayView head, int columns,
                        const std::vector<Item>& items, BindRow bindRow)
{
    QByteArray row = "(?";
    for (int column = 1; column < columns; ++column) {
        row += ",?";
    }
    row += ')';
    const auto sql = [&](qsizetype rows) {
        QByteArray text = head.toByteArray() + " VALUES " + row;
        for (qsizetype i = 1; i < rows; ++i) {
            text += ',' + row;
        }
        return text;
    };
    const qsizetype count = qsizetype(items.size());
    const QByteArray fullSql = count >= kRowsPerInsert ? sql(kRowsPerInsert) : QByteArray();
    for (qsizetype first = 0; first < count; first += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, count - first);
        Result<CachedStatement> insert = db.cached(rows == kRowsPerInsert ? fullSql : sql(rows));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        for (qsizetype i = 0; i < rows; ++i) {
            const qsizetype index = first + i;
            if (Result<void> bound =
                    bindRow(**insert, int(i * columns) + 1, items[std::size_t(index)], index);
                !bound) {
                return bound;
            }
        }
        if (Result<void> done = (*insert)->run(); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

Result<qint64> SqliteArchive::cellKeyId(const QString& key)
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

Result<void> SqliteArchive::writeCells(ReportId id, QByteArrayView table,
                                       const std::vector<ReportRows::CellRow>& cells)
{
    const QByteArray head = "INSERT OR FAIL INTO " + table.toByteArray() +
                            " (report_id, key_id, ord, value, raw, span_start, span_end, "
                            "confidence)";
    return insertRows(m_state->db, head, 8, cells,
                      [&](SqliteStatement& insert, int at, const ReportRows::CellRow& cell,
                          qsizetype ord) -> Result<void> {
                          const Result<qint64> keyId = cellKeyId(cell.key);
                          if (!keyId) {
                              return std::unexpected(keyId.error());
                          }
                          insert.bind(at, id);
                          insert.bind(at + 1, *keyId);
                          insert.bind(at + 2, qint64(ord));
                          insert.bind(at + 3, cell.value);
                          insert.bindUtf8(at + 4, cell.raw);
                          bindSpan(insert, at + 5, cell.span);
                          insert.bind(at + 7, cell.confidence);
                          return {};
                      });
}

Result<void> SqliteArchive::writeCandidates(ReportId id,
                                            const std::vector<ReportRows::CellRow>& cells)
{
    // Few cells have candidate readings: one row per reading, written only for those.
    struct Candidate {
        const QString* key;
        int rank;
        CellCandidate reading;
    };
    std::vector<Candidate> candidates;
    for (const ReportRows::CellRow& cell : cells) {
        for (std::size_t rank = 0; rank < cell.candidates.size(); ++rank) {
            candidates.push_back({&cell.key, int(rank), cell.candidates[rank]});
        }
    }
    return insertRows(m_state->db,
                      "INSERT OR FAIL INTO cell_candidates (report_id, key_id, rank, value, score)",
                      5, candidates,
                      [&](SqliteStatement& insert, int at, const Candidate& candidate,
                          qsizetype) -> Result<void> {
                          const Result<qint64> keyId = cellKeyId(*candidate.key);
                          if (!keyId) {
                              return std::unexpected(keyId.error());
                          }
                          insert.bind(at, id);
                          insert.bind(at + 1, *keyId);
                          insert.bind(at + 2, candidate.rank);
                          insert.bind(at + 3, candidate.reading.value);
                          insert.bind(at + 4, candidate.reading.score);
                          return {};
                      });
}

Result<void> SqliteArchive::writeContent(ReportId id, const ReportRows& rows)
{
    SqliteConnection& db = m_state->db;
    Result<CachedStatement> text = db.cached(
        "INSERT INTO report_texts (report_id, text, notices, page_boxes, low_quality, meta_spans) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!text) {
        return std::unexpected(text.error());
    }
    (*text)->bind(1, id);
    (*text)->bindUtf8(2, rows.text);
    (*text)->bindUtf8(3, rows.notices);
    (*text)->bindUtf8(4, rows.pageBoxes);
    (*text)->bind(5, rows.lowQuality ? 1 : 0);
    (*text)->bindUtf8(6, rows.metaSpans);
    if (Result<void> done = (*text)->run(); !done) {
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
        "INSERT OR FAIL INTO label_matches (report_id, ord, key, alias, text, span_start, "
        "span_end, distance)",
        8, rows.labels,
        [&](SqliteStatement& insert, int at, const ReportRows::LabelRow& label,
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
        "INSERT OR FAIL INTO narrative_parts (report_id, ord, key, heading, text, span_start, "
        "span_end)",
        7, rows.narrative,
        [&](SqliteStatement& insert, int at, const ReportRows::NarrativeRow& part,
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

Result<void> SqliteArchive::writeFindings(ReportId id,
                                          const std::vector<ReportRows::FindingRow>& findings)
{
    return insertRows(m_state->db,
                      "INSERT OR FAIL INTO findings (report_id, ord, rule, severity, cells, "
                      "message_template, args, fingerprint)",
                      8, findings,
                      [&](SqliteStatement& insert, int at, const ReportRows::FindingRow& finding,
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

Result<void> SqliteArchive::clearContent(ReportId id)
{
    static constexpr const char* kClear[] = {
        "DELETE FROM report_texts WHERE report_id = ?1",
        "DELETE FROM cells WHERE report_id = ?1",
        "DELETE FROM extra_cells WHERE report_id = ?1",
        "DELETE FROM label_matches WHERE report_id = ?1",
        "DELETE FROM narrative_parts WHERE report_id = ?1",
        "DELETE FROM findings WHERE report_id = ?1",
        "DELETE FROM cell_candidates WHERE report_id = ?1",
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

Result<void> SqliteArchive::refreshOpenCounts(ReportId id)
{
    Result<CachedStatement> count =
        m_state->db.cached(QByteArray(QByteArray("SELECT f.severity, count(*) FROM findings f "
                                                 "WHERE f.report_id = ?1 AND ") +
                                      kFindingIsOpenSql + " GROUP BY f.severity"));
    if (!count) {
        return std::unexpected(count.error());
    }
    (*count)->bind(1, id);
    SeverityCounts open;
    for (;;) {
        const Result<bool> row = (*count)->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        open[severityFromCode((*count)->text(0)).value_or(Severity::Note)] = (*count)->int64(1);
    }
    Result<CachedStatement> update = m_state->db.cached(
        "UPDATE reports SET open_errors = ?2, open_warnings = ?3, open_notes = ?4 WHERE id = ?1");
    if (!update) {
        return std::unexpected(update.error());
    }
    (*update)->bind(1, id);
    (*update)->bind(2, open.errors);
    (*update)->bind(3, open.warnings);
    (*update)->bind(4, open.notes);
    return (*update)->run();
}

} // namespace nianbao::store
