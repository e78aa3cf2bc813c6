#include "documents/documentformat.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

/// PDF allows junk before its header; readers look in the first kilobyte.
constexpr qsizetype pdfHeaderWindow = 1024;

bool hasExtension(QStringView fileName, QLatin1String extension)
{
    return fileName.endsWith(extension, Qt::CaseInsensitive);
}

/// The content after a UTF-8 byte-order mark and leading white space.
QByteArrayView skipLeadingSpace(QByteArrayView content)
{
    if (content.startsWith("\xEF\xBB\xBF")) {
        content = content.sliced(3);
    }
    qsizetype i = 0;
    while (i < content.size() &&
           (content[i] == ' ' || content[i] == '\t' || content[i] == '\n' || content[i] == '\r')) {
        ++i;
    }
    return content.sliced(i);
}

bool startsWithCaseInsensitive(QByteArrayView content, QByteArrayView prefix)
{
    return content.size() >= prefix.size() &&
           content.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool looksLikeHtml(QByteArrayView content)
{
    const QByteArrayView start = skipLeadingSpace(content);
    return startsWithCaseInsensitive(start, "<!doctype html") ||
           startsWithCaseInsensitive(start, "<html");
}

} // namespace

QString formatId(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Text:
        return QStringLiteral("text");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    case DocumentFormat::Docx:
        return QStringLiteral("docx");
    case DocumentFormat::Doc:
        return QStringLiteral("doc");
    case DocumentFormat::Wps:
        return QStringLiteral("wps");
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString formatDisplayName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Text:
        return QCoreApplication::translate("nianbao::DocumentFormat", "plain text");
    case DocumentFormat::Html:
        return QStringLiteral("HTML");
    case DocumentFormat::Docx:
        return QStringLiteral("Word (.docx)");
    case DocumentFormat::Doc:
        return QStringLiteral("Word (.doc)");
    case DocumentFormat::Wps:
        return QStringLiteral("WPS");
    case DocumentFormat::Pdf:
        return QStringLiteral("PDF");
    }
    return {};
}

DocumentFormat sniffFormat(QByteArrayView content, QStringView fileName)
{
    if (content.first(std::min(content.size(), pdfHeaderWindow)).indexOf("%PDF-") >= 0) {
        return DocumentFormat::Pdf;
    }
    if (content.startsWith("PK\x03\x04")) {
        return DocumentFormat::Docx;
    }
    if (content.startsWith("\xD0\xCF\x11\xE0")) {
        return hasExtension(fileName, QLatin1String(".wps")) ? DocumentFormat::Wps
                                                             : DocumentFormat::Doc;
    }
    if (looksLikeHtml(content) || hasExtension(fileName, QLatin1String(".htm")) ||
        hasExtension(fileName, QLatin1String(".html"))) {
        return DocumentFormat::Html;
    }
    return DocumentFormat::Text;
}

} // namespace nianbao
