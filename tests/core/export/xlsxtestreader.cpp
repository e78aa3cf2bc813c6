#include "xlsxtestreader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

namespace nianbao::test {

namespace {

QByteArray readEntry(QuaZip& zip, const QString& name, bool required = true)
{
    if (!zip.setCurrentFile(name)) {
        if (required) {
            qFatal("the workbook has no %s", qUtf8Printable(name));
        }
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s from the workbook", qUtf8Printable(name));
    }
    return file.readAll();
}

/// "AB12" → column 27 (0-based).
std::size_t columnOfReference(QStringView reference)
{
    std::size_t column = 0;
    for (const QChar c : reference) {
        if (!c.isLetter()) {
            break;
        }
        column = column * 26 + std::size_t(c.unicode() - u'A' + 1);
    }
    return column - 1;
}

/// Text of the <t> elements inside the current element (shared or inline strings).
QString stringItem(QXmlStreamReader& xml, QStringView end)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == end) {
            break;
        }
    }
    return text;
}

QStringList sharedStrings(const QByteArray& data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            strings.append(stringItem(xml, u"si"));
        }
    }
    return strings;
}

/// The fill colour ("RRGGBB", or "") of every cell format index.
QStringList fillsOfStyles(const QByteArray& data)
{
    QStringList fills;
    QStringList styleFills;
    QXmlStreamReader xml(data);
    bool inFills = false;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"fills") {
                inFills = true;
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inFills && xml.name() == u"fill") {
                fills.append(QString());
            } else if (inFills && xml.name() == u"fgColor") {
                fills.last() = xml.attributes().value(QLatin1String("rgb")).toString().right(6);
            } else if (inCellXfs && xml.name() == u"xf") {
                styleFills.append(
                    fills.value(xml.attributes().value(QLatin1String("fillId")).toInt()));
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"fills") {
                inFills = false;
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
    }
    return styleFills;
}

XlsxSheet readSheet(const QString& name, const QByteArray& data, const QStringList& strings,
                    const QStringList& fills)
{
    XlsxSheet sheet;
    sheet.name = name;
    sheet.xml = data;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"c") {
            continue;
        }
        const QString reference = xml.attributes().value(QLatin1String("r")).toString();
        const QString type = xml.attributes().value(QLatin1String("t")).toString();
        XlsxCell cell;
        cell.fill = fills.value(xml.attributes().value(QLatin1String("s")).toInt());
        if (type == u"inlineStr") {
            cell.type = XlsxCell::Type::Text;
            cell.text = stringItem(xml, u"c");
        } else {
            QString value;
            while (!xml.atEnd() &&
                   !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"c")) {
                if (xml.isStartElement() && xml.name() == u"v") {
                    value = xml.readElementText();
                }
            }
            if (type == u"s") {
                cell.type = XlsxCell::Type::Text;
                cell.text = strings.value(value.toInt());
            } else if (type == u"str") {
                cell.type = XlsxCell::Type::Text;
                cell.text = value;
            } else if (type == u"b") {
                cell.type = XlsxCell::Type::Boolean;
                cell.text = value;
            } else if (!value.isEmpty()) {
                cell.type = XlsxCell::Type::Number;
                cell.text = value;
                cell.number = value.toDouble();
            }
        }
        const qsizetype digits = reference.indexOf(QRegularExpression(QStringLiteral("[0-9]")));
        const auto row = std::size_t(reference.mid(digits).toInt() - 1);
        const std::size_t column = columnOfReference(reference);
        if (sheet.rows.size() <= row) {
            sheet.rows.resize(row + 1);
        }
        if (sheet.rows[row].size() <= column) {
            sheet.rows[row].resize(column + 1);
        }
        sheet.rows[row][column] = cell;
    }
    return sheet;
}

/// Sheet name → its part inside the zip, from workbook.xml and its relationships.
std::vector<std::pair<QString, QString>> sheetParts(QuaZip& zip)
{
    QHash<QString, QString> targets;
    QXmlStreamReader rels(readEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship") {
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(),
                           rels.attributes().value(QLatin1String("Target")).toString());
        }
    }
    std::vector<std::pair<QString, QString>> parts;
    QXmlStreamReader workbook(readEntry(zip, QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute& attribute : workbook.attributes()) {
                if (attribute.name() == u"id") {
                    id = attribute.value().toString();
                }
            }
            parts.emplace_back(workbook.attributes().value(QLatin1String("name")).toString(),
                               QStringLiteral("xl/") + targets.value(id));
        }
    }
    return parts;
}

} // namespace

const XlsxCell& XlsxSheet::cell(std::size_t row, std::size_t column) const
{
    static const XlsxCell empty;
    if (row >= rows.size() || column >= rows[row].size()) {
        return empty;
    }
    return rows[row][column];
}

qsizetype XlsxSheet::columnOf(const QString& header) const
{
    if (rows.empty()) {
        return -1;
    }
    for (std::size_t column = 0; column < rows[0].size(); ++column) {
        if (rows[0][column].text == header) {
            return qsizetype(column);
        }
    }
    return -1;
}

const XlsxSheet* XlsxBook::sheet(const QString& name) const
{
    for (const XlsxSheet& candidate : sheets) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

XlsxBook readXlsx(const QString& path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        qFatal("%s is no zip file", qUtf8Printable(path));
    }
    const QStringList strings =
        sharedStrings(readEntry(zip, QStringLiteral("xl/sharedStrings.xml"), false));
    const QStringList fills = fillsOfStyles(readEntry(zip, QStringLiteral("xl/styles.xml")));
    XlsxBook book;
    for (const auto& [name, part] : sheetParts(zip)) {
        book.sheetNames.append(name);
        book.sheets.push_back(readSheet(name, readEntry(zip, part), strings, fills));
    }
    return book;
}

} // namespace nianbao::test
