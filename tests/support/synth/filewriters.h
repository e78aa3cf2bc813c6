#pragma once

#include "synth/gridlayout.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace nianbao::synth {

struct ReportPlan;

// Writers of the structured shapes: each takes the report laid out as blocks (gridlayout.h)
// and writes it the way one kind of tool does, with that tool's habits chosen at random.

/// A web page pasted from Word: MsoNormal paragraphs, nested spans with mso styles, <o:p>,
/// header words split across spans or paragraphs, vertical labels a character a paragraph,
/// empty cells holding only &nbsp;, Word's sizing row, sometimes a site around the article.
QByteArray wordHtmlPage(const QString& title, const QList<LaidBlock>& blocks,
                        QRandomGenerator& random);

/// A .docx written from scratch: w:tbl with w:gridSpan and w:vMerge, runs split inside
/// figures, a paragraph per line of a cell.
QByteArray docxFromBlocks(const QList<LaidBlock>& blocks, QRandomGenerator& random);

/// The official blank 2021 form (a .docx) with its cells filled in, in the form's own order:
/// table 2's value cells row by row, table 3's, then table 4's fifteen; the title and the
/// "（文字描述）" placeholders replaced by the report's. Empty when the form cannot be read.
std::optional<QByteArray> docxFromOfficialForm(const QString& formPath, const ReportPlan& plan);

/// Markdown as PDF and OCR converters write tables: pipe tables, a table per row or per part,
/// generic or wrong headers over separator lines, merged cells as empty cells, headings
/// repeating row labels, a row's figures on a row of their own below its label.
QString markdownReport(const QList<LaidBlock>& blocks, QRandomGenerator& random);

/// Text whose tables are tab-separated rows with the same number of fields in every row of a
/// table (merged cells as empty fields at their slots), as copied out of a Word table.
QString tabGridReport(const QList<LaidBlock>& blocks, QRandomGenerator& random);

/// A ZIP archive of the given entries, deflated.
QByteArray zipEntries(const QList<QPair<QString, QByteArray>>& entries);

} // namespace nianbao::synth
