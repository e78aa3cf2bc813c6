#include "store/findingcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::store {

namespace {

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

/// A JSON string as QJsonDocument writes it: '"' and '\\' escaped, control characters as
/// short escapes or \u00XX, everything else as UTF-8.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    // Runs of bytes that need no escape are appended whole: a finding may name hundreds of
    // cells, and byte by byte this was most of the cost of storing its findings.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(utf8.constData() + run, i - run);
        run = i + 1;
        out += '\\';
        switch (c) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
        }
    }
    out.append(utf8.constData() + run, utf8.size() - run);
    out += '"';
}

} // namespace

QByteArray encodeCellKeysUtf8(const QStringList& cells)
{
    QByteArray out = "[";
    out.reserve(cells.size() * 16);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendJsonString(out, cells.at(i));
    }
    out += ']';
    return out;
}

QByteArray encodeFindingArgsUtf8(const QList<FindingArg>& args)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < args.size(); ++i) {
        const FindingArg& arg = args.at(i);
        out += i > 0 ? ",{" : "{";
        if (arg.term.isEmpty()) {
            out += "\"value\":";
            appendJsonString(out, arg.plain);
        } else {
            // Keys in the order QJsonObject keeps them: sorted.
            out += "\"term\":{\"en\":";
            appendJsonString(out, arg.term.en);
            out += ",\"zh\":";
            appendJsonString(out, arg.term.zh);
            out += '}';
        }
        out += '}';
    }
    out += ']';
    return out;
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

} // namespace nianbao::store
