#include "documents/readlimits.h"
#include "documents/zippackage.h"
#include "supervision/coverage/publicationdate.h"

#include <QRegularExpression>

namespace nianbao::supervision {

namespace {

/// The first yyyy-mm-dd (or yyyy/mm/dd, yyyymmdd) of a metadata value.
QDate metadataDate(const QString& value)
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\d{4})[-/.年]?(\\d{2})[-/.月]?(\\d{2})"));
    const QRegularExpressionMatch match = pattern.match(value);
    return match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                                    match.captured(3).toInt())
                            : QDate();
}

bool plausible(const QDate& date, std::optional<int> reportYear)
{
    if (!date.isValid()) {
        return false;
    }
    if (!reportYear) {
        return date.year() >= 2008 && date.year() <= 2100;
    }
    return date > QDate(*reportYear, 12, 31) && date.year() <= *reportYear + 3;
}

/// Web pages: the publishing systems' <meta> names for the publication time.
std::optional<std::pair<QDate, QString>> htmlDate(const QByteArray& bytes)
{
    // The names are ASCII, and so are the dates: Latin-1 reads them whatever the page's
    // encoding.
    const QString page = QString::fromLatin1(bytes.left(256 * 1024));
    static const QRegularExpression meta(
        QStringLiteral("<meta\\s[^>]*(?:name|property)\\s*=\\s*[\"']?(PubDate|publishdate|"
                       "publish_date|pubtime|firstpublishedtime|dc\\.date|dcterms\\.issued|"
                       "article:published_time)[\"']?[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression content(QStringLiteral("content\\s*=\\s*[\"']([^\"']*)[\"']"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (auto it = meta.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch tag = it.next();
        const QRegularExpressionMatch value = content.match(tag.captured(0));
        if (value.hasMatch()) {
            const QDate date = metadataDate(value.captured(1));
            if (date.isValid()) {
                return std::pair(date, tag.captured(1));
            }
        }
    }
    return std::nullopt;
}

/// Word files: when the file was made (docProps/core.xml).
std::optional<std::pair<QDate, QString>> docxDate(const QByteArray& bytes)
{
    Result<ZipPackage> package = ZipPackage::open(bytes, ReadLimits{});
    const QString part = QStringLiteral("docProps/core.xml");
    if (!package || !package->contains(part)) {
        return std::nullopt;
    }
    const Result<QByteArray> core = package->read(part);
    if (!core) {
        return std::nullopt;
    }
    static const QRegularExpression created(
        QStringLiteral("<dcterms:created[^>]*>([^<]*)</dcterms:created>"));
    const QRegularExpressionMatch match = created.match(QString::fromUtf8(*core));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return std::pair(metadataDate(match.captured(1)), QStringLiteral("dcterms:created"));
}

/// PDFs: the /CreationDate of the document information dictionary, where it is not inside a
/// compressed object stream (PDF writers leave it outside).
std::optional<std::pair<QDate, QString>> pdfDate(const QByteArray& bytes)
{
    static const QRegularExpression creation(
        QStringLiteral("^/CreationDate\\s*\\(D:(\\d{4})(\\d{2})(\\d{2})"));
    for (qsizetype at = bytes.indexOf("/CreationDate"); at >= 0;
         at = bytes.indexOf("/CreationDate", at + 1)) {
        const QRegularExpressionMatch match =
            creation.match(QString::fromLatin1(bytes.mid(at, 40)));
        if (match.hasMatch()) {
            return std::pair(QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                                   match.captured(3).toInt()),
                             QStringLiteral("CreationDate"));
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<PublicationDate> publicationDateInFile(const QByteArray& bytes,
                                                     std::optional<int> reportYear)
{
    std::optional<std::pair<QDate, QString>> found;
    if (bytes.startsWith("%PDF")) {
        found = pdfDate(bytes);
    } else if (bytes.startsWith(QByteArrayView("PK\x03\x04", 4))) {
        found = docxDate(bytes);
    } else {
        found = htmlDate(bytes);
    }
    if (!found || !plausible(found->first, reportYear)) {
        return std::nullopt;
    }
    return PublicationDate{found->first, DateSource::FileMetadata, std::nullopt, found->second};
}

} // namespace nianbao::supervision
