#include "synth/reportwriter.h"

namespace nianbao::synth {

int displayWidth(QStringView text)
{
    int width = 0;
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        // East Asian wide and full-width characters; half-width forms (U+FF61…) stay narrow.
        const bool wide =
            (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
            (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
            (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
            (code >= 0xFFE0 && code <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

void ReportWriter::write(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++m_lines;
            m_lineStart = m_text.size() + i + 1;
        }
    }
    m_text.append(text);
}

void ReportWriter::write(const PrintedCell& cell)
{
    m_printed.insert(cell.key, cell.text);
    if (!cell.text.isEmpty()) {
        m_starts.insert(cell.key, m_text.size());
        write(cell.text);
    }
}

void ReportWriter::newline(int count)
{
    for (int i = 0; i < count; ++i) {
        write(u"\n");
    }
}

void ReportWriter::spaces(int count)
{
    if (count > 0) {
        write(QString(count, u' '));
    }
}

void ReportWriter::padTo(int target)
{
    spaces(target - column());
}

int ReportWriter::column() const
{
    return displayWidth(QStringView(m_text).mid(m_lineStart));
}

bool ReportWriter::atLineStart() const
{
    return m_lineStart == m_text.size();
}

QChar ReportWriter::lastChar() const
{
    return m_text.isEmpty() ? QChar() : m_text.back();
}

void ReportWriter::markUncertain(const QString& key)
{
    if (!m_uncertain.contains(key)) {
        m_uncertain.append(key);
    }
}

void ReportWriter::finishInto(GeneratedReport& report) const
{
    report.text = m_text;
    report.uncertain = m_uncertain;
    // Spans count code points (the CLI contract); the text is mostly BMP, but stay exact.
    std::vector<qsizetype> surrogatesBefore(m_text.size() + 1, 0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        surrogatesBefore[i + 1] = surrogatesBefore[i] + (m_text.at(i).isLowSurrogate() ? 1 : 0);
    }
    for (auto it = m_printed.constBegin(); it != m_printed.constEnd(); ++it) {
        if (!report.expected.contains(it.key()) && !report.extras.contains(it.key())) {
            continue; // a blanked non-official figure
        }
        report.printed.insert(it.key(), it.value());
        const auto start = m_starts.constFind(it.key());
        if (start != m_starts.constEnd()) {
            const qsizetype begin = *start - surrogatesBefore[*start];
            const qsizetype end = *start + it.value().size();
            report.spans.insert(it.key(), Span{begin, end - surrogatesBefore[end]});
        }
    }
}

} // namespace nianbao::synth
