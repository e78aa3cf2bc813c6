#include "noticewriter/noticedocx.h"

#include "noticewriter/noticehtml.h"
#include "supervision/notice/noticebuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace nianbao::supervision {

namespace {

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>)";

constexpr const char* kRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString hex(const QColor& color)
{
    return color.name().mid(1).toUpper();
}

/// A run of text; `size` in half-points (Word's unit), 0 for the default.
QString run(const QString& text, bool bold = false, int size = 0, const QString& fill = {})
{
    QString properties = QStringLiteral("<w:rFonts w:ascii=\"Times New Roman\" "
                                        "w:eastAsia=\"SimSun\" w:hAnsi=\"Times New Roman\"/>");
    if (bold) {
        properties += QStringLiteral("<w:b/>");
    }
    if (size > 0) {
        properties += QStringLiteral("<w:sz w:val=\"%1\"/>").arg(size);
    }
    if (!fill.isEmpty()) {
        properties +=
            QStringLiteral("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%1\"/>").arg(fill);
    }
    return QStringLiteral("<w:r><w:rPr>%1</w:rPr><w:t xml:space=\"preserve\">%2</w:t></w:r>")
        .arg(properties, escaped(text));
}

QString paragraph(const QString& runs, const QString& align = {})
{
    const QString properties =
        align.isEmpty() ? QString()
                        : QStringLiteral("<w:pPr><w:jc w:val=\"%1\"/></w:pPr>").arg(align);
    return QStringLiteral("<w:p>%1%2</w:p>").arg(properties, runs);
}

QString table(const NoticeTable& table)
{
    QString xml = paragraph(run(table.title, true));
    xml += QStringLiteral(
        "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
        "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
        "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
        "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
        "</w:tblBorders></w:tblPr>");
    for (const std::vector<NoticeCell>& row : table.rows) {
        xml += QStringLiteral("<w:tr>");
        for (const NoticeCell& cell : row) {
            QString properties;
            if (cell.severity) {
                properties = QStringLiteral("<w:shd w:val=\"clear\" w:color=\"auto\" "
                                            "w:fill=\"%1\"/>")
                                 .arg(hex(severityPaint(*cell.severity)));
            } else if (cell.header) {
                properties =
                    QStringLiteral("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/>");
            }
            xml +=
                QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr>%2</w:tc>")
                    .arg(properties, paragraph(run(cell.text, false, 14),
                                               cell.header ? QString() : QStringLiteral("right")));
        }
        xml += QStringLiteral("</w:tr>");
    }
    return xml + QStringLiteral("</w:tbl>");
}

QString documentXml(const Notice& notice)
{
    const bool zh = notice.chinese;
    QString body = paragraph(run(notice.title, true, 32), QStringLiteral("center"));
    body += paragraph(run(notice.introduction));
    for (const NoticeSection& section : notice.sections) {
        body += paragraph(
            run(noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "%1, annual report for %2"), zh)
                    .arg(section.agency,
                         section.year ? QString::number(*section.year) : QStringLiteral("?")),
                true, 28));
        body += paragraph(
            run(noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "File: %1 (report %2)"), zh)
                    .arg(section.file, section.reportId)));
        if (section.items.empty()) {
            body += paragraph(run(noticeText(
                QT_TRANSLATE_NOOP("nianbao::Notice", "Nothing to correct was found."), zh)));
        }
        int number = 0;
        for (const NoticeItem& item : section.items) {
            QString runs = run(QStringLiteral("%1. ").arg(++number));
            runs +=
                run(QStringLiteral("[%1 · %2]")
                        .arg(noticeSeverityName(item.severity, zh), noticeKindName(item.kind, zh)),
                    true, 0, hex(severityPaint(item.severity)));
            runs += run(QLatin1Char(' ') + item.message);
            body += paragraph(runs);
            if (!item.cellNames.isEmpty()) {
                body +=
                    paragraph(run(noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Cells: %1"), zh)
                                      .arg(item.cellNames.join(zh ? QStringLiteral("；")
                                                                  : QStringLiteral("; ")))));
            }
            if (!item.passage.isEmpty()) {
                body += paragraph(
                    run(noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "Your report:"), zh) +
                        QLatin1Char(' ')) +
                    run(item.passage, false, 0, QStringLiteral("FBE3A1")));
                body += paragraph(
                    run(noticeText(QT_TRANSLATE_NOOP("nianbao::Notice", "The other report:"), zh) +
                        QLatin1Char(' ')) +
                    run(item.otherPassage, false, 0, QStringLiteral("FBE3A1")));
            }
        }
        for (const NoticeTable& painted : section.tables) {
            body += table(painted);
        }
    }
    body += paragraph(run(QLocale(zh ? QLocale::Chinese : QLocale::English)
                              .toString(notice.date, QLocale::LongFormat)),
                      QStringLiteral("right"));
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
               "main\"><w:body>%1<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar "
               "w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\"/></w:sectPr>"
               "</w:body></w:document>")
        .arg(body);
}

bool addEntry(QuaZip& zip, const QString& name, const QByteArray& bytes)
{
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        return false;
    }
    const bool written = entry.write(bytes) == bytes.size();
    entry.close();
    return written && entry.getZipError() == 0;
}

} // namespace

QByteArray noticeDocx(const Notice& notice)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            return {};
        }
        const bool written =
            addEntry(zip, QStringLiteral("[Content_Types].xml"), kContentTypes) &&
            addEntry(zip, QStringLiteral("_rels/.rels"), kRelationships) &&
            addEntry(zip, QStringLiteral("word/document.xml"), documentXml(notice).toUtf8());
        zip.close();
        if (!written || zip.getZipError() != 0) {
            return {};
        }
    }
    return buffer.data();
}

Result<void> writeNoticeDocx(const Notice& notice, const QString& path)
{
    const QByteArray bytes = noticeDocx(notice);
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Io, QCoreApplication::translate(
                                       "nianbao::Notice", "the Word document could not be made"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Notice", "cannot write the file: %1")
                        .arg(file.errorString()));
    }
    return {};
}

} // namespace nianbao::supervision
