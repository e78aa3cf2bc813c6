#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {
class ReportTemplate;
}

namespace nianbao::test {

/// One cell of a table as an author draws it: its text ("\n" where the author breaks the
/// line) and how far it reaches.
struct LayoutCell {
    QString text;
    int rowSpan = 1;
    int columnSpan = 1;
};

using LayoutRow = QList<LayoutCell>;

/// A paragraph, or a table (rows of cells with their spans) when `rows` is not empty.
struct LayoutBlock {
    QString paragraph;
    QList<LayoutRow> rows;

    [[nodiscard]] bool isTable() const { return !rows.isEmpty(); }
};

/// A whole report as its author lays it out: title, narrative parts, and the three official
/// tables with the merged cells the official forms have (三、本年度办理结果 down the side of
/// the results, 法人或其他组织 over five columns, table 4's three header rows). Tests render
/// it as HTML, Word and PDF and read it back.
struct ReportLayout {
    QString templateId;
    QString title;
    QList<LayoutBlock> blocks;
    /// Every official cell's key and the value it shows.
    QHash<QString, double> values;
    QStringList keys;
};

/// A laid-out table placed on its grid the way HTML places cells: each cell at the first
/// free slot of its row, slots under a row span taken. Written independently of the
/// product's TableGrid so that the two check each other.
struct PlacedTable {
    struct Placed {
        int row = 0;
        int column = 0;
        LayoutCell cell;
    };
    int rowCount = 0;
    int columnCount = 0;
    QList<Placed> cells;
    /// For every slot, the index in `cells` of the cell covering it, or -1.
    QList<QList<int>> owner;

    /// The rows as the extractor's TabRows shape prints them: each cell's text at its
    /// top-left slot, empty fields where it spans.
    [[nodiscard]] QStringList tabRows() const;
};

PlacedTable placeTable(const QList<LayoutRow>& rows);

/// Consistent figures for every default cell of a template (the hard rules of tables.md
/// hold), from the report generator. Deterministic for a seed.
QHash<QString, double> sampleFigures(const ReportTemplate& format, quint32 seed);

/// The report laid out as the official forms print it, on `year` (0: the last year the
/// format covers, or 2023).
ReportLayout officialLayout(const ReportTemplate& format, const QHash<QString, double>& values,
                            const QString& agency = QStringLiteral("示例市示例区数据资源管理局"),
                            int year = 0);

/// A value as the report prints it: counts as integers, money with the decimals it has.
QString printedValue(const ReportTemplate& format, const QString& key, double value);

} // namespace nianbao::test
