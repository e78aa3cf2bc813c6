#pragma once

#include "model/report.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao::test {

/// The hand-read values of one real report (tests/data/real/expected/NNN.json): every cell of
/// its format, shared by all the shapes of that report in ../shared/real.
struct RealGolden {
    QString id;         ///< "002"
    QStringList shapes; ///< file names in ../shared/real: "008.txt", "008.html"
    QString templateId;
    QString agency;
    int year = 0;
    /// Cell key -> value; no value where the report prints the cell empty.
    QMap<QString, std::optional<double>> cells;
    /// Cell key -> (reason, shapes it applies to; empty: every shape).
    struct Undecidable {
        QString reason;
        QStringList shapes;
    };
    QMap<QString, Undecidable> undecidable;

    [[nodiscard]] bool isUndecidable(const QString& key, const QString& shape) const;

    /// Every golden file under `dir`, sorted by id; qFatal on a malformed file (a broken
    /// yardstick must not pass as an empty one).
    static QList<RealGolden> loadAll(const QString& dir);
    static RealGolden fromJson(const QJsonObject& json, const QString& origin);
};

/// How one golden cell came out of the extractor.
enum class CellOutcome {
    Exact,       ///< the golden value, read with confidence at or above the threshold
    Flagged,     ///< blank or low confidence, and named by a finding: a reviewer is led to it
    SilentWrong, ///< a confident value that differs, a doubt no finding names, or no such cell
};

struct CellVerdict {
    QString key;
    CellOutcome outcome = CellOutcome::Exact;
    QString extracted; ///< the extracted value (or "blank", "missing") and its confidence
    QString expected;
};

/// Classifies every golden cell of `golden` against `report` (extracted and validated).
QList<CellVerdict> judgeCells(const RealGolden& golden, const Report& report);

} // namespace nianbao::test
