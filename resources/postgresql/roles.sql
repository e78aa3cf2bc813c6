-- Least privileges for a team archive on PostgreSQL. Run once by the archive's owner (the role
-- that created the database and opened the archive first, which made its tables), after the
-- archive exists and after every upgrade of Nianbao that changes the archive format:
--
--     psql -v schema=public -f resources/postgresql/roles.sql ogi
--
-- It grants to two group roles that a superuser (or a role with CREATEROLE) creates first,
-- once per server; people then get a login role that is a member of one of them:
--
--     CREATE ROLE nianbao_reviewers;
--     CREATE ROLE nianbao_supervisors IN ROLE nianbao_reviewers;
--     CREATE ROLE anna LOGIN IN ROLE nianbao_reviewers;     -- then \password anna
--     CREATE ROLE chen LOGIN IN ROLE nianbao_supervisors;
--
-- A reviewer imports reports, reads everything, records corrections, decisions and field or
-- status changes, and claims reports. The history tables (corrections, finding_decisions,
-- report_changes) take new rows only: nobody but the owner can change or delete a row of
-- anyone's history (and the owner's UPDATEs are refused by a trigger too). Reviewers cannot
-- create, alter or drop tables, delete reports, or assign reports. A supervisor is a reviewer
-- who also assigns reports to reviewers. Upgrading the archive format needs the owner: open
-- the archive once as the owner with the new version (any nianbao-cli command does it).

GRANT USAGE ON SCHEMA :"schema" TO nianbao_reviewers;
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO nianbao_reviewers;

-- Importing a report, and re-extracting or re-checking one (its extraction is replaced whole;
-- what reviewers did stays in the history tables).
GRANT INSERT ON :"schema".reports, :"schema".report_sources, :"schema".report_texts,
    :"schema".cell_keys, :"schema".cells, :"schema".extra_cells, :"schema".cell_candidates,
    :"schema".label_matches, :"schema".narrative_parts, :"schema".findings
    TO nianbao_reviewers;
GRANT DELETE ON :"schema".report_texts, :"schema".cells, :"schema".extra_cells,
    :"schema".cell_candidates, :"schema".label_matches, :"schema".narrative_parts,
    :"schema".findings
    TO nianbao_reviewers;
-- A report's current status, fields and open counts (each change is also a history row).
GRANT UPDATE ON :"schema".reports TO nianbao_reviewers;

-- History: new rows only.
GRANT INSERT ON :"schema".corrections, :"schema".finding_decisions, :"schema".report_changes
    TO nianbao_reviewers;

-- Claims on the reports under review (taking one over replaces it).
GRANT INSERT, UPDATE, DELETE ON :"schema".claims TO nianbao_reviewers;

-- Body identity is the reviewers' to settle: "Same body as…" writes an alias, "Keep this one"
-- retires the other copies of a body's report for a year (and "Bring back" deletes that).
GRANT INSERT, UPDATE, DELETE ON :"schema".agency_aliases, :"schema".retired_reports
    TO nianbao_reviewers;

-- Assigning reports to reviewers.
GRANT INSERT, UPDATE, DELETE ON :"schema".assignments TO nianbao_supervisors;
