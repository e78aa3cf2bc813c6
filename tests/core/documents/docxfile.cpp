#include "docxfile.h"

#include <QBuffer>
#include <quazip.h>
#include <quazipfile.h>

namespace nianbao::test {

namespace {

const QByteArray contentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

const QByteArray packageRelationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

const QString documentStart = QStringLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>");
const QString documentEnd = QStringLiteral(
    "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");

QString escapeXml(const QString& text)
{
    return text.toHtmlEscaped();
}

/// Runs for a piece of text, split as Word splits them after edits when asked.
QString runs(const QString& text, bool split)
{
    const auto run = [](const QString& piece, bool bold) -> QString {
        QString xml =
            QStringLiteral("<w:r><w:rPr><w:rFonts w:ascii=\"仿宋\" w:hint=\"eastAsia\"/>%1"
                           "</w:rPr>")
                .arg(bold ? QStringLiteral("<w:b/>") : QString());
        const QStringList lines = piece.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                xml += QStringLiteral("<w:br/>");
            }
            xml += QStringLiteral("<w:t xml:space=\"preserve\">%1</w:t>").arg(escapeXml(lines[i]));
        }
        return xml + QStringLiteral("</w:r>");
    };
    if (!split || text.size() < 2) {
        return run(text, false);
    }
    // The first character alone, as in <w:t>1</w:t><w:t>016.72</w:t>, then the rest in two.
    const qsizetype middle = 1 + (text.size() - 1) / 2;
    QString xml = run(text.left(1), false);
    xml += QStringLiteral("<w:proofErr w:type=\"spellStart\"/>");
    xml += run(text.mid(1, middle - 1), true);
    xml += QStringLiteral(
        "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>");
    xml += run(text.mid(middle), false);
    return xml;
}

QString paragraphXml(const QString& text, bool split)
{
    // Tab stops in the paragraph properties are settings, not tabs in the text.
    return QStringLiteral("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs>"
                          "<w:jc w:val=\"both\"/></w:pPr>%1</w:p>")
        .arg(runs(text, split));
}

QString tableXml(const QList<LayoutRow>& rows, bool split)
{
    const PlacedTable table = placeTable(rows);
    QString xml = QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>"
                                 "<w:tblBorders><w:top w:val=\"single\"/></w:tblBorders></w:tblPr>"
                                 "<w:tblGrid>");
    for (int column = 0; column < table.columnCount; ++column) {
        xml += QStringLiteral("<w:gridCol w:w=\"900\"/>");
    }
    xml += QStringLiteral("</w:tblGrid>");
    for (int row = 0; row < table.rowCount; ++row) {
        xml += QStringLiteral("<w:tr><w:trPr><w:jc w:val=\"center\"/></w:trPr>");
        int column = 0;
        while (column < table.columnCount) {
            const int index = table.owner[row][column];
            if (index < 0) {
                xml += QStringLiteral("<w:tc><w:p/></w:tc>");
                ++column;
                continue;
            }
            const PlacedTable::Placed& placed = table.cells[index];
            QString properties = QStringLiteral("<w:tcW w:w=\"900\" w:type=\"dxa\"/>");
            if (placed.cell.columnSpan > 1) {
                properties +=
                    QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(placed.cell.columnSpan);
            }
            QString content = QStringLiteral("<w:p/>");
            if (placed.row == row) {
                if (placed.cell.rowSpan > 1) {
                    properties += QStringLiteral("<w:vMerge w:val=\"restart\"/>");
                }
                content = paragraphXml(placed.cell.text, split);
            } else {
                properties += QStringLiteral("<w:vMerge/>");
            }
            xml += QStringLiteral("<w:tc><w:tcPr>%1<w:vAlign w:val=\"center\"/></w:tcPr>%2</w:tc>")
                       .arg(properties, content);
            column += placed.cell.columnSpan;
        }
        xml += QStringLiteral("</w:tr>");
    }
    return xml + QStringLiteral("</w:tbl>");
}

} // namespace

QByteArray zipArchive(const QList<QPair<QString, QByteArray>>& entries)
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            qFatal("cannot create a ZIP archive in memory");
        }
        for (const auto& [name, content] : entries) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
                file.write(content) != content.size()) {
                qFatal("cannot write %s into the ZIP archive", qUtf8Printable(name));
            }
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

QByteArray docxWithDocumentXml(const QByteArray& documentXml)
{
    return zipArchive({{QStringLiteral("[Content_Types].xml"), contentTypes},
                       {QStringLiteral("_rels/.rels"), packageRelationships},
                       {QStringLiteral("word/document.xml"), documentXml}});
}

QByteArray docxFile(const ReportLayout& layout, const DocxOptions& options)
{
    QString xml = documentStart;
    for (const LayoutBlock& block : layout.blocks) {
        xml += block.isTable() ? tableXml(block.rows, options.splitRuns)
                               : paragraphXml(block.paragraph, options.splitRuns);
        // Word puts an empty paragraph after a table, and authors leave empty lines.
        xml += QStringLiteral("<w:p/>");
    }
    xml += documentEnd;
    return docxWithDocumentXml(xml.toUtf8());
}

QByteArray docxWithParagraphs(const QStringList& paragraphs)
{
    QString xml = documentStart;
    for (const QString& paragraph : paragraphs) {
        xml += paragraphXml(paragraph, false);
    }
    xml += documentEnd;
    return docxWithDocumentXml(xml.toUtf8());
}

} // namespace nianbao::test
