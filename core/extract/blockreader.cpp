#include "extract/blockreader.h"

#include "extract/compacttext.h"
#include "extract/extractionfindings.h"
#include "extract/rowsegments.h"
#include "extract/rowwriter.h"
#include "extract/solvedrow.h"
#include "extract/subtotalcolumn.h"
#include "model/cellkey.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace nianbao::extract {

namespace {
QStringList cellKeys(const TableDef& table, const BlockDef& block, const QString& rowKey)
{
    QStringList keys;
    for (const ColumnDef& column : block.columns) {
        keys.append(cellKey(table.key, rowKey, column.key));
    }
    return keys;
}

int rowIndex(const BlockDef& block, const QString& key)
{
    for (int r = 0; r < block.rows.size(); ++r) {
        if (block.rows.at(r).key == key) {
            return r;
        }
    }
    return -1;
}

/// Which rows the report prints: for groups printed either as one row or item by item
/// ((六)其他处理), the form found; the template's default elsewhere.
QSet<QString> printedRows(const TableDef& table, const BlockDef& block,
                          const std::vector<const FoundLabel*>& found, QStringList* otherForm)
{
    QSet<QString> rows;
    for (const RowDef& row : block.rows) {
        if (!row.alternative) {
            rows.insert(row.key);
        }
    }
    for (const GroupDef& group : table.groups) {
        const int collapsed = rowIndex(block, group.collapsedRow);
        if (collapsed < 0) {
            continue;
        }
        bool detailedFound = false;
        for (const QString& key : group.detailedRows) {
            const int r = rowIndex(block, key);
            detailedFound = detailedFound || (r >= 0 && found[r]);
        }
        // The item rows printed decide; else the single row printed (figures or not); else
        // the format's own form.
        const bool detailedByDefault = block.rows.at(collapsed).alternative;
        const bool detailed = detailedFound || (!found[collapsed] && detailedByDefault);
        if (detailed != detailedByDefault) {
            otherForm->append(group.key);
        }
        if (detailed) {
            rows.remove(group.collapsedRow);
            for (const QString& key : group.detailedRows) {
                rows.insert(key);
            }
        } else {
            rows.insert(group.collapsedRow);
            for (const QString& key : group.detailedRows) {
                rows.remove(key);
            }
        }
    }
    return rows;
}

/// Reads the figures of one table block: labels found, rows solved by their own sums, kept in
/// the reading for the evidence of the whole report to settle.
class BlockReader {
public:
    BlockReader(const QString& text, const ReportTemplate& format, const TableDef& table,
                const BlockDef& block, TableReading& reading)
        : m_text(text)
        , m_format(format)
        , m_table(table)
        , m_block(block)
        , m_reading(reading)
    {
        for (const ColumnSum& sum : rowSums(format, table, block)) {
            m_rowSums.push_back(sum);
        }
    }

    void read(const std::vector<const FoundLabel*>& found, std::vector<RangeContent> content,
              const RangeContent* before, QStringView header, bool glued,
              const std::vector<LabelElement>& elements, int firstElement)
    {
        m_glued = glued;
        QStringList otherForm;
        const QSet<QString> printed = printedRows(m_table, m_block, found, &otherForm);
        for (const QString& groupKey : otherForm) {
            const GroupDef* group = m_table.group(groupKey);
            QStringList keys;
            for (const QString& rowKey : group->detailedRows + QStringList{group->collapsedRow}) {
                if (printed.contains(rowKey)) {
                    keys += cellKeys(m_table, m_block, rowKey);
                }
            }
            m_reading.findings.push_back(
                findings::variantForm(group->label, printed.contains(group->collapsedRow), keys));
        }
        m_subtotal = detectSubtotalColumn(m_block, content, header);

        // Rows not found by label take, in order, the figure groups printed after the last
        // label found before them (a wrong label, or none).
        std::vector<Segment> strays;
        LocalizedText straysAfter = m_block.label;
        if (before) {
            if (before->own.valueCount() > 0) {
                strays.push_back(before->own);
            }
            strays.insert(strays.end(), before->strays.begin(), before->strays.end());
        }
        std::vector<SolvedRow> solved;
        std::vector<Finding> rowFindings;
        for (int r = 0; r < m_block.rows.size(); ++r) {
            const RowDef& row = m_block.rows.at(r);
            if (!printed.contains(row.key)) {
                keepGroupLineSubtotal(row, found[r], content[r]);
                continue;
            }
            const QStringList keys = cellKeys(m_table, m_block, row.key);
            if (found[r]) {
                int missingAfter = 0;
                for (int next = r + 1; next < m_block.rows.size() && !found[next]; ++next) {
                    missingAfter += printed.contains(m_block.rows.at(next).key) ? 1 : 0;
                }
                const int columns = static_cast<int>(m_block.columns.size());
                const int ownFigures = content[r].own.valueCount();
                const bool stacked = ownFigures >= 2 * columns && ownFigures % columns == 0;
                splitStackedRows(content[r], columns, missingAfter);
                double cap = 1.0;
                if (found[r]->distance > 0) {
                    const qsizetype length =
                        elements[firstElement + r].compactAliases.at(found[r]->alias).size();
                    cap = std::max(0.5, 1.0 - double(found[r]->distance) / double(length));
                    rowFindings.push_back(findings::fuzzyLabel(
                        row.label, m_text.mid(found[r]->start, found[r]->end - found[r]->start),
                        keys));
                }
                solved.push_back(solve(row, keys, content[r].own, cap));
                solved.back().stacked = stacked;
                strays.clear();
                straysAfter = row.label;
                for (const Segment& stray : content[r].strays) {
                    if (const GroupDef* group = subtotalGroup(m_table, stray.label)) {
                        keepSubtotal(*group, stray);
                    } else {
                        strays.push_back(stray);
                    }
                }
            } else if (!strays.empty()) {
                const Segment stray = strays.front();
                strays.erase(strays.begin());
                rowFindings.push_back(
                    findings::rowByPosition(row.label, straysAfter, stray.label, keys));
                solved.push_back(solve(row, keys, stray, 0.5));
                solved.back().byPosition = true;
            } else {
                rowFindings.push_back(findings::rowMissing(row.label, keys));
                SolvedRow missing;
                missing.label = row.label;
                missing.keys = keys;
                missing.columns = columnDefs();
                solved.push_back(std::move(missing));
            }
        }

        // Written once the evidence of the whole report has settled what it can.
        m_reading.rows.insert(m_reading.rows.end(), std::make_move_iterator(solved.begin()),
                              std::make_move_iterator(solved.end()));
        m_reading.findings.insert(m_reading.findings.end(), rowFindings.begin(), rowFindings.end());
    }

private:
    SolvedRow solve(const RowDef& row, const QStringList& keys, const Segment& printed, double cap)
    {
        // A zero mark alone at the start of a line after a complete row is OCR debris ("-"
        // before the next label, seed 004): trim it before counting the row's figures.
        Segment segment = printed;
        const int widest =
            static_cast<int>(m_block.columns.size()) + (m_subtotal.present() ? 1 : 0);
        while (segment.valueCount() > widest && segment.tokens.back().kind == TokenKind::ZeroMark &&
               segment.tokens.back().lineStart) {
            segment.tokens.pop_back();
        }
        const int k = static_cast<int>(m_block.columns.size());
        const bool glued = std::any_of(segment.tokens.begin(), segment.tokens.end(),
                                       [](const ValueToken& t) { return t.leadingZero(); });
        if (!m_subtotal.present()) {
            return build(row, keys, segment, cap, false);
        }
        // In a table with a subtotal column every row prints it. A row printing exactly as
        // many tokens as official columns either lacks it or glues two figures together
        // ("150" for 15 and 0): the row's own sums tell which.
        if (static_cast<int>(segment.tokens.size()) != k || glued) {
            return build(row, keys, segment, cap, true);
        }
        SolvedRow narrow = build(row, keys, segment, cap, false);
        if (sumsHold(narrow)) {
            return narrow;
        }
        SolvedRow wide = build(row, keys, segment, cap, true);
        return wide.solution.kept.empty() ? narrow : wide;
    }

    /// Whether a row's figures satisfy its own sums (blank operands cannot break them).
    static bool sumsHold(const SolvedRow& row)
    {
        for (const SlotSum& sum : row.problem.sums) {
            const std::optional<double> total = row.solution.cells[sum.lhs].value;
            double parts = 0;
            bool complete = total.has_value();
            for (const int r : sum.rhs) {
                const std::optional<double> v = row.solution.cells[r].value;
                complete = complete && v.has_value();
                parts += v.value_or(0);
            }
            if (complete && std::abs(*total - parts) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    SolvedRow build(const RowDef& row, const QStringList& keys, const Segment& segment, double cap,
                    bool withSubtotal)
    {
        SolvedRow solved;
        solved.label = row.label;
        solved.keys = keys;
        solved.columns = columnDefs();
        solved.cap = cap;
        const int k = static_cast<int>(m_block.columns.size());
        RowProblem& problem = solved.problem;
        problem.gluedText = m_glued;
        problem.tokens = segment.tokens;
        for (int c = 0; c < k; ++c) {
            if (withSubtotal && c == m_subtotal.position) {
                solved.subtotalAt = static_cast<int>(problem.cellTypes.size());
                problem.cellTypes.push_back(ValueType::Count);
            }
            solved.cellOf.push_back(static_cast<int>(problem.cellTypes.size()));
            problem.cellTypes.push_back(m_block.columns.at(c).type);
        }
        if (withSubtotal && m_subtotal.position == k) {
            solved.subtotalAt = static_cast<int>(problem.cellTypes.size());
            problem.cellTypes.push_back(ValueType::Count);
        }
        if (withSubtotal) {
            solved.subtotalKey = cellKey(m_table.key, row.key, m_subtotal.column->key);
        }
        for (const ColumnSum& sum : m_rowSums) {
            SlotSum slotSum{solved.cellOf[sum.lhs], {}};
            for (const int part : sum.rhs) {
                slotSum.rhs.push_back(solved.cellOf[part]);
            }
            problem.sums.push_back(slotSum);
        }
        if (withSubtotal) {
            SlotSum slotSum{solved.subtotalAt, {}};
            for (const QString& part : m_subtotal.column->sumOf) {
                for (int c = 0; c < k; ++c) {
                    if (m_block.columns.at(c).key == part) {
                        slotSum.rhs.push_back(solved.cellOf[c]);
                    }
                }
            }
            problem.sums.push_back(slotSum);
        }
        solved.solution = solveRow(problem);
        return solved;
    }

    std::vector<const ColumnDef*> columnDefs() const
    {
        std::vector<const ColumnDef*> columns;
        for (const ColumnDef& column : m_block.columns) {
            columns.push_back(&column);
        }
        return columns;
    }

    /// Figures printed on a group's own line when the group's items are printed too.
    void keepSubtotal(const GroupDef& group, const Segment& segment)
    {
        if (segment.valueCount() != m_block.columns.size()) {
            return;
        }
        RowDef label;
        label.key = group.key + QStringLiteral(".subtotal");
        SolvedRow solved = solve(label, cellKeys(m_table, m_block, label.key), segment, 1.0);
        solved.columns.assign(solved.keys.size(), nullptr); // figures as printed, no unit checks
        for (int c = 0; c < m_block.columns.size(); ++c) {
            m_reading.extras.push_back(draftCell(m_text, solved, c));
        }
    }

    /// The collapsed row of a group printed item by item is its subtotal line.
    void keepGroupLineSubtotal(const RowDef& row, const FoundLabel* found,
                               const RangeContent& content)
    {
        for (const GroupDef& group : m_table.groups) {
            if (group.collapsedRow == row.key && found) {
                keepSubtotal(group, content.own);
            }
        }
    }

    const QString& m_text;
    const ReportTemplate& m_format;
    const TableDef& m_table;
    const BlockDef& m_block;
    TableReading& m_reading;
    std::vector<ColumnSum> m_rowSums;
    SubtotalColumn m_subtotal;
    bool m_glued = false;
};

} // namespace

const GroupDef* subtotalGroup(const TableDef& table, const QString& label)
{
    const QString compact = CompactText::compact(label);
    for (const GroupDef& group : table.groups) {
        for (const QString& alias : group.aliases) {
            if (group.subtotal && compact.contains(CompactText::compact(alias))) {
                return &group;
            }
        }
    }
    return nullptr;
}

void readBlock(const QString& text, const ReportTemplate& format, const TableDef& table,
               const BlockDef& block, const BlockInput& input, TableReading& reading)
{
    BlockReader(text, format, table, block, reading)
        .read(input.found, input.content, input.before, input.header, input.glued, *input.elements,
              input.firstElement);
}

} // namespace nianbao::extract
