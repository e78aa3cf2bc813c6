#include "archive/findingcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao {

namespace {

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

} // namespace

QString findingFingerprint(const QString& rule, QStringList cells)
{
    cells.sort();
    cells.removeDuplicates();
    return rule + QLatin1Char('|') + cells.join(QLatin1Char(','));
}

QString findingFingerprint(const Finding& finding)
{
    return findingFingerprint(finding.rule, finding.cells);
}

QString encodeCellKeys(const QStringList& cells)
{
    return compact(QJsonArray::fromStringList(cells));
}

QStringList decodeCellKeys(const QString& json)
{
    QStringList cells;
    const QJsonArray array = parseArray(json);
    for (const QJsonValue& value : array) {
        cells.append(value.toString());
    }
    return cells;
}

QString encodeFindingArgs(const QList<FindingArg>& args)
{
    QJsonArray array;
    for (const FindingArg& arg : args) {
        if (arg.term.isEmpty()) {
            array.append(QJsonObject{{QStringLiteral("value"), arg.plain}});
        } else {
            array.append(QJsonObject{{QStringLiteral("term"), arg.term.toJson()}});
        }
    }
    return compact(array);
}

QList<FindingArg> decodeFindingArgs(const QString& json)
{
    QList<FindingArg> args;
    const QJsonArray array = parseArray(json);
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("term"))) {
            args.append(FindingArg::localized(
                LocalizedText::fromJson(object.value(QLatin1String("term")))));
        } else {
            args.append(FindingArg::value(object.value(QLatin1String("value")).toString()));
        }
    }
    return args;
}

} // namespace nianbao
