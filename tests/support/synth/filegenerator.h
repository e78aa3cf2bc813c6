#pragma once

#include "synth/reportgenerator.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao::synth {

/// The shapes in which a report's tables keep their cells apart.
enum class FileShape {
    WordHtml,       ///< a web page pasted from Word (real 008.html)
    Docx,           ///< a Word file written from scratch
    OfficialDocx,   ///< the official blank 2021 form filled in (a Word file)
    MarkdownTables, ///< Markdown pipe tables as PDF/OCR converters write them
    TabGrid,        ///< tab-separated rows, the same number of fields in every row of a table
};

/// "word-html", "docx", "official-docx", "markdown-tables", "tab-grid".
QString fileShapeName(FileShape shape);
std::optional<FileShape> fileShapeFromName(QStringView name);
QList<FileShape> allFileShapes();

/// A generated file and what a perfect extractor returns for it. `report.text` is the file's
/// text for the text shapes, empty for the others; `report.spans` is empty (the positions are
/// those of the text the reader makes): a cell's raw text is `report.printed`.
struct GeneratedFile {
    FileShape shape = FileShape::WordHtml;
    QString fileName;
    QByteArray bytes;
    GeneratedReport report;
    /// Made from the official form (OfficialDocx when the form was found); false when the
    /// form was missing and the file was written from scratch instead.
    bool fromOfficialForm = false;
};

/// Renders random, consistent reports as files of the structured shapes, each with many
/// variations of its class (layouts, markup habits, spans, splits, headers). Deterministic
/// for a seed.
class FileGenerator {
public:
    /// `officialFormPath`: the blank 2021 form (../shared/real/blank-2021-template.docx);
    /// OfficialDocx falls back to Docx without it.
    explicit FileGenerator(quint64 seed, QString officialFormPath = {});

    GeneratedFile generate(FileShape shape, const GeneratorOptions& options);

    QRandomGenerator& random() { return m_generator.random(); }

private:
    ReportGenerator m_generator;
    QString m_officialFormPath;
};

} // namespace nianbao::synth
