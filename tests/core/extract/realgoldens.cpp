#include "realgoldens.h"

#include "extract/rowsolver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace nianbao::test {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

[[noreturn]] void malformed(const QString& origin, const QString& problem)
{
    qFatal("%s: %s", qUtf8Printable(origin), qUtf8Printable(problem));
}

/// Money carries up to six decimals here (24252.311082 万元) and yuan converted to 万元 adds
/// four more: equal within a millionth of a unit.
bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

QString describe(const Cell& cell)
{
    const QString value =
        cell.value ? QString::number(*cell.value, 'g', 12) : QStringLiteral("blank");
    return QStringLiteral("%1 (raw \"%2\", confidence %3)")
        .arg(value, cell.raw, QString::number(cell.confidence, 'g', 3));
}

} // namespace

bool RealGolden::isUndecidable(const QString& key, const QString& shape) const
{
    const auto it = undecidable.constFind(key);
    return it != undecidable.constEnd() && (it->shapes.isEmpty() || it->shapes.contains(shape));
}

RealGolden RealGolden::fromJson(const QJsonObject& json, const QString& origin)
{
    RealGolden golden;
    golden.id = json.value(QLatin1String("report")).toString();
    golden.shapes = stringList(json.value(QLatin1String("shapes")));
    golden.templateId = json.value(QLatin1String("template")).toString();
    const QJsonObject meta = json.value(QLatin1String("meta")).toObject();
    golden.agency = meta.value(QLatin1String("agency")).toString();
    golden.year = meta.value(QLatin1String("year")).toInt();
    if (golden.id.isEmpty() || golden.shapes.isEmpty() || golden.templateId.isEmpty() ||
        golden.year == 0) {
        malformed(origin, QStringLiteral("report, shapes, template and meta.year are required"));
    }
    const QJsonObject cells = json.value(QLatin1String("cells")).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        if (it.value().isNull()) {
            golden.cells.insert(it.key(), std::nullopt);
        } else if (it.value().isDouble()) {
            golden.cells.insert(it.key(), it.value().toDouble());
        } else {
            malformed(origin, QStringLiteral("cell %1 is neither a number nor null").arg(it.key()));
        }
    }
    // Both formats have well over a hundred cells; a short list is a truncated file.
    if (golden.cells.size() < 150) {
        malformed(origin, QStringLiteral("only %1 cells").arg(golden.cells.size()));
    }
    for (const QJsonValue& item : json.value(QLatin1String("undecidable")).toArray()) {
        const QJsonObject entry = item.toObject();
        const QString key = entry.value(QLatin1String("key")).toString();
        if (!golden.cells.contains(key)) {
            malformed(origin, QStringLiteral("undecidable cell %1 is not a cell").arg(key));
        }
        golden.undecidable.insert(key, {entry.value(QLatin1String("reason")).toString(),
                                        stringList(entry.value(QLatin1String("shapes")))});
    }
    return golden;
}

QList<RealGolden> RealGolden::loadAll(const QString& dir)
{
    QList<RealGolden> goldens;
    const QDir folder(dir);
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            malformed(file.fileName(), file.errorString());
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            malformed(file.fileName(), error.errorString());
        }
        goldens.append(fromJson(json.object(), file.fileName()));
    }
    return goldens;
}

QList<CellVerdict> judgeCells(const RealGolden& golden, const Report& report)
{
    QList<CellVerdict> verdicts;
    for (auto it = golden.cells.constBegin(); it != golden.cells.constEnd(); ++it) {
        CellVerdict verdict;
        verdict.key = it.key();
        verdict.expected =
            it.value() ? QString::number(*it.value(), 'g', 12) : QStringLiteral("blank");
        const Cell* cell = report.cell(it.key());
        if (!cell) {
            verdict.outcome = CellOutcome::SilentWrong;
            verdict.extracted = QStringLiteral("missing (no such cell in the report)");
            verdicts.append(verdict);
            continue;
        }
        verdict.extracted = describe(*cell);
        const bool confident = cell->confidence >= extract::kLowConfidence;
        const bool right =
            it.value() ? cell->value && sameValue(*cell->value, *it.value()) : !cell->value;
        const bool named =
            std::any_of(report.findings.begin(), report.findings.end(),
                        [&](const Finding& f) { return f.cells.contains(it.key()); });
        if (confident && right) {
            verdict.outcome = CellOutcome::Exact;
        } else if ((!cell->value || !confident) && named) {
            verdict.outcome = CellOutcome::Flagged;
        } else {
            verdict.outcome = CellOutcome::SilentWrong;
        }
        verdicts.append(verdict);
    }
    return verdicts;
}

} // namespace nianbao::test
