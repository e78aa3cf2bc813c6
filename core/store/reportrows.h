#pragma once

#include "model/finding.h"
#include "model/processedreport.h"
#include "model/review.h"
#include "model/span.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao::store {

/// What storing a report writes, row by row: every text already in the UTF-8 that SQLite
/// stores and every JSON column encoded. Making the rows is most of the processor time of
/// storing that is not SQLite's own, and needs no archive, so an import makes them on the
/// thread that extracted the report, and the thread holding the write lock only binds and
/// steps.
struct ReportRows {
    struct CellRow {
        QString key; ///< looked up in cell_keys by the connection that writes
        std::optional<double> value;
        QByteArray raw;
        std::optional<Span> span;
        double confidence = 1.0;
        std::vector<CellCandidate> candidates; ///< best first
    };
    struct LabelRow {
        QByteArray key;
        QByteArray alias;
        QByteArray text;
        Span span;
        int distance = 0;
    };
    struct NarrativeRow {
        QByteArray key;
        QByteArray heading;
        QByteArray text;
        Span span;
    };
    struct FindingRow {
        QByteArray rule;
        QByteArray severity;
        QByteArray cells; ///< JSON array of cell keys
        QByteArray messageTemplate;
        QByteArray args; ///< JSON, see encodeFindingArgs
        QByteArray fingerprint;
    };

    // reports
    QByteArray fileName;
    QByteArray format;
    QByteArray encoding;
    QByteArray title;
    QByteArray agency;
    QByteArray agencyKey;
    QByteArray region;
    std::optional<qint64> year;
    QByteArray templateId;
    SeverityCounts open;
    // report_texts
    QByteArray text;
    QByteArray notices;   ///< JSON array of strings
    QByteArray pageBoxes; ///< JSON array of [page, x, y, w, h, start, end]
    QByteArray metaSpans; ///< JSON object: title, agency, year -> [start, end]
    bool lowQuality = false;

    std::vector<CellRow> cells;
    std::vector<CellRow> extras;
    std::vector<LabelRow> labels;
    std::vector<NarrativeRow> narrative;
    std::vector<FindingRow> findings;

    static ReportRows of(const ProcessedReport& processed);
    static std::vector<FindingRow> findingRows(const std::vector<Finding>& findings);
};

} // namespace nianbao::store
