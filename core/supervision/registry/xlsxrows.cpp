#include "documents/zippackage.h"
#include "supervision/registry/sheetrows.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace nianbao::supervision {

namespace {

constexpr int kMaxColumns = 16384; // XFD, the last column a worksheet has

std::unexpected<Error> damaged(const QString& part, const QXmlStreamReader& xml)
{
    return fail(ErrorCode::Corrupt,
                QCoreApplication::translate("nianbao::BodyRegistry",
                                            "the workbook's part %1 is damaged (line %2: %3)")
                    .arg(part)
                    .arg(xml.lineNumber())
                    .arg(xml.errorString()));
}

/// The 0-based column of a cell reference such as "AB12", -1 when there is none.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns) {
            return -1;
        }
    }
    return i == 0 ? -1 : column - 1;
}

Result<QByteArray> readPart(ZipPackage& package, const QString& part)
{
    if (!package.contains(part)) {
        return fail(
            ErrorCode::Corrupt,
            QCoreApplication::translate("nianbao::BodyRegistry",
                                        "the workbook lacks its part %1, which every XLSX file has")
                .arg(part));
    }
    return package.read(part);
}

/// The text of the shared strings table, in order (rich text runs joined, phonetic runs left
/// out).
Result<QStringList> sharedStrings(ZipPackage& package)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    QStringList strings;
    if (!package.contains(part)) {
        return strings; // a workbook with numbers only has none
    }
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    QXmlStreamReader xml(*bytes);
    QString current;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                current += xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                strings.append(current);
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    if (xml.hasError()) {
        return damaged(part, xml);
    }
    return strings;
}

/// The path of the workbook's first worksheet, from the workbook and its relationships.
Result<QString> firstSheetPath(ZipPackage& package)
{
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    Result<QByteArray> workbook = readPart(package, workbookPart);
    if (!workbook) {
        return std::unexpected(workbook.error());
    }
    QString relation;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd() && relation.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id")) {
                        relation = attribute.value().toString();
                    }
                }
            }
        }
        if (xml.hasError()) {
            return damaged(workbookPart, xml);
        }
    }
    const QString relationsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (relation.isEmpty() || !package.contains(relationsPart)) {
        return QStringLiteral("xl/worksheets/sheet1.xml");
    }
    Result<QByteArray> relations = package.read(relationsPart);
    if (!relations) {
        return std::unexpected(relations.error());
    }
    QXmlStreamReader xml(*relations);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship") &&
            xml.attributes().value(QLatin1String("Id")) == relation) {
            const QString target = xml.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    if (xml.hasError()) {
        return damaged(relationsPart, xml);
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

/// A number as the file writes it, without a trailing ".0" a code stored as a number gets.
QString numberText(const QString& written)
{
    bool ok = false;
    const double value = written.toDouble(&ok);
    if (ok && value == std::floor(value) && std::abs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    return written;
}

} // namespace

Result<SheetRows> readXlsxRows(const QByteArray& bytes)
{
    Result<ZipPackage> package = ZipPackage::open(bytes, ReadLimits{});
    if (!package) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate(
                        "nianbao::BodyRegistry",
                        "the file is no XLSX workbook: it is not a complete ZIP archive"));
    }
    Result<QStringList> strings = sharedStrings(*package);
    if (!strings) {
        return std::unexpected(strings.error());
    }
    Result<QString> sheetPart = firstSheetPath(*package);
    if (!sheetPart) {
        return std::unexpected(sheetPart.error());
    }
    Result<QByteArray> sheet = readPart(*package, *sheetPart);
    if (!sheet) {
        return std::unexpected(sheet.error());
    }

    SheetRows rows;
    QXmlStreamReader xml(*sheet);
    QStringList* row = nullptr;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("row")) {
            // Rows are numbered from 1; a skipped row number leaves blank rows.
            bool ok = false;
            const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            const std::size_t index = ok && number > 0 ? std::size_t(number - 1) : rows.size();
            if (index > 1'048'575) {
                return fail(ErrorCode::Corrupt,
                            QCoreApplication::translate("nianbao::BodyRegistry",
                                                        "the worksheet has a row past the last one "
                                                        "a workbook can have"));
            }
            if (rows.size() <= index) {
                rows.resize(index + 1);
            }
            row = &rows[index];
            nextColumn = 0;
        } else if (xml.name() == QLatin1String("c") && row) {
            const QStringView reference = xml.attributes().value(QLatin1String("r"));
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            int column = reference.isEmpty() ? nextColumn : columnOf(reference);
            if (column < 0) {
                return fail(ErrorCode::Corrupt,
                            QCoreApplication::translate(
                                "nianbao::BodyRegistry",
                                "the worksheet has a cell with the bad reference “%1”")
                                .arg(reference.toString()));
            }
            QString value;
            QString inlineText;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("t")) {
                    inlineText += xml.readElementText();
                }
            }
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings->size()) {
                    return fail(ErrorCode::Corrupt,
                                QCoreApplication::translate(
                                    "nianbao::BodyRegistry",
                                    "the worksheet's cell %1 refers to a shared string the "
                                    "workbook lacks")
                                    .arg(reference.toString()));
                }
                text = strings->at(index);
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1String("b")) {
                text =
                    value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                text = value;
            } else {
                text = numberText(value);
            }
            while (row->size() < column) {
                row->append(QString());
            }
            if (row->size() == column) {
                row->append(text);
            } else {
                (*row)[column] = text;
            }
            nextColumn = column + 1;
        }
    }
    if (xml.hasError()) {
        return damaged(*sheetPart, xml);
    }
    return rows;
}

} // namespace nianbao::supervision
