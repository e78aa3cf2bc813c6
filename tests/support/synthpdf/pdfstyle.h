#pragma once

#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace nianbao::synth {

/// The kinds of published PDF the generator makes.
enum class PdfShape {
    Ruled,   ///< a word processor's PDF, tables drawn with all their borders
    Unruled, ///< tables drawn without borders, or with only a frame and a rule under the header
    Scan,    ///< ruled pages printed, scanned (skewed, blurred, specked) and saved as images
};

/// "pdf-ruled", "pdf-unruled", "pdf-scan" (stable, for messages and file names).
QString pdfShapeName(PdfShape shape);
std::optional<PdfShape> pdfShapeFromName(QStringView name);

/// How one report's PDF is laid out, chosen once per report as one author (and one word
/// processor) lays out a whole report. Everything here is something published reports do.
struct PdfStyle {
    enum class Borders {
        All,   ///< every cell ruled
        None,  ///< no rule at all
        Frame, ///< a rule above and below the table and under its header rows
    };
    enum class PageNumbers {
        None,
        Dashed,       ///< - 3 -
        Plain,        ///< 3
        Chinese,      ///< 第3页
        ChineseTotal, ///< 第3页 共5页
        Slash,        ///< 3/5
    };
    enum class RunningHead {
        None,
        Title,      ///< the report's title, small, at the top of every page but the first
        TitleRuled, ///< the same with a rule under it
        Agency,     ///< the body's name
    };

    QString font;          ///< the body's family (Noto Serif or Noto Sans CJK SC)
    double bodySize = 12;  ///< points
    double tableSize = 10; ///< points
    double titleSize = 18; ///< points
    double lineSpacing = 1.5;
    double marginLeft = 72;
    double marginRight = 72;
    double marginTop = 72;
    double marginBottom = 72;
    Borders borders = Borders::All;
    bool shadeItemTitles = false; ///< table-2 item title rows shaded (light blue or grey)
    bool table2AsOneTable = true; ///< one table for all items, or one per item
    bool repeatHeader = false;    ///< a table broken by a page repeats its header rows
    /// A merged cell broken by a page has its text laid over both parts (some lines on each
    /// page); otherwise the text sits in the part on the first page.
    bool splitMergedText = false;
    /// How figures sit in their cells: 0 left, 1 centred, 2 right.
    int figureAlignment = 1;
    PageNumbers pageNumbers = PageNumbers::Dashed;
    bool pageNumberAtRight = false;
    RunningHead runningHead = RunningHead::None;
    /// Extra paragraphs of narrative: moves the tables to other places across page breaks.
    int fillerParagraphs = 0;
    /// Width of table 3's item label column, in ems: narrow columns wrap the labels.
    double itemLabelEms = 12;
    /// Width of table 3's group label column, in ems.
    double groupLabelEms = 5;
    /// Width of the column holding 三、本年度办理结果, in ems: one character a line when narrow.
    double resultsLabelEms = 1.6;

    // Scans only.
    int scanDpi = 200;
    double skewDegrees = 0;
    double blurRadius = 0; ///< pixels
    double speckles = 0;   ///< specks per square inch
    int paperGrey = 255;   ///< the scanned paper's grey level

    static PdfStyle random(QRandomGenerator& random, PdfShape shape);
    /// A few words on the choices, for failure messages.
    [[nodiscard]] QString describe() const;
};

} // namespace nianbao::synth
