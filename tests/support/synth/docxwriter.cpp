// A report as a Word .docx: written from scratch (w:tbl with w:gridSpan and w:vMerge, runs
// split inside figures), or the official blank 2021 form with its cells filled in.

#include "synth/filewriters.h"
#include "synth/randomtools.h"
#include "synth/reportplan.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <quazip.h>
#include <quazipfile.h>

namespace nianbao::synth {

namespace {

const QByteArray kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

const QByteArray kPackageRelationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

QString escapedXml(const QString& text)
{
    return text.toHtmlEscaped();
}

QString run(const QString& text, bool bold = false)
{
    return QStringLiteral("<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\" w:ascii=\"仿宋_GB2312\"/>%1"
                          "<w:sz w:val=\"21\"/></w:rPr><w:t xml:space=\"preserve\">%2</w:t></w:r>")
        .arg(bold ? QStringLiteral("<w:b/>") : QString(), escapedXml(text));
}

/// A line as Word leaves it after edits: sometimes split into runs, with proofing marks and
/// bookmarks between them.
QString runs(const QString& text, QRandomGenerator& random)
{
    if (text.size() < 2 || !chance(random, 0.4)) {
        return run(text);
    }
    const qsizetype cut = between(random, 1, int(text.size()) - 1);
    return run(text.left(cut)) + QStringLiteral("<w:proofErr w:type=\"gramStart\"/>") +
           QStringLiteral("<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd "
                          "w:id=\"0\"/>") +
           run(text.mid(cut), chance(random, 0.3));
}

QString paragraph(const QString& text, QRandomGenerator& random, bool centred = false)
{
    return QStringLiteral("<w:p><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>%1"
                          "</w:pPr>%2</w:p>")
        .arg(centred ? QStringLiteral("<w:jc w:val=\"center\"/>") : QString(),
             text.isEmpty() ? QString() : runs(text, random));
}

QString tableXml(const LaidTable& table, QRandomGenerator& random)
{
    const QList<QList<int>> columns = placeColumns(table);
    const int width = table.columnCount();
    // Which cell covers each slot: (row, index) of its top-left.
    QList<QList<QPair<int, int>>> owner(table.rows.size(), QList<QPair<int, int>>(width, {-1, -1}));
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int i = 0; i < table.rows.at(r).size(); ++i) {
            const LaidCell& cell = table.rows.at(r).at(i);
            for (int dr = 0; dr < cell.rowSpan && r + dr < table.rows.size(); ++dr) {
                for (int dc = 0; dc < cell.columnSpan && columns[r][i] + dc < width; ++dc) {
                    owner[r + dr][columns[r][i] + dc] = {r, i};
                }
            }
        }
    }
    QString xml = QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc "
                                 "w:val=\"center\"/><w:tblBorders><w:top w:val=\"single\" "
                                 "w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>");
    for (int c = 0; c < width; ++c) {
        xml += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(between(random, 500, 1500));
    }
    xml += QStringLiteral("</w:tblGrid>");
    for (int r = 0; r < table.rows.size(); ++r) {
        xml += QStringLiteral("<w:tr><w:trPr><w:trHeight w:val=\"397\"/><w:jc "
                              "w:val=\"center\"/></w:trPr>");
        int c = 0;
        while (c < width) {
            const auto [ownerRow, ownerIndex] = owner[r][c];
            if (ownerRow < 0) { // a ragged row ends early: Word pads it with an empty cell
                xml += QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"600\" "
                                      "w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>");
                ++c;
                continue;
            }
            const LaidCell& cell = table.rows.at(ownerRow).at(ownerIndex);
            QString properties =
                QStringLiteral("<w:tcW w:w=\"%1\" w:type=\"dxa\"/>").arg(600 * cell.columnSpan);
            if (cell.columnSpan > 1) {
                properties += QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(cell.columnSpan);
            }
            QString content = QStringLiteral("<w:p/>");
            if (ownerRow == r) {
                if (cell.rowSpan > 1) {
                    properties += QStringLiteral("<w:vMerge w:val=\"restart\"/>");
                }
                if (!cell.isEmpty()) {
                    content.clear();
                    for (const QString& line : cell.lines) {
                        content += paragraph(line, random, true);
                    }
                }
            } else {
                properties += chance(random, 0.5) ? QStringLiteral("<w:vMerge/>")
                                                  : QStringLiteral("<w:vMerge "
                                                                   "w:val=\"continue\"/>");
            }
            xml += QStringLiteral("<w:tc><w:tcPr>%1<w:vAlign w:val=\"center\"/></w:tcPr>%2</w:tc>")
                       .arg(properties, content);
            c += cell.columnSpan;
        }
        xml += QStringLiteral("</w:tr>");
    }
    return xml + QStringLiteral("</w:tbl>");
}

QString documentXml(const QString& body)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
               "main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
               "<w:body>") +
           body +
           QStringLiteral("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body>"
                          "</w:document>");
}

/// The entries of a ZIP archive, or nothing when it cannot be read.
std::optional<QList<QPair<QString, QByteArray>>> unzipEntries(const QString& path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return std::nullopt;
    }
    QList<QPair<QString, QByteArray>> entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    return entries;
}

/// The text of a w:tc as the form holds it, spaces of any width trimmed.
QString cellText(const QString& cellXml)
{
    static const QRegularExpression text(QStringLiteral("<w:t(?: [^>]*)?>([^<]*)</w:t>"));
    QString joined;
    for (const QRegularExpressionMatch& match : text.globalMatch(cellXml)) {
        joined += match.captured(1);
    }
    return joined.trimmed().remove(QChar(0x3000));
}

/// The cell with `value` written in: into its first w:t (emptying the others), or as a run
/// in its last paragraph.
QString filledCell(QString cellXml, const QString& value)
{
    static const QRegularExpression firstText(QStringLiteral("(<w:t(?: [^>]*)?>)[^<]*(</w:t>)"));
    const QString escaped = escapedXml(value);
    if (cellXml.contains(firstText)) {
        bool first = true;
        QString out;
        qsizetype last = 0;
        for (const QRegularExpressionMatch& match : firstText.globalMatch(cellXml)) {
            out += cellXml.mid(last, match.capturedStart() - last);
            out += match.captured(1) + (first ? escaped : QString()) + match.captured(2);
            first = false;
            last = match.capturedEnd();
        }
        return out + cellXml.mid(last);
    }
    const QString runXml = QStringLiteral("<w:r><w:t>%1</w:t></w:r>").arg(escaped);
    const qsizetype close = cellXml.lastIndexOf(QStringLiteral("</w:p>"));
    if (close >= 0) {
        return cellXml.insert(close, runXml);
    }
    static const QRegularExpression emptyParagraph(QStringLiteral("<w:p( [^>]*)?/>"));
    const QRegularExpressionMatch empty = emptyParagraph.match(cellXml);
    if (empty.hasMatch()) {
        return cellXml.replace(empty.capturedStart(), empty.capturedLength(),
                               QStringLiteral("<w:p>%1</w:p>").arg(runXml));
    }
    return cellXml;
}

/// Fills the value cells of one w:tbl, in order, with `values`; returns the table.
QString filledTable(const QString& tableXml, QList<const PrintedCell*>& values)
{
    static const QRegularExpression cellPattern(QStringLiteral("<w:tc>.*?</w:tc>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& match : cellPattern.globalMatch(tableXml)) {
        QString cell = match.captured(0);
        const bool continued = cell.contains(QStringLiteral("<w:vMerge/>")) ||
                               cell.contains(QStringLiteral("w:val=\"continue\""));
        if (!continued && cellText(cell).isEmpty() && !values.isEmpty()) {
            const PrintedCell* value = values.takeFirst();
            if (!value->text.isEmpty()) {
                cell = filledCell(cell, value->text);
            }
        }
        out += tableXml.mid(last, match.capturedStart() - last) + cell;
        last = match.capturedEnd();
    }
    return out + tableXml.mid(last);
}

} // namespace

QByteArray zipEntries(const QList<QPair<QString, QByteArray>>& entries)
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

QByteArray docxFromBlocks(const QList<LaidBlock>& blocks, QRandomGenerator& random)
{
    QString body;
    for (const LaidBlock& block : blocks) {
        if (block.isTable()) {
            body += tableXml(block.table, random);
            body += QStringLiteral("<w:p/>"); // Word keeps a paragraph after a table
        } else {
            body += paragraph(block.paragraph, random, block.headingLevel == 1);
        }
    }
    return zipEntries({{QStringLiteral("[Content_Types].xml"), kContentTypes},
                       {QStringLiteral("_rels/.rels"), kPackageRelationships},
                       {QStringLiteral("word/document.xml"), documentXml(body).toUtf8()}});
}

std::optional<QByteArray> docxFromOfficialForm(const QString& formPath, const ReportPlan& plan)
{
    auto entries = unzipEntries(formPath);
    if (!entries) {
        return std::nullopt;
    }
    // The form prints the tables in template order: its value cells take the figures in that
    // order, table by table.
    QList<QList<const PrintedCell*>> figures(3);
    for (const PrintedBlock& block : plan.tables.table2) {
        for (const PrintedRow& row : block.rows) {
            for (const PrintedCell& cell : row.cells) {
                figures[0].append(&cell);
            }
        }
    }
    for (const PrintedRow& row : plan.tables.table3.rows) {
        for (const PrintedCell& cell : row.cells) {
            figures[1].append(&cell);
        }
    }
    for (const PrintedRow& row : plan.tables.table4.rows) {
        for (const PrintedCell& cell : row.cells) {
            figures[2].append(&cell);
        }
    }
    for (auto& [name, content] : *entries) {
        if (name != QLatin1String("word/document.xml")) {
            continue;
        }
        QString xml = QString::fromUtf8(content);
        static const QRegularExpression tablePattern(
            QStringLiteral("<w:tbl>.*?</w:tbl>"), QRegularExpression::DotMatchesEverythingOption);
        QString out;
        qsizetype last = 0;
        int index = 0;
        for (const QRegularExpressionMatch& match : tablePattern.globalMatch(xml)) {
            out += xml.mid(last, match.capturedStart() - last);
            out += index < figures.size() ? filledTable(match.captured(0), figures[index])
                                          : match.captured(0);
            last = match.capturedEnd();
            ++index;
        }
        xml = out + xml.mid(last);
        xml.replace(QStringLiteral(">政府信息公开工作年度报告格式模板<"),
                    u'>' + escapedXml(plan.title) + u'<');
        const QStringList prose = {
            plan.narrative.overview.isEmpty() ? QString() : plan.narrative.overview.first().text,
            plan.narrative.problems.isEmpty() ? QString() : plan.narrative.problems.first().text,
            plan.narrative.otherMatters.isEmpty() ? QString()
                                                  : plan.narrative.otherMatters.first().text};
        int placeholder = 0;
        static const QRegularExpression description(QStringLiteral(">（文字描述[^<]*）<"));
        while (placeholder < prose.size()) {
            const QRegularExpressionMatch match = description.match(xml);
            if (!match.hasMatch()) {
                break;
            }
            xml.replace(match.capturedStart(), match.capturedLength(),
                        u'>' + escapedXml(prose.at(placeholder++)) + u'<');
        }
        content = xml.toUtf8();
    }
    return zipEntries(*entries);
}

} // namespace nianbao::synth
