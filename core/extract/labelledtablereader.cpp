#include "extract/compacttext.h"
#include "extract/extractionfindings.h"
#include "extract/formatlabels.h"
#include "extract/labelchain.h"
#include "extract/rowsolver.h"
#include "extract/tablereading.h"
#include "extract/valuetoken.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace nianbao::extract {

namespace {

/// Figures printed after one label, up to the next label.
struct Segment {
    QString label;                  ///< Han text printed before the figures (empty for a row's own)
    std::vector<ValueToken> tokens; ///< Number, ZeroMark, Blank
    [[nodiscard]] int valueCount() const {
        return static_cast<int>(std::count_if(tokens.begin(), tokens.end(),
                                              [](const ValueToken& t) { return t.isValue(); }));
    }
};

/// The own figures of a label and the further labelled groups of figures printed before the
/// next known label (rows the template does not know, or under a wrong label).
struct RangeContent {
    Segment own;
    std::vector<Segment> strays;
    bool attached = false; ///< the first figure runs straight into the label (web text)
};

RangeContent segment(const QString& text, qsizetype start, qsizetype end) {
    RangeContent content;
    std::vector<ValueToken> tokens = scanValues(text, start, end);
    Segment* current = &content.own;
    bool seenValue = false;
    QString pendingLabel;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const ValueToken& token = tokens[i];
        if (token.kind == TokenKind::Text) {
            pendingLabel = text.mid(token.start, token.end - token.start);
            continue;
        }
        if (!pendingLabel.isEmpty() && seenValue && token.isValue()) {
            content.strays.push_back(Segment{pendingLabel, {}});
            current = &content.strays.back();
        }
        if (!pendingLabel.isEmpty() && token.isValue()) {
            pendingLabel.clear();
        }
        if (token.kind == TokenKind::Blank && current->tokens.empty()) {
            continue; // leading empties are collapsed merged cells, not blank cells
        }
        if (token.isValue() && !seenValue) {
            content.attached = token.attached;
        }
        seenValue = seenValue || token.isValue();
        current->tokens.push_back(token);
    }
    for (Segment* s : [&] {
             std::vector<Segment*> all{&content.own};
             for (Segment& stray : content.strays) {
                 all.push_back(&stray);
             }
             return all;
         }()) {
        while (!s->tokens.empty() && s->tokens.back().kind == TokenKind::Blank) {
            s->tokens.pop_back();
        }
    }
    return content;
}

std::vector<int> columnIndices(const BlockDef& block, const QJsonArray& keys) {
    std::vector<int> indices;
    for (const QJsonValue& key : keys) {
        const auto it = std::find_if(block.columns.begin(), block.columns.end(),
                                     [&](const ColumnDef& c) { return c.key == key.toString(); });
        if (it == block.columns.end()) {
            return {};
        }
        indices.push_back(static_cast<int>(it - block.columns.begin()));
    }
    return indices;
}

QString keyOf(const TableDef& table, const RowDef& row, const QString& column) {
    return table.key + QLatin1Char('.') + row.key + QLatin1Char('.') + column;
}

QStringList rowCellKeys(const TableDef& table, const BlockDef& block, const RowDef& row) {
    QStringList keys;
    for (const ColumnDef& column : block.columns) {
        keys.append(keyOf(table, row, column.key));
    }
    return keys;
}

/// Which rows of a table the report prints: for groups printed either as one row or as
/// detailed rows ((六)其他处理), the form found; the template's default elsewhere.
QSet<QString> chosenRows(const TableDef& table, const BlockDef& block,
                         const std::vector<const FoundLabel*>& foundRow,
                         const std::vector<RangeContent>& contentOfRow,
                         QStringList* variantGroups) {
    QSet<QString> rows;
    for (const RowDef& row : block.rows) {
        if (!row.alternative) {
            rows.insert(row.key);
        }
    }
    auto rowIndex = [&](const QString& key) {
        for (int r = 0; r < block.rows.size(); ++r) {
            if (block.rows.at(r).key == key) {
                return r;
            }
        }
        return -1;
    };
    for (const GroupDef& group : table.groups) {
        if (group.collapsedRow.isEmpty()) {
            continue;
        }
        const int collapsed = rowIndex(group.collapsedRow);
        bool detailedFound = false;
        for (const QString& key : group.detailedRows) {
            const int r = rowIndex(key);
            detailedFound = detailedFound || (r >= 0 && foundRow[r] != nullptr);
        }
        const bool collapsedHasFigures = collapsed >= 0 && foundRow[collapsed] != nullptr &&
                                         contentOfRow[collapsed].own.valueCount() > 0;
        const bool detailedDefault = collapsed >= 0 && block.rows.at(collapsed).alternative;
        bool useDetailed = detailedDefault;
        if (detailedFound) {
            useDetailed = true;
        } else if (collapsedHasFigures) {
            useDetailed = false;
        }
        if (useDetailed != detailedDefault) {
            variantGroups->append(group.key);
        }
        if (useDetailed) {
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

/// Splits a run of m×k figures printed after one label into m rows of k (labels printed
/// after their figures, as pdftotext does): the first k are the label's own.
void splitStackedRows(RangeContent& content, int columns, int missingAfter) {
    const int values = content.own.valueCount();
    if (missingAfter <= 0 || values < 2 * columns || values % columns != 0) {
        return;
    }
    const int groups = std::min(values / columns - 1, missingAfter);
    std::vector<ValueToken> tokens;
    for (const ValueToken& t : content.own.tokens) {
        if (t.isValue()) {
            tokens.push_back(t);
        }
    }
    content.own.tokens.assign(tokens.begin(), tokens.begin() + columns);
    std::vector<Segment> stacked;
    for (int g = 0; g < groups; ++g) {
        Segment s;
        s.tokens.assign(tokens.begin() + (g + 1) * columns, tokens.begin() + (g + 2) * columns);
        stacked.push_back(std::move(s));
    }
    content.strays.insert(content.strays.begin(), stacked.begin(), stacked.end());
}

} // namespace

std::vector<ColumnSum> rowSums(const ReportTemplate& format, const TableDef& table,
                               const BlockDef& block) {
    std::vector<ColumnSum> sums;
    for (const QJsonValue& value : format.rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QLatin1String("kind")).toString() != QLatin1String("sum") ||
            rule.value(QLatin1String("for_each")).toString() != QLatin1String("row") ||
            rule.value(QLatin1String("table")).toString() != table.key) {
            continue;
        }
        const std::vector<int> lhs =
            columnIndices(block, rule.value(QLatin1String("lhs")).toArray());
        const std::vector<int> rhs =
            columnIndices(block, rule.value(QLatin1String("rhs")).toArray());
        if (lhs.size() == 1 && !rhs.empty()) {
            sums.push_back(ColumnSum{lhs.front(), rhs});
        }
    }
    return sums;
}

TableReading readLabelledTable(const QString& text, const ReportTemplate& format,
                               const TableDef& table, const TableLabels& labels,
                               TextRegion region) {
    TableReading reading;

    // 1. The labels, in template order: block headers (table 2) and rows.
    const std::vector<LabelElement>& elements = labels.elements;
    const std::vector<ElementRef>& refs = labels.refs;
    const std::vector<FoundLabel> chain = findLabelChain(text, region.start, region.end, elements);
    reading.found = std::any_of(chain.begin(), chain.end(),
                                [&](const FoundLabel& f) { return refs[f.element].row >= 0; });
    if (!reading.found) {
        return reading;
    }

    // 2. What each label is followed by, up to the next label.
    std::vector<const FoundLabel*> foundOf(elements.size(), nullptr);
    std::vector<RangeContent> contentOf(elements.size());
    RangeContent tableStart = segment(text, region.start, chain.front().start);
    for (std::size_t i = 0; i < chain.size(); ++i) {
        const FoundLabel& label = chain[i];
        foundOf[label.element] = &label;
        const qsizetype end = i + 1 < chain.size() ? chain[i + 1].start : region.end;
        contentOf[label.element] = segment(text, label.end, end);
        reading.labels.push_back(LabelDraft{elements[label.element].key,
                                            elements[label.element].aliases.at(label.alias),
                                            label.start, label.end, label.distance});
    }

    // Web text runs figures straight into labels: then digit runs may hold several cells.
    int withFigures = 0;
    int attached = 0;
    for (std::size_t e = 0; e < elements.size(); ++e) {
        if (foundOf[e] && refs[e].row >= 0 && contentOf[e].own.valueCount() > 0) {
            ++withFigures;
            attached += contentOf[e].attached ? 1 : 0;
        }
    }
    const bool glued = withFigures > 0 && attached * 2 >= withFigures;

    // 3. Block by block, row by row.
    int element = 0;
    for (int b = 0; b < table.blocks.size(); ++b) {
        const BlockDef& block = table.blocks.at(b);
        const int headerElement = table.layout == TableLayout::Blocks ? element++ : -1;
        const int firstRowElement = element;
        element += static_cast<int>(block.rows.size());

        std::vector<const FoundLabel*> foundRow;
        std::vector<RangeContent> contentRow;
        for (int r = 0; r < block.rows.size(); ++r) {
            foundRow.push_back(foundOf[firstRowElement + r]);
            contentRow.push_back(contentOf[firstRowElement + r]);
        }
        QStringList variantGroups;
        const QSet<QString> printedRows =
            chosenRows(table, block, foundRow, contentRow, &variantGroups);
        for (const QString& groupKey : variantGroups) {
            const GroupDef* group = table.group(groupKey);
            QStringList cells;
            for (const QString& key : group->detailedRows + QStringList{group->collapsedRow}) {
                if (printedRows.contains(key)) {
                    for (const ColumnDef& c : block.columns) {
                        cells.append(table.key + QLatin1Char('.') + key + QLatin1Char('.') + c.key);
                    }
                }
            }
            reading.findings.push_back(findings::variantForm(
                group->label, printedRows.contains(group->collapsedRow), cells));
        }

        // A non-official subtotal column: most rows print one figure more than the columns.
        int extraAfter = -1;
        const OptionalColumnDef* extraColumn = nullptr;
        if (!block.optionalColumns.isEmpty()) {
            const int k = static_cast<int>(block.columns.size());
            int wider = 0;
            int rowsWithFigures = 0;
            for (const RangeContent& c : contentRow) {
                const int v = c.own.valueCount();
                rowsWithFigures += v > 0 ? 1 : 0;
                wider += v == k + 1 ? 1 : 0;
            }
            if (wider >= 2 && wider * 2 >= rowsWithFigures) {
                extraColumn = &block.optionalColumns.front();
                // Vote for the position where the extra figure equals the sum it claims to be.
                int bestVotes = -1;
                for (const QString& after : extraColumn->after) {
                    const auto it =
                        std::find_if(block.columns.begin(), block.columns.end(),
                                     [&](const ColumnDef& c) { return c.key == after; });
                    if (it == block.columns.end()) {
                        continue;
                    }
                    const int position = static_cast<int>(it - block.columns.begin()) + 1;
                    int votes = 0;
                    for (const RangeContent& c : contentRow) {
                        std::vector<double> v;
                        for (const ValueToken& t : c.own.tokens) {
                            if (t.isValue()) {
                                v.push_back(t.kind == TokenKind::ZeroMark ? 0 : t.value);
                            }
                        }
                        if (static_cast<int>(v.size()) != k + 1) {
                            continue;
                        }
                        double sum = 0;
                        for (const QString& part : extraColumn->sumOf) {
                            const auto p =
                                std::find_if(block.columns.begin(), block.columns.end(),
                                             [&](const ColumnDef& col) { return col.key == part; });
                            const int index = static_cast<int>(p - block.columns.begin());
                            sum += v[index + (index >= position ? 1 : 0)];
                        }
                        votes += std::abs(sum - v[position]) < 1e-9 ? 1 : 0;
                    }
                    if (votes > bestVotes) {
                        bestVotes = votes;
                        extraAfter = position;
                    }
                }
                if (extraAfter < 0) {
                    extraColumn = nullptr;
                }
            }
        }

        const std::vector<ColumnSum> sums = rowSums(format, table, block);
        auto solve = [&](const Segment& segment, bool withExtra) {
            RowProblem problem;
            problem.gluedText = glued;
            for (const ValueToken& t : segment.tokens) {
                problem.tokens.push_back(t);
            }
            std::vector<int> slotOf(block.columns.size());
            int slot = 0;
            for (int c = 0; c < block.columns.size(); ++c) {
                if (withExtra && c == extraAfter) {
                    problem.cellTypes.push_back(ValueType::Count);
                    ++slot;
                }
                slotOf[c] = slot++;
                problem.cellTypes.push_back(block.columns.at(c).type);
            }
            if (withExtra && extraAfter == block.columns.size()) {
                problem.cellTypes.push_back(ValueType::Count);
            }
            for (const ColumnSum& s : sums) {
                SlotSum slotSum;
                slotSum.lhs = slotOf[s.lhs];
                for (const int r : s.rhs) {
                    slotSum.rhs.push_back(slotOf[r]);
                }
                problem.sums.push_back(slotSum);
            }
            if (withExtra) {
                SlotSum slotSum;
                slotSum.lhs = extraAfter;
                for (const QString& part : extraColumn->sumOf) {
                    for (int c = 0; c < block.columns.size(); ++c) {
                        if (block.columns.at(c).key == part) {
                            slotSum.rhs.push_back(slotOf[c]);
                        }
                    }
                }
                problem.sums.push_back(slotSum);
            }
            RowSolution solution = solveRow(problem);
            return std::make_pair(solution, slotOf);
        };

        // Rows missing by label may be printed under a wrong label or without one: the figure
        // groups that follow the previous found label, in order, fill them if they match up.
        const RangeContent* strayOwner = headerElement >= 0 && foundOf[headerElement]
                                             ? &contentOf[headerElement]
                                             : (b == 0 ? &tableStart : nullptr);
        std::vector<Segment> strays;
        QString strayAfterLabel;
        LocalizedText strayAfter;
        if (strayOwner) {
            if (strayOwner->own.valueCount() > 0) {
                strays.push_back(strayOwner->own);
            }
            strays.insert(strays.end(), strayOwner->strays.begin(), strayOwner->strays.end());
            strayAfter = block.label;
        }

        for (int r = 0; r < block.rows.size(); ++r) {
            const RowDef& row = block.rows.at(r);
            if (!printedRows.contains(row.key)) {
                // A group printed in detail may still print figures on its own line: a
                // non-official subtotal, kept as an extra.
                const GroupDef* group = nullptr;
                for (const GroupDef& g : table.groups) {
                    group = g.collapsedRow == row.key ? &g : group;
                }
                if (group && foundRow[r] &&
                    contentRow[r].own.valueCount() == block.columns.size()) {
                    auto [subtotal, subtotalSlots] = solve(contentRow[r].own, false);
                    for (int c = 0; c < block.columns.size(); ++c) {
                        const SlotValue& slot = subtotal.cells[subtotalSlots[c]];
                        reading.extras.push_back(
                            CellDraft{table.key + QLatin1Char('.') + group->key +
                                          QStringLiteral(".subtotal.") + block.columns.at(c).key,
                                      slot.value,
                                      slot.token >= 0 ? text.mid(slot.start, slot.end - slot.start)
                                                      : QString(),
                                      slot.start, slot.end, slot.confidence});
                    }
                }
                continue;
            }
            const QStringList keys = rowCellKeys(table, block, row);
            RangeContent& content = contentRow[r];
            const FoundLabel* found = foundRow[r];

            if (found) {
                // Count the rows missing right after this one, for stacked figures.
                int missingAfter = 0;
                for (int next = r + 1; next < block.rows.size() && !foundRow[next]; ++next) {
                    missingAfter += printedRows.contains(block.rows.at(next).key) ? 1 : 0;
                }
                splitStackedRows(content, static_cast<int>(block.columns.size()), missingAfter);
            }

            const Segment* source = nullptr;
            Segment strayTaken;
            double cap = 1.0;
            if (found) {
                source = &content.own;
                if (found->distance > 0) {
                    const qsizetype length =
                        elements[firstRowElement + r].compactAliases.at(found->alias).size();
                    cap = std::max(0.5, 1.0 - 1.5 * double(found->distance) / double(length));
                    reading.findings.push_back(findings::fuzzyLabel(
                        row.label, text.mid(found->start, found->end - found->start), keys));
                }
            } else if (!strays.empty()) {
                strayTaken = strays.front();
                strays.erase(strays.begin());
                reading.findings.push_back(
                    findings::rowByPosition(row.label, strayAfter, strayTaken.label, keys));
                source = &strayTaken;
                cap = 0.5;
            } else {
                reading.findings.push_back(findings::rowMissing(row.label, keys));
                for (const QString& key : keys) {
                    reading.cells.push_back(CellDraft{key, std::nullopt, QString(), -1, -1, 0.0});
                }
                continue;
            }

            const bool withExtra = extraColumn && source->valueCount() == block.columns.size() + 1;
            auto [solution, slotOf] = solve(*source, withExtra);
            QStringList uncertain;
            for (int c = 0; c < block.columns.size(); ++c) {
                const SlotValue& slot = solution.cells[slotOf[c]];
                CellDraft cell;
                cell.key = keys.at(c);
                cell.value = slot.value;
                cell.start = slot.start;
                cell.end = slot.end;
                cell.confidence = std::min(slot.confidence, cap);
                if (slot.token >= 0 && !slot.blank) {
                    cell.raw = text.mid(slot.start, slot.end - slot.start);
                    const ValueToken& token = source->tokens[slot.token];
                    const ColumnDef& column = block.columns.at(c);
                    if (column.unit == QStringLiteral("万元") &&
                        token.unit == QStringLiteral("元") && cell.value) {
                        cell.value = *cell.value / 10000.0;
                        cell.confidence = std::min(cell.confidence, 0.7);
                        reading.findings.push_back(
                            findings::unitConverted(cell.raw, *cell.value, cell.key));
                    }
                } else if (slot.blank) {
                    cell.start = -1;
                    cell.end = -1;
                }
                // More decimals than the column allows: digits of a neighbouring cell glued on.
                if (slot.token >= 0 && block.columns.at(c).type == ValueType::Money &&
                    source->tokens[slot.token].decimal) {
                    const QString raw = text.mid(slot.start, slot.end - slot.start);
                    const qsizetype point = raw.indexOf(QLatin1Char('.'));
                    const qsizetype decimals =
                        point < 0 ? 0
                                  : raw.size() - point - 1 - source->tokens[slot.token].unit.size();
                    if (decimals > block.columns.at(c).decimals) {
                        cell.confidence = std::min(cell.confidence, 0.5);
                    }
                }
                if (!slot.blank && cell.confidence < kLowConfidence) {
                    uncertain.append(cell.key);
                }
                reading.cells.push_back(cell);
            }
            if (withExtra) {
                const SlotValue& slot = solution.cells[extraAfter];
                reading.extras.push_back(CellDraft{
                    table.key + QLatin1Char('.') + row.key + QLatin1Char('.') + extraColumn->key,
                    slot.value,
                    slot.token >= 0 ? text.mid(slot.start, slot.end - slot.start) : QString(),
                    slot.start, slot.end, slot.confidence});
            }
            const int printed = source->valueCount();
            const int columns = static_cast<int>(block.columns.size()) + (withExtra ? 1 : 0);
            switch (solution.reading) {
            case RowReading::Split: {
                QString digits;
                for (const ValueToken& t : source->tokens) {
                    digits += (digits.isEmpty() ? QString() : QStringLiteral(" ")) +
                              text.mid(t.start, t.end - t.start);
                }
                if (!uncertain.isEmpty()) {
                    reading.findings.push_back(findings::gluedDigits(
                        row.label, digits, solution.readings, solution.examples, uncertain));
                } else if (!solution.trivial) {
                    reading.findings.push_back(findings::gluedDigitsSplit(row.label, digits, keys));
                }
                break;
            }
            case RowReading::Gaps:
                if (!uncertain.isEmpty()) {
                    reading.findings.push_back(
                        findings::shortRow(row.label, printed, columns, uncertain));
                }
                break;
            case RowReading::Extra:
                if (!uncertain.isEmpty()) {
                    reading.findings.push_back(
                        findings::extraFigures(row.label, printed, columns, uncertain));
                }
                break;
            case RowReading::Direct:
            case RowReading::Empty:
                break;
            }

            // Figures on a group's own line are a non-official subtotal of that group.
            if (found) {
                strays.clear();
                strayAfter = row.label;
                for (const Segment& stray : content.strays) {
                    const QString compactLabel = CompactText::compact(stray.label);
                    const GroupDef* subtotalGroup = nullptr;
                    for (const GroupDef& group : table.groups) {
                        for (const QString& alias : group.aliases) {
                            if (group.subtotal &&
                                compactLabel.contains(CompactText::compact(alias))) {
                                subtotalGroup = &group;
                            }
                        }
                    }
                    if (subtotalGroup && stray.valueCount() == block.columns.size()) {
                        auto [subtotal, subtotalSlots] = solve(stray, false);
                        for (int c = 0; c < block.columns.size(); ++c) {
                            const SlotValue& slot = subtotal.cells[subtotalSlots[c]];
                            reading.extras.push_back(CellDraft{
                                table.key + QLatin1Char('.') + subtotalGroup->key +
                                    QStringLiteral(".subtotal.") + block.columns.at(c).key,
                                slot.value,
                                slot.token >= 0 ? text.mid(slot.start, slot.end - slot.start)
                                                : QString(),
                                slot.start, slot.end, slot.confidence});
                        }
                    } else if (!subtotalGroup) {
                        strays.push_back(stray);
                    }
                }
            }
        }
    }
    return reading;
}

} // namespace nianbao::extract
