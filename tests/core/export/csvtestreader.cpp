#include "csvtestreader.h"

#include <QFile>

namespace nianbao::test {

QString CsvTable::field(std::size_t row, const QString& column) const
{
    const qsizetype index = header.indexOf(column);
    if (index < 0) {
        qFatal("the CSV has no column %s", qUtf8Printable(column));
    }
    return rows.at(row).value(index);
}

std::optional<double> CsvTable::number(std::size_t row, const QString& column) const
{
    const QString text = field(row, column);
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        qFatal("not a number in column %s: %s", qUtf8Printable(column), qUtf8Printable(text));
    }
    return value;
}

CsvTable parseCsv(const QByteArray& bytes)
{
    CsvTable table;
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF")) {
        table.byteOrderMark = true;
        data = data.sliced(3);
    }
    std::vector<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    const auto endField = [&] {
        record.append(QString::fromUtf8(field));
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (fieldStarted || !field.isEmpty()) {
                qFatal("a quote inside an unquoted CSV field at byte %lld", qint64(i));
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') {
                ++i;
            } else {
                table.crlfRecords = false;
            }
            endField();
            records.push_back(record);
            record.clear();
        } else {
            field += c;
        }
    }
    if (quoted) {
        qFatal("an unterminated quoted CSV field");
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        table.crlfRecords = false;
        endField();
        records.push_back(record);
    }
    if (!records.empty()) {
        table.header = records.front();
        table.rows.assign(records.begin() + 1, records.end());
    }
    return table;
}

CsvTable readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qUtf8Printable(path));
    }
    return parseCsv(file.readAll());
}

} // namespace nianbao::test
