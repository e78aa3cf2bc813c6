#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao::cli {

/// How many terminal columns a text takes: East Asian wide and full-width characters take
/// two, combining marks none, everything else one.
int displayWidth(QStringView text);

/// A table for people to read in a terminal: a header line and rows, each column as wide as
/// its widest entry. Widths are counted in terminal columns, so that Chinese agency names
/// line up with the numbers beside them.
class TextTable {
public:
    enum class Align { Left, Right };
    struct Column {
        QString header;
        Align align = Align::Left;
    };

    explicit TextTable(std::vector<Column> columns);

    /// A row with one entry per column (missing entries are blank, extra ones are dropped).
    void addRow(QStringList entries);
    /// Every line ends with a line break and carries no trailing spaces.
    [[nodiscard]] QString render() const;

private:
    [[nodiscard]] QString renderLine(const QStringList& entries,
                                     const std::vector<int>& widths) const;

    std::vector<Column> m_columns;
    std::vector<QStringList> m_rows;
};

} // namespace nianbao::cli
