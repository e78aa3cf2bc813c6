#pragma once

#include "reportlayout.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace nianbao::test {

struct DocxOptions {
    /// Split every text over several runs, a figure in the middle ("1" + "016.72") with
    /// proofing marks and bookmarks between the runs, as Word leaves them after edits.
    bool splitRuns = true;
};

/// The report as a Word .docx: w:tbl tables with w:gridSpan and w:vMerge for merged cells.
QByteArray docxFile(const ReportLayout& layout, const DocxOptions& options = {});

/// A .docx holding these body paragraphs only.
QByteArray docxWithParagraphs(const QStringList& paragraphs);

/// A .docx whose word/document.xml is `documentXml`, as given.
QByteArray docxWithDocumentXml(const QByteArray& documentXml);

/// A ZIP archive of the given entries (name, content), deflated.
QByteArray zipArchive(const QList<QPair<QString, QByteArray>>& entries);

} // namespace nianbao::test
