#include "extract/formatlabels.h"

#include "extract/compacttext.h"
#include "model/cellkey.h"
#include "templates/templateregistry.h"

#include <QHash>

#include <algorithm>

namespace nianbao::extract {

namespace {

TableLabels tableLabels(const TableDef& table)
{
    TableLabels labels;
    for (int b = 0; b < table.blocks.size(); ++b) {
        const BlockDef& block = table.blocks.at(b);
        if (table.layout == TableLayout::Blocks) {
            labels.elements.emplace_back(rowKey(table.key, block.key), QStringList(block.aliases)
                                                                           << block.label.zh);
            labels.refs.push_back({b, -1});
        }
        for (int r = 0; r < block.rows.size(); ++r) {
            const RowDef& row = block.rows.at(r);
            labels.elements.emplace_back(rowKey(table.key, row.key), row.aliases, row.number);
            // A row whose label is also its group's label ((六)其他处理) is placed last: reports
            // print the group label anywhere among the group's rows.
            labels.elements.back().deferred =
                std::any_of(table.groups.begin(), table.groups.end(),
                            [&](const GroupDef& group) { return group.collapsedRow == row.key; });
            labels.refs.push_back({b, r});
        }
    }
    return labels;
}

/// The Han forms of every table-2 label of a format (the part where formats differ).
QSet<QString> table2Labels(const ReportTemplate& format)
{
    QSet<QString> labels;
    const TableDef* table = format.table(u"t2");
    if (!table) {
        return labels;
    }
    auto add = [&](const QStringList& aliases) {
        for (const QString& alias : aliases) {
            labels.insert(CompactText::compact(alias));
        }
    };
    for (const BlockDef& block : table->blocks) {
        add(block.aliases);
        for (const ColumnDef& column : block.columns) {
            add(column.aliases);
        }
        for (const RowDef& row : block.rows) {
            add(row.aliases);
        }
    }
    return labels;
}

std::shared_ptr<const FormatLabels> build(const ReportTemplate& format,
                                          const TemplateRegistry& registry)
{
    auto labels = std::make_shared<FormatLabels>();
    for (const TableDef& table : format.tables) {
        labels->tables.push_back(tableLabels(table));
    }
    for (const SectionDef& section : format.sections) {
        labels->sections.emplace_back(section.key, section.aliases,
                                      section.number + QStringLiteral("、"));
    }
    const QSet<QString> own = table2Labels(format);
    QSet<QString> others;
    for (const auto& other : registry.templates()) {
        if (other.get() != &format) {
            others.unite(table2Labels(*other));
        }
    }
    for (const QString& label : own) {
        // Evidence only if no other format has it, nor a label containing it or contained in
        // it ("规范性文件" is inside "行政规范性文件"); three characters at least.
        bool shared = label.size() < 3;
        for (auto it = others.cbegin(); it != others.cend() && !shared; ++it) {
            shared = it->contains(label) || label.contains(*it);
        }
        if (!shared) {
            labels->distinctive.insert(label);
        }
    }
    return labels;
}

} // namespace

std::shared_ptr<const FormatLabels> formatLabels(const ReportTemplate& format,
                                                 const TemplateRegistry& registry)
{
    const TemplateRegistry& builtin = TemplateRegistry::builtin();
    if (&registry == &builtin) {
        static const QHash<const ReportTemplate*, std::shared_ptr<const FormatLabels>> cache = [&] {
            QHash<const ReportTemplate*, std::shared_ptr<const FormatLabels>> all;
            for (const auto& t : builtin.templates()) {
                all.insert(t.get(), build(*t, builtin));
            }
            return all;
        }();
        if (const auto it = cache.constFind(&format); it != cache.constEnd()) {
            return *it;
        }
    }
    return build(format, registry);
}

} // namespace nianbao::extract
