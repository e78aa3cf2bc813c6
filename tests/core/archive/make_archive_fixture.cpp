// Writes the fixture database of an older archive format for tst_archiveupgrade:
//
//     build/tests/make_archive_fixture 1 tests/data/archive/schema-v1.sqlite
//     build/tests/make_archive_fixture 2 tests/data/archive/schema-v2.sqlite
//     build/tests/make_archive_fixture 3 tests/data/archive/schema-v3.sqlite
//     build/tests/make_archive_fixture 4 tests/data/archive/schema-v4.sqlite
//     build/tests/make_archive_fixture 5 tests/data/archive/schema-v5.sqlite
//
// It climbs the schema ladder only up to the given version, then fills the tables with SQL
// written for that version (frozen here, like the step itself), so the fixture is what a
// Nianbao of that version wrote: reports of two bodies in both formats, cells, extras, label
// matches, narrative, findings with localized arguments, and corrections with a history.
// A fixture is made once, when a new schema version is released, and committed.

#include "store/findingcodec.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace nianbao;
using namespace nianbao::store;

namespace {

struct FixtureReport {
    const char16_t* agency;
    int year;
    const char* templateId;
    const char* status;
    const char16_t* text;
};

constexpr FixtureReport kReports[] = {
    {u"河北省机关事务管理局", 2021, "2021", "reviewed",
     u"河北省机关事务管理局2021年政府信息公开工作年度报告\n一、总体情况\n"
     u"本机关全年未收到行政复议申请，主动公开政府信息情况良好。"},
    {u"河北省机关事务管理局", 2022, "2021", "pending",
     u"河北省机关事务管理局2022年政府信息公开工作年度报告\n一、总体情况\n"
     u"依申请公开办理及时，答复规范，行政诉讼零发生。"},
    {u"平潭综合实验区管理委员会", 2020, "2019", "doubtful",
     u"平潭综合实验区管理委员会2020年政府信息公开工作年度报告\n一、总体情况\n"
     u"行政规范性文件8855698，政府集中采购项目按期公开。"},
};

bool check(const Result<void>& result)
{
    if (!result) {
        std::fprintf(stderr, "make_archive_fixture: %s\n", qPrintable(result.error().message));
    }
    return bool(result);
}

/// Version 1 rows, written with version 1's columns.
bool fillVersion1(SqliteConnection& db)
{
    Result<SqliteStatement> report = db.prepare(
        "INSERT INTO reports (sha256, file_name, format, encoding, title, agency, agency_key, "
        "region, year, template_id, imported_at, extracted_at, review_status, open_errors, "
        "open_warnings, open_notes) VALUES (?1, ?2, 'text', 'UTF-8', ?3, ?4, ?4, ?5, ?6, ?7, "
        "'2024-03-01T08:00:00.000Z', '2024-03-01T08:00:00.000Z', ?8, ?9, ?10, 0)");
    Result<SqliteStatement> source =
        db.prepare("INSERT INTO report_sources (report_id, bytes) VALUES (?1, ?2)");
    Result<SqliteStatement> text = db.prepare(
        "INSERT INTO report_texts (report_id, text, notices, page_boxes, low_quality, meta_spans) "
        "VALUES (?1, ?2, '[]', '[]', 0, '{\"agency\":[0,10],\"title\":null,\"year\":[10,14]}')");
    Result<SqliteStatement> key = db.prepare("INSERT OR IGNORE INTO cell_keys (key) VALUES (?1)");
    Result<SqliteStatement> cell = db.prepare(
        "INSERT INTO cells (report_id, key_id, ord, value, raw, span_start, span_end, confidence) "
        "VALUES (?1, (SELECT id FROM cell_keys WHERE key = ?2), ?3, ?4, ?5, ?6, ?7, ?8)");
    Result<SqliteStatement> finding = db.prepare(
        "INSERT INTO findings (report_id, ord, rule, severity, cells, message_template, args) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Result<SqliteStatement> correction = db.prepare(
        "INSERT INTO corrections (report_id, cell_key, old_value, new_value, extracted_value, "
        "reviewer, corrected_at, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!report || !source || !text || !key || !cell || !finding || !correction) {
        std::fprintf(stderr, "make_archive_fixture: a version 1 statement does not prepare\n");
        return false;
    }

    qint64 id = 0;
    for (const FixtureReport& spec : kReports) {
        ++id;
        const QString body = QString::fromUtf16(spec.text);
        const QByteArray bytes = body.toUtf8();
        const QString agency = QString::fromUtf16(spec.agency);
        const bool hasErrors = id == 2;
        report->bindBlob(1, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        report->bind(2, QStringLiteral("/reports/%1-%2.txt").arg(id).arg(spec.year));
        report->bind(3, body.section(QLatin1Char('\n'), 0, 0));
        report->bind(4, agency);
        report->bind(5, agency.startsWith(u"河北") ? QStringLiteral("河北省") : QString());
        report->bind(6, spec.year);
        report->bind(7, QString::fromLatin1(spec.templateId));
        report->bind(8, QString::fromLatin1(spec.status));
        report->bind(9, hasErrors ? 1 : 0);
        report->bind(10, hasErrors ? 1 : 0);
        source->bind(1, id);
        source->bindBlob(2, bytes);
        text->bind(1, id);
        text->bind(2, body);
        if (!check(report->run()) || !check(source->run()) || !check(text->run())) {
            return false;
        }

        const ReportTemplate* format =
            TemplateRegistry::builtin().find(QString::fromLatin1(spec.templateId));
        const QStringList keys = format->defaultCellKeys();
        for (int ord = 0; ord < keys.size(); ++ord) {
            key->bind(1, keys[ord]);
            const int value = (ord * 7 + int(id) * 3) % 13;
            cell->bind(1, id);
            cell->bind(2, keys[ord]);
            cell->bind(3, ord);
            if (ord % 17 == 5) {
                cell->bindNull(4); // a blank cell
                cell->bind(5, QString());
                cell->bindNull(6);
                cell->bindNull(7);
                cell->bind(8, 0.5);
            } else {
                cell->bind(4, double(value));
                cell->bind(5, QString::number(value));
                cell->bind(6, 100 + ord * 4);
                cell->bind(7, 100 + ord * 4 + (value < 10 ? 1 : 2));
                cell->bind(8, 1.0);
            }
            if (!check(key->run()) || !check(cell->run())) {
                return false;
            }
        }
    }

    const auto addFinding = [&](qint64 reportId, int ord, const char* rule, const char* severity,
                                const QString& cells, const QString& args) {
        finding->bind(1, reportId);
        finding->bind(2, ord);
        finding->bind(3, QString::fromLatin1(rule));
        finding->bind(4, QString::fromLatin1(severity));
        finding->bind(5, cells);
        finding->bind(6, QStringLiteral("%1 is %2, but its parts add up to %3"));
        finding->bind(7, args);
        return check(finding->run());
    };
    const auto addCorrection = [&](qint64 reportId, const char* cellKey, double from, double to,
                                   double extracted, const QString& reviewer, const char* time,
                                   const QString& reason) {
        correction->bind(1, reportId);
        correction->bind(2, QString::fromLatin1(cellKey));
        correction->bind(3, from);
        correction->bind(4, to);
        correction->bind(5, extracted);
        correction->bind(6, reviewer);
        correction->bind(7, QString::fromLatin1(time));
        correction->bind(8, reason);
        return check(correction->run());
    };
    return addFinding(2, 0, "t4.total", "error",
                      QStringLiteral("[\"t4.review.upheld\",\"t4.review.corrected\","
                                     "\"t4.review.other\",\"t4.review.pending\","
                                     "\"t4.review.total\"]"),
                      QStringLiteral("[{\"term\":{\"zh\":\"行政复议总计\",\"en\":\"review "
                                     "total\"}},{\"value\":\"0\"},{\"value\":\"11\"}]")) &&
           addFinding(2, 1, "t3.row_total", "warning",
                      QStringLiteral("[\"t3.new.total\",\"t3.new.natural\"]"),
                      QStringLiteral("[{\"value\":\"t3.new.total\"},{\"value\":\"5\"},"
                                     "{\"value\":\"4\"}]")) &&
           addCorrection(2, "t4.review.total", 10, 0, 10, QStringLiteral("王审核"),
                         "2024-03-02T09:00:00.000Z", QStringLiteral("总计与分项不符")) &&
           addCorrection(2, "t4.review.total", 0, 11, 10, QStringLiteral("张复核"),
                         "2024-03-03T10:30:00.000Z", QStringLiteral("核对原件")) &&
           addCorrection(3, "t2.procurement.amount", 4, 1016.72, 4, QStringLiteral("王审核"),
                         "2024-03-04T11:00:00.000Z", QStringLiteral("原表单位为万元"));
}

/// Version 2 adds what a version 2 Nianbao stored beside version 1's rows: each finding's
/// fingerprint, and a reviewer's decision on one of them. (Version 2's triggers index the
/// texts as they are inserted.)
bool fillVersion2(SqliteConnection& db)
{
    Result<SqliteStatement> findings =
        db.prepare("SELECT report_id, ord, rule, cells FROM findings ORDER BY 1, 2");
    Result<SqliteStatement> fingerprint =
        db.prepare("UPDATE findings SET fingerprint = ?1 WHERE report_id = ?2 AND ord = ?3");
    Result<SqliteStatement> decision = db.prepare(
        "INSERT INTO finding_decisions (report_id, fingerprint, verdict, comment, reviewer, "
        "decided_at) VALUES (?1, ?2, 'dismissed', ?3, ?4, '2024-03-05T14:00:00.000Z')");
    if (!findings || !fingerprint || !decision) {
        std::fprintf(stderr, "make_archive_fixture: a version 2 statement does not prepare\n");
        return false;
    }
    struct Row {
        qint64 report;
        int ord;
        QString fingerprint;
    };
    std::vector<Row> rows;
    while (true) {
        const Result<bool> more = findings->step();
        if (!more) {
            return check(std::unexpected(more.error()));
        }
        if (!*more) {
            break;
        }
        Finding finding;
        finding.rule = findings->text(2);
        const QJsonArray cells = QJsonDocument::fromJson(findings->text(3).toUtf8()).array();
        for (const QJsonValue& cell : cells) {
            finding.cells.append(cell.toString());
        }
        rows.push_back({findings->int64(0), int(findings->int64(1)), findingFingerprint(finding)});
    }
    for (const Row& row : rows) {
        fingerprint->bind(1, row.fingerprint);
        fingerprint->bind(2, row.report);
        fingerprint->bind(3, row.ord);
        if (!check(fingerprint->run())) {
            return false;
        }
    }
    // The reviewer dismissed report 2's second finding (a warning) with a comment.
    decision->bind(1, rows.at(1).report);
    decision->bind(2, rows.at(1).fingerprint);
    decision->bind(3, QStringLiteral("原件表内已注明口径"));
    decision->bind(4, QStringLiteral("张复核"));
    return check(decision->run());
}

/// Version 3 stores what version 2 did (it changed only how texts reach the search index);
/// its fixture adds an edit undone by a step back to the extracted value, which version 4
/// must tell from the edits the reviewer stands behind.
bool fillVersion3(SqliteConnection& db, int version)
{
    // From version 4 on, Nianbao writes that nobody vouches for a step back.
    return check(db.exec(
        version >= 4
            ? "INSERT INTO corrections (report_id, cell_key, old_value, new_value, "
              "extracted_value, reviewer, corrected_at, reason, vouched) VALUES (3, "
              "'t2.procurement.amount', 1016.72, 4, 4, '王审核', '2024-03-06T09:15:00.000Z', "
              "'Undo of 4 → 1016.72', 0)"
            : "INSERT INTO corrections (report_id, cell_key, old_value, new_value, "
              "extracted_value, reviewer, corrected_at, reason) VALUES (3, "
              "'t2.procurement.amount', 1016.72, 4, 4, '王审核', '2024-03-06T09:15:00.000Z', "
              "'Undo of 4 → 1016.72')"));
}

/// Version 4 stores whether a reviewer stands behind each correction; its fixture adds an
/// acceptance (the value as read, vouched for) on report 1, which version 5's candidate
/// readings must leave as it is (no candidate was chosen).
bool fillVersion4(SqliteConnection& db)
{
    return check(db.exec(
        "INSERT INTO corrections (report_id, cell_key, old_value, new_value, extracted_value, "
        "reviewer, corrected_at, reason, vouched) SELECT 1, k.key, c.value, c.value, c.value, "
        "'王审核', '2024-03-07T10:00:00.000Z', '核对原件，读数无误', 1 FROM cells c "
        "JOIN cell_keys k ON k.id = c.key_id WHERE c.report_id = 1 AND k.key = 't3.new.natural'"));
}

/// Version 5 keeps candidate readings, the reading an acceptance chose, and the history of a
/// report's fields and status; its fixture adds one of each, which version 6 (claims) must
/// leave as they are.
bool fillVersion5(SqliteConnection& db)
{
    return check(db.exec(
        "INSERT INTO cell_candidates (report_id, key_id, rank, value, score) "
        "SELECT c.report_id, c.key_id, 0, 12, 0.8 FROM cells c JOIN cell_keys k ON "
        "k.id = c.key_id WHERE c.report_id = 1 AND k.key = 't3.new.total';"
        "INSERT INTO corrections (report_id, cell_key, old_value, new_value, extracted_value, "
        "reviewer, corrected_at, reason, vouched, candidate) SELECT 1, 't3.new.total', "
        "c.value, 12, c.value, '王审核', '2024-03-08T08:00:00.000Z', '取候选读数', 1, 0 "
        "FROM cells c JOIN cell_keys k ON k.id = c.key_id WHERE c.report_id = 1 AND "
        "k.key = 't3.new.total';"
        "INSERT INTO report_changes (report_id, field, old_value, new_value, reviewer, "
        "changed_at, reason, override) SELECT id, 'status', review_status, 'doubtful', '王审核', "
        "'2024-03-08T08:05:00.000Z', '数字存疑', 0 FROM reports WHERE id = 2;"
        "UPDATE reports SET review_status = 'doubtful' WHERE id = 2;"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int version = args.size() == 3 ? args[1].toInt() : 0;
    if (version < 1 || version > 5) {
        std::fputs("usage: make_archive_fixture 1|2|3|4|5 OUTPUT.sqlite\n", stderr);
        return 2;
    }
    const QString output = args[2];
    QFile::remove(output);
    Result<SqliteConnection> db = SqliteConnection::open(output);
    if (!db) {
        std::fprintf(stderr, "make_archive_fixture: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const Result<int> upgraded = upgradeSchema(*db, archiveSchemaSteps(), version);
    if (!upgraded) {
        std::fprintf(stderr, "make_archive_fixture: %s\n", qPrintable(upgraded.error().message));
        return 1;
    }
    // One file, no journal beside it, as small as it gets.
    if (!check(db->exec("BEGIN")) || !fillVersion1(*db) || (version >= 2 && !fillVersion2(*db)) ||
        (version >= 3 && !fillVersion3(*db, version)) || (version >= 4 && !fillVersion4(*db)) ||
        (version >= 5 && !fillVersion5(*db)) || !check(db->exec("COMMIT")) ||
        !check(db->exec("VACUUM"))) {
        return 1;
    }
    return 0;
}
