#include "synth/tabfields.h"

#include "synth/reportwriter.h"

#include <algorithm>

namespace nianbao::synth {

QList<QStringList> applicantHeader(const PrintedTables& tables, int lead)
{
    const PrintedBlock& block = tables.table3;
    QList<QStringList> lines(3);
    for (int i = 0; i < lead; ++i) {
        for (QStringList& line : lines) {
            line.append(QString());
        }
    }
    lines[0][0] = tables.table3Note;
    bool afterGroup = false;
    QString currentGroup;
    for (qsizetype c = 0; c < block.columns.size(); ++c) {
        const QString& group = block.columnGroups.at(c);
        const QString& label = block.columns.at(c);
        if (!group.isEmpty()) {
            // 法人或其他组织 over its kinds: the group's name once, the kinds one line down.
            lines[0].append(c == 0 ? block.label : QString());
            lines[1].append(group == currentGroup ? QString() : group);
            lines[2].append(label);
            currentGroup = group;
            afterGroup = true;
        } else if (afterGroup) {
            // 总计 is merged over the three header lines: printed on the first.
            lines[0].append(label);
            lines[1].append(QString());
            lines[2].append(QString());
        } else {
            lines[0].append(c == 0 ? block.label : QString());
            lines[1].append(label);
            lines[2].append(QString());
        }
    }
    return lines;
}

QList<QStringList> appealHeader(const PrintedTables& tables)
{
    const QStringList& columns = tables.table4.columns;
    QList<QStringList> lines(3);
    for (const Table4Heading& heading : tables.table4Headings) {
        const qsizetype spans = std::max<qsizetype>(1, heading.subs.size());
        lines[0].append(heading.top);
        for (qsizetype i = 1; i < spans * columns.size(); ++i) {
            lines[0].append(QString());
        }
        if (heading.subs.isEmpty()) {
            lines[1] << columns;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                lines[2].append(QString());
            }
            continue;
        }
        for (const QString& sub : heading.subs) {
            lines[1].append(sub);
            for (qsizetype i = 1; i < columns.size(); ++i) {
                lines[1].append(QString());
            }
            lines[2] << columns;
        }
    }
    return lines;
}

QStringList rowLabelFields(const PrintedRow& row)
{
    QStringList fields;
    const qsizetype closed = row.depth - row.opens.size();
    for (qsizetype level = 0; level < closed; ++level) {
        fields.append(QString());
    }
    fields << row.opens << row.label();
    return fields;
}

void writeFields(ReportWriter& out, const QStringList& before, const QList<PrintedCell>& cells,
                 const QStringList& after, QStringView pad)
{
    bool first = true;
    const auto separate = [&] {
        if (!first) {
            out.write(u"\t");
        }
        first = false;
    };
    for (const QString& field : before) {
        separate();
        out.write(field);
    }
    for (const PrintedCell& cell : cells) {
        separate();
        if (!cell.blank()) {
            out.write(pad);
        }
        out.write(cell);
    }
    for (const QString& field : after) {
        separate();
        out.write(field);
    }
}

QStringList padded(QStringList fields, int width)
{
    while (fields.size() < width) {
        fields.append(QString());
    }
    return fields;
}

} // namespace nianbao::synth
