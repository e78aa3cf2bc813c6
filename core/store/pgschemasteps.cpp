// The archive's schema history on PostgreSQL: the versions of schemasteps.cpp, step for step,
// in PostgreSQL's types (bigint identities, double precision, bytea, boolean, timestamptz).
// Each step is frozen once released.
//
// Texts that lists sort or compare (agency keys, formats) use the "C" collation, so that the
// order is the byte order SQLite uses, whatever the server's locale.

#include "model/finding.h"
#include "store/findingcodec.h"
#include "store/pgconnection.h"
#include "store/pgschema.h"

#include <array>
#include <vector>

namespace nianbao::store {

namespace {

/// Version 1: as in SQLite, with the archive's format recorded in archive_format (SQLite keeps
/// it in the file header) and history tables guarded by a trigger function.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE archive_format (
    application text NOT NULL DEFAULT 'nianbao' CHECK (application = 'nianbao'),
    version integer NOT NULL
);

CREATE TABLE reports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- unique: clients importing the same file at once keep one copy
    sha256 bytea NOT NULL UNIQUE CHECK (length(sha256) = 32),
    file_name text NOT NULL,
    format text COLLATE "C" NOT NULL,
    encoding text NOT NULL,
    title text NOT NULL,
    agency text COLLATE "C" NOT NULL,
    agency_key text COLLATE "C" NOT NULL,
    region text COLLATE "C" NOT NULL,
    year integer,
    template_id text COLLATE "C" NOT NULL,
    imported_at timestamptz NOT NULL,
    extracted_at timestamptz NOT NULL,
    review_status text NOT NULL DEFAULT 'pending'
        CHECK (review_status IN ('pending', 'reviewed', 'doubtful')),
    open_errors integer NOT NULL DEFAULT 0,
    open_warnings integer NOT NULL DEFAULT 0,
    open_notes integer NOT NULL DEFAULT 0
);
CREATE INDEX reports_by_body ON reports (agency_key, year);
CREATE INDEX reports_by_year ON reports (year);
CREATE INDEX reports_by_status ON reports (review_status);
CREATE INDEX reports_by_template ON reports (template_id);

CREATE TABLE report_sources (
    report_id bigint PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    bytes bytea NOT NULL
);

CREATE TABLE report_texts (
    report_id bigint PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    text text NOT NULL,
    notices text NOT NULL,
    page_boxes text NOT NULL,
    low_quality boolean NOT NULL,
    meta_spans text NOT NULL
);

CREATE TABLE cell_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text COLLATE "C" NOT NULL UNIQUE
);

CREATE TABLE cells (
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    key_id bigint NOT NULL REFERENCES cell_keys (id),
    ord integer NOT NULL,
    value double precision,
    raw text NOT NULL,
    span_start bigint,
    span_end bigint,
    confidence double precision NOT NULL,
    PRIMARY KEY (report_id, key_id)
);

CREATE TABLE extra_cells (
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    key_id bigint NOT NULL REFERENCES cell_keys (id),
    ord integer NOT NULL,
    value double precision,
    raw text NOT NULL,
    span_start bigint,
    span_end bigint,
    confidence double precision NOT NULL,
    PRIMARY KEY (report_id, key_id)
);

CREATE TABLE label_matches (
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord integer NOT NULL,
    key text NOT NULL,
    alias text NOT NULL,
    text text NOT NULL,
    span_start bigint NOT NULL,
    span_end bigint NOT NULL,
    distance integer NOT NULL,
    PRIMARY KEY (report_id, ord)
);

CREATE TABLE narrative_parts (
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord integer NOT NULL,
    key text NOT NULL,
    heading text NOT NULL,
    text text NOT NULL,
    span_start bigint NOT NULL,
    span_end bigint NOT NULL,
    PRIMARY KEY (report_id, ord)
);

CREATE TABLE findings (
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord integer NOT NULL,
    rule text NOT NULL,
    severity text NOT NULL CHECK (severity IN ('error', 'warning', 'note')),
    cells text NOT NULL,
    message_template text NOT NULL,
    args text NOT NULL,
    PRIMARY KEY (report_id, ord)
);

CREATE TABLE corrections (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    cell_key text COLLATE "C" NOT NULL,
    old_value double precision,
    new_value double precision,
    extracted_value double precision,
    reviewer text NOT NULL,
    corrected_at timestamptz NOT NULL,
    reason text NOT NULL
);
CREATE INDEX corrections_by_cell ON corrections (report_id, cell_key, id);

-- History is never rewritten: the tables of the review refuse updates.
CREATE FUNCTION refuse_history_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END
$$;
CREATE TRIGGER corrections_are_history BEFORE UPDATE ON corrections FOR EACH ROW
    EXECUTE FUNCTION refuse_history_update('corrections are never changed: record a new correction');
)sql";

/// Version 2: decisions on findings. SQLite's full-text index (FTS5) has no counterpart here
/// yet: searches read the texts (listReports).
constexpr const char* kVersion2 = R"sql(
ALTER TABLE findings ADD COLUMN fingerprint text NOT NULL DEFAULT '';

CREATE TABLE finding_decisions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    fingerprint text NOT NULL,
    verdict text NOT NULL CHECK (verdict IN ('open', 'confirmed', 'dismissed')),
    comment text NOT NULL,
    reviewer text NOT NULL,
    decided_at timestamptz NOT NULL
);
CREATE INDEX finding_decisions_by_fingerprint ON finding_decisions (report_id, fingerprint, id);
)sql";

/// Version 4: acceptances (see schemasteps.cpp).
constexpr const char* kVersion4 = R"sql(
ALTER TABLE corrections ADD COLUMN vouched boolean NOT NULL DEFAULT true;
ALTER TABLE corrections DISABLE TRIGGER corrections_are_history;
UPDATE corrections SET vouched = false WHERE new_value IS NOT DISTINCT FROM extracted_value;
ALTER TABLE corrections ENABLE TRIGGER corrections_are_history;
)sql";

/// Version 5: candidate readings, the chosen candidate, and the history of a report's fields.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE cell_candidates (
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    key_id bigint NOT NULL REFERENCES cell_keys (id),
    rank integer NOT NULL,
    value double precision NOT NULL,
    score double precision NOT NULL,
    PRIMARY KEY (report_id, key_id, rank)
);

ALTER TABLE corrections ADD COLUMN candidate integer;

CREATE TABLE report_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    field text NOT NULL CHECK (field IN ('agency', 'year', 'title', 'region', 'status')),
    old_value text NOT NULL,
    new_value text NOT NULL,
    reviewer text NOT NULL,
    changed_at timestamptz NOT NULL,
    reason text NOT NULL,
    override boolean NOT NULL DEFAULT false
);
CREATE INDEX report_changes_by_report ON report_changes (report_id, id);
CREATE TRIGGER report_changes_are_history BEFORE UPDATE ON report_changes FOR EACH ROW
    EXECUTE FUNCTION refuse_history_update('report changes are never changed: record a new change');
)sql";

/// Version 6: claims (see schemasteps.cpp).
constexpr const char* kVersion6 = R"sql(
CREATE TABLE claims (
    report_id bigint PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    reviewer text NOT NULL,
    claimed_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
)sql";

/// Version 8: retired copies of a body's report for a year (see schemasteps.cpp).
constexpr const char* kVersion8 = R"sql(
CREATE TABLE retired_reports (
    report_id bigint PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    kept_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    reviewer text NOT NULL,
    reason text NOT NULL,
    retired_at timestamptz NOT NULL
);
CREATE INDEX retired_reports_by_kept ON retired_reports (kept_id);
)sql";

/// Version 7: the supervisor's desk (see schemasteps.cpp).
constexpr const char* kVersion7 = R"sql(
CREATE TABLE registry_bodies (
    ord bigint PRIMARY KEY,
    name text NOT NULL UNIQUE,
    aliases text NOT NULL,
    region_code text NOT NULL,
    level text NOT NULL,
    parent_name text NOT NULL,
    source_row bigint NOT NULL,
    source_file text NOT NULL,
    imported_at text NOT NULL
);
CREATE TABLE agency_aliases (
    agency_key text PRIMARY KEY,
    agency text NOT NULL,
    body_name text NOT NULL,
    set_at text NOT NULL
);
CREATE TABLE publication_dates (
    report_id bigint PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    date text NOT NULL,
    set_at text NOT NULL
);
)sql";

Result<void> createVersion1(PgConnection& db)
{
    return db.exec(kVersion1);
}

/// Findings stored before version 2 get their fingerprint, as in SQLite.
Result<void> addDecisions(PgConnection& db)
{
    if (Result<void> created = db.exec(kVersion2); !created) {
        return created;
    }
    struct Key {
        qint64 reportId;
        qint64 ord;
        QString fingerprint;
    };
    std::vector<Key> keys;
    PgStatement select = db.prepare("SELECT report_id, ord, rule, cells FROM findings");
    for (;;) {
        const Result<bool> row = select.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        keys.push_back({select.int64(0), select.int64(1),
                        findingFingerprint(select.text(2), decodeCellKeys(select.text(3)))});
    }
    for (const Key& key : keys) {
        PgStatement update =
            db.prepare("UPDATE findings SET fingerprint = $3 WHERE report_id = $1 AND ord = $2");
        update.bind(1, key.reportId);
        update.bind(2, key.ord);
        update.bind(3, key.fingerprint);
        if (Result<void> done = update.run(); !done) {
            return done;
        }
    }
    return {};
}

/// Version 3 batched SQLite's search indexing; there is no index to batch here, and the step
/// only keeps the versions of both back ends the same.
Result<void> keepVersionsInStep(PgConnection&)
{
    return {};
}

Result<void> addAcceptances(PgConnection& db)
{
    return db.exec(kVersion4);
}

Result<void> addReviewRecords(PgConnection& db)
{
    return db.exec(kVersion5);
}

Result<void> addClaims(PgConnection& db)
{
    return db.exec(kVersion6);
}

Result<void> addSupervisorsDesk(PgConnection& db)
{
    return db.exec(kVersion7);
}

Result<void> addRetiredReports(PgConnection& db)
{
    return db.exec(kVersion8);
}

constexpr std::array kSteps{
    PgSchemaStep{1, &createVersion1},     PgSchemaStep{2, &addDecisions},
    PgSchemaStep{3, &keepVersionsInStep}, PgSchemaStep{4, &addAcceptances},
    PgSchemaStep{5, &addReviewRecords},   PgSchemaStep{6, &addClaims},
    PgSchemaStep{7, &addSupervisorsDesk}, PgSchemaStep{8, &addRetiredReports},
};

} // namespace

std::span<const PgSchemaStep> pgSchemaSteps()
{
    return kSteps;
}

} // namespace nianbao::store
