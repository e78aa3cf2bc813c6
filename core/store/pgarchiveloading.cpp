// Reading a stored report back from PostgreSQL: what the review window opens, and the
// current values the rules read.

#include "store/findingcodec.h"
#include "store/pgarchivestate.h"
#include "store/pgtransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::store {

using namespace pg_detail;

namespace {

std::optional<Span> spanFromJson(const QJsonValue& value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2) {
        return std::nullopt;
    }
    return Span{qsizetype(pair.at(0).toInteger()), qsizetype(pair.at(1).toInteger())};
}

std::optional<Span> spanFromColumns(const PgStatement& row, int column)
{
    if (row.isNull(column) || row.isNull(column + 1)) {
        return std::nullopt;
    }
    return Span{qsizetype(row.int64(column)), qsizetype(row.int64(column + 1))};
}

std::vector<PageBox> pageBoxesFromJson(const QString& json)
{
    std::vector<PageBox> boxes;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonArray box = value.toArray();
        if (box.size() != 7) {
            continue;
        }
        boxes.push_back(
            PageBox{box.at(0).toInt(),
                    QRectF(box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble(),
                           box.at(4).toDouble()),
                    Span{qsizetype(box.at(5).toInteger()), qsizetype(box.at(6).toInteger())}});
    }
    return boxes;
}

Result<std::vector<Cell>> readCells(PgConnection& db, QByteArrayView sql, ReportId id)
{
    std::vector<Cell> cells;
    const Result<void> read = forEachRow(db, sql, id, [&](const PgStatement& row) {
        cells.push_back(Cell{row.text(0),
                             row.optionalReal(1),
                             row.text(2),
                             spanFromColumns(row, 3),
                             row.real(5),
                             {}});
    });
    if (!read) {
        return std::unexpected(read.error());
    }
    return cells;
}

} // namespace

namespace pg_detail {

Result<void> readExtras(PgConnection& db, ReportId id, std::vector<Cell>& extras)
{
    Result<std::vector<Cell>> read = readCells(
        db,
        "SELECT k.key, c.value, c.raw, c.span_start, c.span_end, c.confidence FROM extra_cells c "
        "JOIN cell_keys k ON k.id = c.key_id WHERE c.report_id = $1 ORDER BY c.ord",
        id);
    if (!read) {
        return std::unexpected(read.error());
    }
    extras = std::move(*read);
    return {};
}

Result<void> readNarrative(PgConnection& db, ReportId id, std::vector<NarrativePart>& parts)
{
    return forEachRow(db,
                      "SELECT key, heading, text, span_start, span_end FROM narrative_parts "
                      "WHERE report_id = $1 ORDER BY ord",
                      id, [&](const PgStatement& row) {
                          parts.push_back(NarrativePart{row.text(0), row.text(1), row.text(2),
                                                        *spanFromColumns(row, 3)});
                      });
}

Result<void> readFindings(PgConnection& db, ReportId id, std::vector<Finding>& findings)
{
    return forEachRow(
        db,
        "SELECT rule, severity, cells, message_template, args FROM findings "
        "WHERE report_id = $1 ORDER BY ord",
        id, [&](const PgStatement& row) {
            findings.push_back(
                Finding{row.text(0), severityFromCode(row.text(1)).value_or(Severity::Warning),
                        decodeCellKeys(row.text(2)), row.text(3), decodeFindingArgs(row.text(4))});
        });
}

} // namespace pg_detail

Result<ReportInfo> PgArchive::reportInfo(ReportId id)
{
    PgStatement row = m_state->db.prepare(
        "SELECT sha256, file_name, format, encoding, title, agency, agency_key, region, year, "
        "template_id, imported_at, extracted_at, review_status FROM reports WHERE id = $1");
    row.bind(1, id);
    const Result<bool> found = row.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    ReportInfo info;
    info.id = id;
    info.sha256 = row.blob(0);
    info.fileName = row.text(1);
    info.format = row.text(2);
    info.encoding = row.text(3);
    info.title = row.text(4);
    info.agency = row.text(5);
    info.normalizedAgency = row.text(6);
    info.region = row.text(7);
    if (const std::optional<qint64> year = row.optionalInt64(8)) {
        info.year = int(*year);
    }
    info.templateId = row.text(9);
    info.importedAt = parsePgTime(row.utf8(10));
    info.extractedAt = parsePgTime(row.utf8(11));
    info.status = reviewStatusFromCode(row.text(12)).value_or(ReviewStatus::Pending);
    return info;
}

Result<StoredReport> PgArchive::loadReport(ReportId id)
{
    PgConnection& db = m_state->db;
    Result<PgTransaction> snapshot = PgTransaction::beginSnapshot(db);
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    Result<ReportInfo> info = reportInfo(id);
    if (!info) {
        return std::unexpected(info.error());
    }
    StoredReport stored;
    stored.info = std::move(*info);
    Report& report = stored.extracted;
    report.file = stored.info.fileName;
    report.format = stored.info.format;
    report.encoding = stored.info.encoding;
    report.templateId = stored.info.templateId;
    report.meta.title = stored.info.title;
    report.meta.agency = stored.info.agency;
    report.meta.year = stored.info.year;
    stored.document.fileName = stored.info.fileName;
    stored.document.format = stored.info.format;
    stored.document.encoding = stored.info.encoding;

    Result<void> read = forEachRow(
        db,
        "SELECT text, notices, page_boxes, low_quality, meta_spans FROM report_texts "
        "WHERE report_id = $1",
        id, [&](const PgStatement& row) {
            stored.document.text = row.text(0);
            const QJsonArray notices = QJsonDocument::fromJson(row.text(1).toUtf8()).array();
            for (const QJsonValue& notice : notices) {
                stored.document.notices.append(notice.toString());
            }
            stored.document.pageBoxes = pageBoxesFromJson(row.text(2));
            stored.document.lowQualityText = row.int64(3) != 0;
            const QJsonObject spans = QJsonDocument::fromJson(row.text(4).toUtf8()).object();
            report.meta.titleSpan = spanFromJson(spans.value(QLatin1String("title")));
            report.meta.agencySpan = spanFromJson(spans.value(QLatin1String("agency")));
            report.meta.yearSpan = spanFromJson(spans.value(QLatin1String("year")));
        });
    if (!read) {
        return std::unexpected(read.error());
    }
    Result<std::vector<Cell>> cells = readCells(
        db,
        "SELECT k.key, c.value, c.raw, c.span_start, c.span_end, c.confidence FROM cells c "
        "JOIN cell_keys k ON k.id = c.key_id WHERE c.report_id = $1 ORDER BY c.ord",
        id);
    if (!cells) {
        return std::unexpected(cells.error());
    }
    report.cells = std::move(*cells);
    for (Result<void> part : {readExtras(db, id, report.extras)}) {
        if (!part) {
            return std::unexpected(part.error());
        }
    }
    read = forEachRow(db,
                      "SELECT key, alias, text, span_start, span_end, distance FROM label_matches "
                      "WHERE report_id = $1 ORDER BY ord",
                      id, [&](const PgStatement& row) {
                          report.labels.push_back(LabelMatch{row.text(0), row.text(1), row.text(2),
                                                             *spanFromColumns(row, 3),
                                                             int(row.int64(5))});
                      });
    if (!read) {
        return std::unexpected(read.error());
    }
    for (Result<void> part :
         {readNarrative(db, id, report.narrative), readFindings(db, id, report.findings)}) {
        if (!part) {
            return std::unexpected(part.error());
        }
    }
    read = forEachRow(db,
                      "SELECT k.key, a.rank, a.value, a.score FROM cell_candidates a "
                      "JOIN cell_keys k ON k.id = a.key_id WHERE a.report_id = $1 "
                      "ORDER BY a.key_id, a.rank",
                      id, [&](const PgStatement& row) {
                          if (Cell* cell = report.cell(row.text(0))) {
                              cell->candidates.push_back(CellCandidate{row.real(2), row.real(3)});
                          }
                      });
    if (!read) {
        return std::unexpected(read.error());
    }
    // Oldest first; a later one replaces an earlier one for the same cell or fingerprint.
    read = forEachRow(
        db, selectSql(kCorrectionColumns, "FROM corrections WHERE report_id = $1 ORDER BY id"), id,
        [&](const PgStatement& row) {
            Correction correction = correctionFromRow(row);
            std::erase_if(stored.corrections,
                          [&](const Correction& c) { return c.cellKey == correction.cellKey; });
            stored.corrections.push_back(std::move(correction));
        });
    if (!read) {
        return std::unexpected(read.error());
    }
    read = forEachRow(
        db, selectSql(kDecisionColumns, "FROM finding_decisions WHERE report_id = $1 ORDER BY id"),
        id, [&](const PgStatement& row) {
            FindingDecision decision = decisionFromRow(row);
            std::erase_if(stored.decisions, [&](const FindingDecision& d) {
                return d.fingerprint == decision.fingerprint;
            });
            stored.decisions.push_back(std::move(decision));
        });
    if (!read) {
        return std::unexpected(read.error());
    }
    return stored;
}

Result<QByteArray> PgArchive::originalBytes(ReportId id)
{
    PgStatement select =
        m_state->db.prepare("SELECT bytes FROM report_sources WHERE report_id = $1");
    select.bind(1, id);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    return select.blob(0);
}

Result<Report> PgArchive::loadCurrentValues(ReportId id, ValuesFor scope)
{
    PgConnection& db = m_state->db;
    Result<PgTransaction> snapshot = PgTransaction::beginSnapshot(db);
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    Report report;
    {
        PgStatement row = db.prepare(
            "SELECT file_name, format, encoding, title, agency, year, template_id FROM reports "
            "WHERE id = $1");
        row.bind(1, id);
        const Result<bool> found = row.step();
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!*found) {
            return std::unexpected(noSuchReport(id));
        }
        report.file = row.text(0);
        report.format = row.text(1);
        report.encoding = row.text(2);
        report.meta.title = row.text(3);
        report.meta.agency = row.text(4);
        if (const std::optional<qint64> year = row.optionalInt64(5)) {
            report.meta.year = int(*year);
        }
        report.templateId = row.text(6);
    }
    Result<void> read = forEachRow(
        db,
        "SELECT k.key, c.value, c.confidence FROM cells c JOIN cell_keys k ON k.id = c.key_id "
        "WHERE c.report_id = $1 ORDER BY c.ord",
        id, [&](const PgStatement& row) {
            Cell cell;
            cell.key = row.text(0);
            cell.value = row.optionalReal(1);
            cell.confidence = row.real(2);
            report.cells.push_back(std::move(cell));
        });
    if (!read) {
        return std::unexpected(read.error());
    }
    read = forEachRow(db,
                      "SELECT cell_key, new_value FROM corrections WHERE report_id = $1 "
                      "ORDER BY id",
                      id, [&](const PgStatement& row) {
                          if (Cell* cell = report.cell(row.text(0))) {
                              cell->value = row.optionalReal(1);
                          }
                      });
    if (!read) {
        return std::unexpected(read.error());
    }
    if (scope == ValuesFor::Validation) {
        for (Result<void> part :
             {readExtras(db, id, report.extras), readNarrative(db, id, report.narrative),
              readFindings(db, id, report.findings)}) {
            if (!part) {
                return std::unexpected(part.error());
            }
        }
    }
    return report;
}

Result<SeverityCounts> PgArchive::openCounts(ReportId id)
{
    PgStatement select = m_state->db.prepare(
        "SELECT open_errors, open_warnings, open_notes FROM reports WHERE id = $1");
    select.bind(1, id);
    const Result<bool> found = select.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::unexpected(noSuchReport(id));
    }
    return SeverityCounts{select.int64(0), select.int64(1), select.int64(2)};
}

} // namespace nianbao::store
