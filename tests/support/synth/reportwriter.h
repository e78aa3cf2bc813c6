#pragma once

#include "synth/printedtables.h"
#include "synth/reportgenerator.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace nianbao::synth {

/// How many terminal columns a text takes (CJK and full-width forms take two), as
/// pdftotext -layout aligns them.
int displayWidth(QStringView text);

/// Accumulates a report's text and remembers where each cell was printed, so that the
/// generated report can say exactly what a perfect extractor finds and where.
class ReportWriter {
public:
    void write(QStringView text);
    /// Writes a cell's printed text (nothing for a blank cell) and records it.
    void write(const PrintedCell& cell);
    void newline(int count = 1);
    void spaces(int count);
    /// Pads the current line with spaces up to a display column.
    void padTo(int column);

    /// Display width of the current line so far.
    [[nodiscard]] int column() const;
    [[nodiscard]] int lineCount() const { return m_lines; }
    [[nodiscard]] bool atLineStart() const;
    [[nodiscard]] QChar lastChar() const;

    /// Marks a cell as admitting another reading in this shape.
    void markUncertain(const QString& key);

    /// Fills the report's text, printed forms, spans and uncertain cells.
    void finishInto(GeneratedReport& report) const;

private:
    QString m_text;
    QHash<QString, QString> m_printed;
    QHash<QString, qsizetype> m_starts; ///< UTF-16 offsets of non-blank cells
    QStringList m_uncertain;
    qsizetype m_lineStart = 0;
    int m_lines = 0;
};

} // namespace nianbao::synth
