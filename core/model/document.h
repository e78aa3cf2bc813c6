#pragma once

#include "model/sourcetable.h"
#include "model/span.h"

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {

/// Where a stretch of text sits on a rendered page (PDF and OCR sources).
struct PageBox {
    int page = 0; ///< 0-based page number
    QRectF box;   ///< in PDF points, origin top-left
    Span span;    ///< the text it holds, in code points of Document::text
};

/// A report as read from a file: the plain text the extractor works on, plus how it was read.
/// `text` is exactly what `nianbao-cli text FILE` prints; every span points into it.
struct Document {
    QString fileName; ///< as given by the user (for messages and provenance)
    QString format;   ///< "text", "html", "docx", "pdf", "doc", "wps"
    QString encoding; ///< "UTF-8", "UTF-16LE", "GB18030", ... (source encoding)
    QString text;
    std::vector<PageBox> pageBoxes; ///< empty unless the source has pages
    /// The tables whose cells the source keeps apart, in reading order (see SourceTable);
    /// empty for sources with no such structure (web text, pdftotext output).
    std::vector<SourceTable> tables;
    /// Things the reader noticed that the user should know (e.g. "read with OCR").
    QStringList notices;
    /// True when some of the text came from OCR or a damaged text layer: lowers confidence.
    bool lowQualityText = false;
    /// The file ends in the middle of a character, which was left out: it was cut short
    /// (a download or a copy that stopped), and its end may be missing.
    bool truncated = false;

    /// Code point offset of a UTF-16 offset into `text`.
    [[nodiscard]] qsizetype codePointAt(qsizetype utf16Offset) const;
    /// UTF-16 offset of a code point offset into `text`.
    [[nodiscard]] qsizetype utf16At(qsizetype codePointOffset) const;
    /// The text of a span.
    [[nodiscard]] QString textOf(Span span) const;
    /// The page box holding a span's start, if the source has pages.
    [[nodiscard]] std::optional<PageBox> pageBoxAt(Span span) const;

private:
    void buildOffsetTable() const;
    /// utf16 offsets of every code point that follows a surrogate pair; empty for BMP-only text.
    mutable std::vector<qsizetype> m_surrogateEnds;
    mutable bool m_offsetsBuilt = false;
};

} // namespace nianbao
