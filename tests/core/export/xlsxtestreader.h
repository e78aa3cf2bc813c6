#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::test {

/// One cell of a sheet as the XLSX file stores it.
struct XlsxCell {
    enum class Type { Empty, Number, Text, Boolean };
    Type type = Type::Empty;
    double number = 0;
    QString text; ///< text, or the number/boolean as written in the XML
    /// The cell's fill colour as "RRGGBB" (from styles.xml), empty when unfilled.
    QString fill;
};

struct XlsxSheet {
    QString name;
    /// rows[r][c], 0-based; short rows are padded with empty cells.
    std::vector<std::vector<XlsxCell>> rows;
    /// The sheet's XML, for checks on its view (frozen panes, column widths).
    QByteArray xml;

    [[nodiscard]] const XlsxCell& cell(std::size_t row, std::size_t column) const;
    [[nodiscard]] qsizetype columnOf(const QString& header) const;
};

/// An XLSX file unzipped and its XML read: workbook, relationships, shared strings, styles
/// and sheets. Written independently of libxlsxwriter so that tests check what Excel reads.
struct XlsxBook {
    QStringList sheetNames; ///< in workbook order
    std::vector<XlsxSheet> sheets;

    [[nodiscard]] const XlsxSheet* sheet(const QString& name) const;
};

/// qFatal when the file is no readable workbook.
XlsxBook readXlsx(const QString& path);

} // namespace nianbao::test
