#pragma once

#include "model/span.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace nianbao::supervision {

/// Where a report's publication date was found, most trusted first.
enum class DateSource {
    Reviewer, ///< set by a reviewer
    Label,    ///< a labelled date in the text: 发布日期：…, 发布时间：…, 时间：…
    TitleLine,    ///< a date on a line of its own near the title (web pages print one)
    ClosingLine,  ///< a date on a line of its own at the end, under the body's name
    DocumentDate, ///< the document's own date (成文日期, 印发日期): a lower bound
    FileMetadata, ///< the file's metadata: a web page's PubDate, a Word file's or a PDF's date
};

/// "reviewer", "label", "title_line", "closing_line", "document_date", "file_metadata".
QString dateSourceCode(DateSource source);

/// A publication date and where it was read.
struct PublicationDate {
    QDate date;
    DateSource source = DateSource::Label;
    /// Where the date is printed in the text (code points), for text sources.
    std::optional<Span> span;
    /// The label or metadata field it came with ("发布时间", "PubDate"), if any.
    QString label;

    friend bool operator==(const PublicationDate&, const PublicationDate&) = default;
};

/// The publication date a report's text gives, if it gives one: a labelled date (发布日期,
/// 发布时间, 公开日期, 发布于; then 时间, 日期; then 成文日期, 印发日期, 发文日期 as the
/// document's own date), else a line near the title or at the end that is a date and nothing
/// else. Dates in Arabic or Chinese numerals (2024年1月31日, 2024-01-31, 二〇二四年一月三十一日),
/// full-width or spaced out as PDF text has them. With the report's year known, a date must
/// fall in that year or the three after it, and an unlabelled one after the year's end —
/// so the statistics period (自2023年1月1日起至2023年12月31日止) is never taken.
std::optional<PublicationDate> publicationDateInText(QStringView text,
                                                     std::optional<int> reportYear = {});

/// The date a file's metadata gives: a web page's <meta name="PubDate"> (and the other names
/// publishing systems use), a Word file's docProps/core.xml dcterms:created, a PDF's
/// /CreationDate. Kept as a hint: a file may be made long before it is published.
std::optional<PublicationDate> publicationDateInFile(const QByteArray& bytes,
                                                     std::optional<int> reportYear = {});

/// The best of the dates found: the most trusted source (a reviewer's over the text's over the
/// file's).
std::optional<PublicationDate> bestPublicationDate(std::optional<PublicationDate> first,
                                                   std::optional<PublicationDate> second);

} // namespace nianbao::supervision
