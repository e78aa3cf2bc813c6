#pragma once

#include "common/error.h"
#include "model/span.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

class ReportTemplate;

namespace synth {

/// The text shapes real reports arrive in (see tests/data/seeds and tables.md).
enum class Shape {
    CellPerLine, ///< one cell per line, blank lines between rows, merged cells as empty lines
                 ///< (seeds 000, 002)
    TabRows,  ///< a row per line, tab-separated, merged cells collapsed, columns shifted (001, 003)
    Markdown, ///< markdown headings, PDF/OCR noise inside labels, labels broken across lines (004)
    Glued,    ///< web innerText: a row's cells run together with no separator (real 002–008)
    Layout,  ///< pdftotext -layout: columns aligned with spaces, wrapped labels, page footers (real
             ///< 009)
    PdfText, ///< plain pdftotext: a cell per line, labels of merged or wrapped cells printed
             ///< after their figures (real 011)
};

/// "cell-per-line", "tab-rows", "markdown", "glued", "layout", "pdftotext" (stable, for file
/// names and command lines).
QString shapeName(Shape shape);
std::optional<Shape> shapeFromName(QStringView name);
QList<Shape> allShapes();

/// Which difficulties a generated report includes. Each one is something real reports do.
/// A difficulty that is on is applied to some of the cells or labels it can apply to, and
/// only where the shape can show it recoverably (no blanks in Glued or Layout, say).
struct Difficulties {
    bool aliases =
        false; ///< label variants: 社会组织, 国家机密, 本年废纸件数, 以获取, 结转下半年度 …
    bool zeroMarks = false;       ///< "无", "-", "—", "/" printed for zero (expected value 0)
    bool fullWidthDigits = false; ///< １２ for 12, U+3000 spaces
    bool thousands = false;       ///< 1,234
    bool notesInCells = false;    ///< 22（其中修订16件）, units such as 件
    bool subtotals = false; ///< non-official subtotal rows ((三)不予公开 with figures) or a
                            ///< 法人或其他组织 subtotal column
    bool blanks = false;    ///< a few cells left blank (expected value null)
    bool table4OneLine = false; ///< table 4 as one line of 15 numbers after the header words
    bool labelNoise = false;    ///< noise characters inside labels and labels broken across lines
    bool collapsedOther =
        false; ///< (六)其他处理 printed in the other format's form (2019/2021 mixture)

    static Difficulties none() { return {}; }
    static Difficulties all();
    /// Each difficulty on with probability one half.
    static Difficulties random(QRandomGenerator& random);
    /// "aliases,zero-marks,…" (for messages and file names); "none" when nothing is on.
    [[nodiscard]] QString describe() const;

    friend bool operator==(const Difficulties&, const Difficulties&) = default;
};

/// Options for one generated report.
struct GeneratorOptions {
    QString templateId = QStringLiteral("2021");
    Shape shape = Shape::TabRows;
    Difficulties difficulties;
    /// Realistic non-zero figures (most bodies get few requests, some many) rather than
    /// uniformly small random ones.
    bool realistic = true;
    /// Realistic figures for a body with something in every table (requests, decisions,
    /// documents): the bundled samples, whose charts need figures to show.
    bool busy = false;
    QString agency;          ///< empty: a generated agency name
    std::optional<int> year; ///< empty: a year the template covers
    /// A line printed above the title, e.g. one saying the report is generated.
    QString preamble;
    /// Prose from the independent writer (writeIndependentNarrative) instead of the
    /// fixed-choice one: two reports then share no more than two bodies' prose does, so
    /// copied-text tests can plant copies among them.
    bool independentNarrative = false;
};

/// A generated report: its text and the cells a perfect extractor returns for it.
struct GeneratedReport {
    QString text;
    QString templateId;
    Shape shape = Shape::TabRows;
    Difficulties difficulties;
    QString agency;
    int year = 0;
    /// "<agency><year>年政府信息公开工作年度报告". Shapes that print the agency on a line of
    /// its own, or a space after the year, print it with whitespace inside.
    QString title;
    /// The six part headings as printed (一、总体情况 … 六、其他需要报告的事项), in order.
    QStringList headings;
    /// Every cell of the report's cell set (template default, or the mixture's form of
    /// (六)其他处理), keyed like tables.md: the value the extractor must return, null for a
    /// blank cell. Zero marks (无, -, —, /) count as 0.
    QHash<QString, std::optional<double>> expected;
    /// Keys in the order of the template.
    QStringList keys;
    /// The text printed for each cell ("" for blank) and each extra, as it appears in `text`.
    QHash<QString, QString> printed;
    /// Where each printed cell and extra sits in `text` ([start, end) in code points, as the
    /// CLI's spans); blank cells have none. Generated text has no characters outside the
    /// BMP, so these are UTF-16 offsets too: text.mid(span) == printed.
    QHash<QString, Span> spans;
    /// Cells whose printed form admits more than one reading in this shape (digits of
    /// neighbouring cells glued together, say): a correct extractor may flag them (low
    /// confidence and an "extract.*" finding naming them) instead of returning the value.
    /// Every other cell must come back exactly. Non-official figures (extras) in such a row
    /// are listed too.
    QStringList uncertain;
    /// Figures the report prints that are not official cells, keyed like Report::extras:
    /// a group's subtotal row ("t3.denied.subtotal.natural") or a 法人或其他组织 subtotal
    /// column ("t3.new.org_subtotal"). Each is the sum it claims to be.
    QHash<QString, double> extras;
};

/// Consistent figures for one report: every hard rule of tables.md holds.
struct TableValues {
    QHash<QString, double> values; ///< every cell of the cell set
    QStringList keys;
};

/// Renders random, consistent reports of any bundled format in any shape. Deterministic for
/// a given seed, so failures reproduce.
class ReportGenerator {
public:
    explicit ReportGenerator(quint64 seed);

    /// Random figures that satisfy every hard rule of the template (sums, domains).
    TableValues consistentValues(const ReportTemplate& format, bool realistic,
                                 bool collapsedOther = false);
    /// A report built around given figures (for cross-year series). A cell of the cell set
    /// that `values` lacks is printed blank (expected null).
    GeneratedReport render(const ReportTemplate& format, const TableValues& values,
                           const GeneratorOptions& options);
    /// consistentValues + render. `options.templateId` must name a bundled template (an
    /// unknown one gives an empty report); tryGenerate says what is wrong instead.
    GeneratedReport generate(const GeneratorOptions& options);
    /// generate, after checking the options: an unknown template or a year before any
    /// template's first year is an error naming it.
    Result<GeneratedReport> tryGenerate(const GeneratorOptions& options);

    /// A body's reports over consecutive years, carrying over figures so that the
    /// cross-year rules hold (carried_over(Y) = carried_forward(Y-1), in_force chain).
    /// Each year uses the bundled template for that year (2019 format up to 2020);
    /// options.templateId and options.year are ignored. Years no template covers are
    /// left out.
    QList<GeneratedReport> series(const QString& agency, int firstYear, int years,
                                  const GeneratorOptions& options);

    QRandomGenerator& random() { return m_random; }

private:
    QRandomGenerator m_random;
};

} // namespace synth
} // namespace nianbao
