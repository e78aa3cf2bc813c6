// The archive's schema history. Each step is frozen once released; tests/data/archive holds a
// database written at every older version, and tst_schemaupgrade climbs the ladder from each.

#include "model/finding.h"
#include "store/findingcodec.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"

#include <array>
#include <vector>

namespace nianbao::store {

namespace {

/// Version 1: reports with their original bytes, text, cells, extras, label matches,
/// narrative parts and findings; reviewer corrections as an append-only layer.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    sha256 BLOB NOT NULL UNIQUE CHECK (length(sha256) = 32),
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    title TEXT NOT NULL,
    agency TEXT NOT NULL,
    -- trimmed, NFKC, without spaces: how the same body is found across years
    agency_key TEXT NOT NULL,
    region TEXT NOT NULL,
    year INTEGER,
    template_id TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    extracted_at TEXT NOT NULL,
    review_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (review_status IN ('pending', 'reviewed', 'doubtful')),
    -- kept in step with findings (and, from version 2, decisions) so that listing a large
    -- archive never has to count findings
    open_errors INTEGER NOT NULL DEFAULT 0,
    open_warnings INTEGER NOT NULL DEFAULT 0,
    open_notes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reports_by_body ON reports (agency_key, year);
CREATE INDEX reports_by_year ON reports (year);
CREATE INDEX reports_by_status ON reports (review_status);
CREATE INDEX reports_by_template ON reports (template_id);

-- Apart from reports so that listing never pages through megabytes of originals.
CREATE TABLE report_sources (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
);

CREATE TABLE report_texts (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    notices TEXT NOT NULL,      -- JSON array of strings
    page_boxes TEXT NOT NULL,   -- JSON array of [page, x, y, w, h, start, end]
    low_quality INTEGER NOT NULL,
    meta_spans TEXT NOT NULL    -- JSON object: title, agency, year -> [start, end]
);

-- Cell keys are stored once: 200 cells per report make the key text the bulk of the table.
CREATE TABLE cell_keys (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);

CREATE TABLE cells (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    key_id INTEGER NOT NULL REFERENCES cell_keys (id),
    ord INTEGER NOT NULL,
    value REAL,
    raw TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    confidence REAL NOT NULL,
    PRIMARY KEY (report_id, key_id)
) WITHOUT ROWID;

CREATE TABLE extra_cells (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    key_id INTEGER NOT NULL REFERENCES cell_keys (id),
    ord INTEGER NOT NULL,
    value REAL,
    raw TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    confidence REAL NOT NULL,
    PRIMARY KEY (report_id, key_id)
) WITHOUT ROWID;

CREATE TABLE label_matches (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    key TEXT NOT NULL,
    alias TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    distance INTEGER NOT NULL,
    PRIMARY KEY (report_id, ord)
) WITHOUT ROWID;

CREATE TABLE narrative_parts (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    key TEXT NOT NULL,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (report_id, ord)
) WITHOUT ROWID;

CREATE TABLE findings (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'note')),
    cells TEXT NOT NULL,             -- JSON array of cell keys
    message_template TEXT NOT NULL,  -- English source text, translated when shown
    args TEXT NOT NULL,              -- JSON array of {"value": s} or {"term": {"zh", "en"}}
    PRIMARY KEY (report_id, ord)
) WITHOUT ROWID;

-- A layer over extraction: the current value of a cell is its latest correction's new value,
-- else the extracted value. A revert is one more correction; rows are never changed.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    cell_key TEXT NOT NULL,
    old_value REAL,
    new_value REAL,
    -- the extracted value underneath when the correction was made: re-extraction compares
    -- against it to show where the extractor now reads something else
    extracted_value REAL,
    reviewer TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX corrections_by_cell ON corrections (report_id, cell_key, id);
CREATE TRIGGER corrections_are_history BEFORE UPDATE ON corrections
BEGIN
    SELECT RAISE(ABORT, 'corrections are never changed: record a new correction');
END;
)sql";

/// Version 2: reviewers' decisions on findings, kept by fingerprint so they survive
/// re-validation and re-extraction, and full-text search over the report text.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE findings ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';

-- Append-only like corrections: the latest row per fingerprint is the decision in force.
CREATE TABLE finding_decisions (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('open', 'confirmed', 'dismissed')),
    comment TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX finding_decisions_by_fingerprint ON finding_decisions (report_id, fingerprint, id);

-- Trigram tokens find any substring of three or more characters, which suits Chinese text
-- (no word breaks). The index reads the text from report_texts instead of keeping a copy.
CREATE VIRTUAL TABLE report_search USING fts5 (
    text, content = 'report_texts', content_rowid = 'report_id', tokenize = 'trigram');
CREATE TRIGGER report_texts_indexed AFTER INSERT ON report_texts
BEGIN
    INSERT INTO report_search (rowid, text) VALUES (new.report_id, new.text);
END;
CREATE TRIGGER report_texts_unindexed AFTER DELETE ON report_texts
BEGIN
    INSERT INTO report_search (report_search, rowid, text)
        VALUES ('delete', old.report_id, old.text);
END;
CREATE TRIGGER report_texts_reindexed AFTER UPDATE OF text ON report_texts
BEGIN
    INSERT INTO report_search (report_search, rowid, text)
        VALUES ('delete', old.report_id, old.text);
    INSERT INTO report_search (rowid, text) VALUES (new.report_id, new.text);
END;
INSERT INTO report_search (report_search) VALUES ('rebuild');
)sql";

/// Version 3: the search index may lag behind the texts by a batch. Indexing one text per
/// statement made FTS5 write a segment per report, most of the time of storing one; a
/// statement that indexes a hundred texts writes one. Texts not indexed yet are listed in
/// search_backlog (searches read them directly until they are indexed), in the same
/// transaction that stores them, so a killed import leaves nothing unfindable.
constexpr const char* kVersion3 = R"sql(
DROP TRIGGER report_texts_indexed;
DROP TRIGGER report_texts_unindexed;
DROP TRIGGER report_texts_reindexed;

-- No foreign key: the row goes when its text goes (report_texts_unindexed), and a cascade
-- that removed it first would make that trigger unindex a text that was never indexed.
CREATE TABLE search_backlog (
    report_id INTEGER PRIMARY KEY
);
CREATE TRIGGER report_texts_queued AFTER INSERT ON report_texts
BEGIN
    INSERT OR IGNORE INTO search_backlog (report_id) VALUES (new.report_id);
END;
CREATE TRIGGER report_texts_unindexed AFTER DELETE ON report_texts
BEGIN
    INSERT INTO report_search (report_search, rowid, text)
        SELECT 'delete', old.report_id, old.text
        WHERE NOT EXISTS (SELECT 1 FROM search_backlog WHERE report_id = old.report_id);
    DELETE FROM search_backlog WHERE report_id = old.report_id;
END;
CREATE TRIGGER report_texts_requeued AFTER UPDATE OF text ON report_texts
BEGIN
    INSERT INTO report_search (report_search, rowid, text)
        SELECT 'delete', old.report_id, old.text
        WHERE NOT EXISTS (SELECT 1 FROM search_backlog WHERE report_id = old.report_id);
    INSERT OR IGNORE INTO search_backlog (report_id) VALUES (new.report_id);
END;
)sql";

/// Version 4: a reviewer can accept a value without changing it, so the doubt the extractor
/// had about it stops counting; undoing the acceptance withdraws it. Each correction records
/// whether the value is vouched for after it. Earlier corrections either set a new value
/// (vouched) or went back to the extracted one (not vouched): the column is filled that way.
constexpr const char* kVersion4 = R"sql(
ALTER TABLE corrections ADD COLUMN vouched INTEGER NOT NULL DEFAULT 1 CHECK (vouched IN (0, 1));
DROP TRIGGER corrections_are_history;
UPDATE corrections SET vouched = 0 WHERE new_value IS extracted_value;
CREATE TRIGGER corrections_are_history BEFORE UPDATE ON corrections
BEGIN
    SELECT RAISE(ABORT, 'corrections are never changed: record a new correction');
END;
)sql";

/// Version 5: the review records what issue 14 asks for. Candidate readings the extractor kept
/// for a cell it could not settle, so the review window can offer them; which reading a
/// reviewer accepted; and the history of a report's own fields (agency, year, title, region)
/// and of its review status, with who, when, why, and whether a report with undecided errors
/// was marked reviewed anyway. The fields' values stay in reports (what lists filter on); the
/// history says how they got there. Statuses set before version 5 have no history.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE cell_candidates (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    key_id INTEGER NOT NULL REFERENCES cell_keys (id),
    rank INTEGER NOT NULL,        -- 0 = the best reading
    value REAL NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (report_id, key_id, rank)
) WITHOUT ROWID;

-- The rank of the candidate reading an acceptance chose; NULL for every other correction.
ALTER TABLE corrections ADD COLUMN candidate INTEGER;

CREATE TABLE report_changes (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('agency', 'year', 'title', 'region', 'status')),
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    override INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1))
);
CREATE INDEX report_changes_by_report ON report_changes (report_id, id);
CREATE TRIGGER report_changes_are_history BEFORE UPDATE ON report_changes
BEGIN
    SELECT RAISE(ABORT, 'report changes are never changed: record a new change');
END;
)sql";

/// Version 6: claims, for a team on one archive. A reviewer who opens a report claims it for a
/// lease their client renews; a claim whose lease lapsed (a client that died) counts as none.
/// Claims are not history: a claim ends by being deleted or replaced.
constexpr const char* kVersion6 = R"sql(
CREATE TABLE claims (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
)sql";

/// Version 7: the supervisor's desk — the registry of bodies expected to report, the agency
/// names reviewers matched to a body by hand, and publication dates reviewers set.
constexpr const char* kVersion7 = R"sql(
CREATE TABLE registry_bodies (
    ord INTEGER PRIMARY KEY,          -- the registry's order, from 0
    name TEXT NOT NULL UNIQUE,
    aliases TEXT NOT NULL,            -- separated by '|'
    region_code TEXT NOT NULL,
    level TEXT NOT NULL,              -- bodyLevelCode, or '' when the registry gives none
    parent_name TEXT NOT NULL,        -- '' for none
    source_row INTEGER NOT NULL,
    source_file TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE agency_aliases (
    agency_key TEXT PRIMARY KEY,      -- normalised agency name, as reports.agency_key
    agency TEXT NOT NULL,
    body_name TEXT NOT NULL,
    set_at TEXT NOT NULL
);
CREATE TABLE publication_dates (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    date TEXT NOT NULL,               -- yyyy-MM-dd
    set_at TEXT NOT NULL
);
)sql";

/// Version 8: the same body's report for one year stored twice (a re-published report, a copy
/// from another site): the reviewer keeps one, and the others are retired, kept in the
/// archive but left out of datasets, charts and cross-year checks.
constexpr const char* kVersion8 = R"sql(
CREATE TABLE retired_reports (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    kept_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    reason TEXT NOT NULL,
    retired_at TEXT NOT NULL
);
CREATE INDEX retired_reports_by_kept ON retired_reports (kept_id);
)sql";

Result<void> createVersion1(SqliteConnection& db)
{
    return db.exec(kVersion1);
}

/// Findings stored before version 2 get their fingerprint computed here, with the same
/// function new findings use, so that decisions can be taken on them.
Result<void> fingerprintStoredFindings(SqliteConnection& db)
{
    struct Key {
        qint64 reportId;
        qint64 ord;
        QString fingerprint;
    };
    std::vector<Key> keys;
    {
        Result<SqliteStatement> select =
            db.prepare("SELECT report_id, ord, rule, cells FROM findings");
        if (!select) {
            return std::unexpected(select.error());
        }
        for (;;) {
            const Result<bool> row = select->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            keys.push_back({select->int64(0), select->int64(1),
                            findingFingerprint(select->text(2), decodeCellKeys(select->text(3)))});
        }
    }
    Result<SqliteStatement> update =
        db.prepare("UPDATE findings SET fingerprint = ?3 WHERE report_id = ?1 AND ord = ?2");
    if (!update) {
        return std::unexpected(update.error());
    }
    for (const Key& key : keys) {
        update->bind(1, key.reportId);
        update->bind(2, key.ord);
        update->bind(3, key.fingerprint);
        if (Result<void> done = update->run(); !done) {
            return done;
        }
    }
    return {};
}

Result<void> addDecisionsAndSearch(SqliteConnection& db)
{
    if (Result<void> created = db.exec(kVersion2); !created) {
        return created;
    }
    return fingerprintStoredFindings(db);
}

Result<void> indexInBatches(SqliteConnection& db)
{
    return db.exec(kVersion3);
}

Result<void> addAcceptances(SqliteConnection& db)
{
    return db.exec(kVersion4);
}

Result<void> addReviewRecords(SqliteConnection& db)
{
    return db.exec(kVersion5);
}

Result<void> addClaims(SqliteConnection& db)
{
    return db.exec(kVersion6);
}

Result<void> addSupervisorsDesk(SqliteConnection& db)
{
    return db.exec(kVersion7);
}

Result<void> addRetiredReports(SqliteConnection& db)
{
    return db.exec(kVersion8);
}

constexpr std::array kSteps{
    SchemaStep{1, &createVersion1},     SchemaStep{2, &addDecisionsAndSearch},
    SchemaStep{3, &indexInBatches},     SchemaStep{4, &addAcceptances},
    SchemaStep{5, &addReviewRecords},   SchemaStep{6, &addClaims},
    SchemaStep{7, &addSupervisorsDesk}, SchemaStep{8, &addRetiredReports},
};

} // namespace

std::span<const SchemaStep> archiveSchemaSteps()
{
    return kSteps;
}

} // namespace nianbao::store
