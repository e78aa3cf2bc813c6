#include "supervision/registry/bodyregistry.h"

#include "model/agencyname.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace nianbao::supervision {

namespace {

enum class Column { Name, Aliases, RegionCode, Level, Parent };

struct ColumnWords {
    Column column;
    std::array<const char16_t*, 8> words; ///< lower case, no spaces; nullptr ends the list
};

/// Header words registries use for each column.
constexpr std::array<ColumnWords, 5> kColumns = {{
    {Column::Name,
     {u"名称", u"机关名称", u"单位名称", u"主体名称", u"机构名称", u"name", u"body", u"agency"}},
    {Column::Aliases,
     {u"别名", u"其他名称", u"曾用名", u"简称", u"aliases", u"alias", u"othernames", nullptr}},
    {Column::RegionCode,
     {u"行政区划代码", u"区划代码", u"地区代码", u"regioncode", u"region", u"divisioncode", u"code",
      nullptr}},
    {Column::Level, {u"层级", u"级别", u"行政级别", u"level", u"tier", nullptr, nullptr, nullptr}},
    {Column::Parent,
     {u"上级机关", u"上级单位", u"上级", u"主管部门", u"parent", u"parentbody", nullptr, nullptr}},
}};

/// A header cell as compared: notes in brackets ("名称（必填）") and spaces, underscores and
/// hyphens dropped, lower case.
QString headerKey(const QString& text)
{
    static const QRegularExpression notes(QStringLiteral("[（(][^）)]*[）)]"));
    QString key = text.normalized(QString::NormalizationForm_KC);
    key.remove(notes);
    key.remove(QRegularExpression(QStringLiteral("[\\s_\\-*:：]")));
    return key.toLower();
}

std::optional<Column> columnOf(const QString& header)
{
    const QString key = headerKey(header);
    for (const ColumnWords& entry : kColumns) {
        for (const char16_t* word : entry.words) {
            if (word && key == QStringView(word)) {
                return entry.column;
            }
        }
    }
    return std::nullopt;
}

QString columnName(Column column)
{
    switch (column) {
    case Column::Name:
        return QCoreApplication::translate("nianbao::BodyRegistry", "name");
    case Column::Aliases:
        return QCoreApplication::translate("nianbao::BodyRegistry", "aliases");
    case Column::RegionCode:
        return QCoreApplication::translate("nianbao::BodyRegistry", "region code");
    case Column::Level:
        return QCoreApplication::translate("nianbao::BodyRegistry", "level");
    case Column::Parent:
        return QCoreApplication::translate("nianbao::BodyRegistry", "parent body");
    }
    return {};
}

QStringList splitAliases(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;；|、\\n]"));
    QStringList aliases;
    for (const QString& alias : text.split(separators)) {
        const QString trimmed = alias.trimmed();
        if (!trimmed.isEmpty() && !aliases.contains(trimmed)) {
            aliases.append(trimmed);
        }
    }
    return aliases;
}

/// A code as written: digits, possibly with a ".0" a spreadsheet added to a number.
std::optional<QString> regionCode(const QString& text)
{
    QString code = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (code.endsWith(QLatin1String(".0"))) {
        code.chop(2);
    }
    static const QRegularExpression digits(QStringLiteral("^(\\d{6}|\\d{9}|\\d{12})$"));
    if (!digits.match(code).hasMatch()) {
        return std::nullopt;
    }
    return code;
}

/// Reads the header: which column each cell holds. Problems for a missing name column and
/// a column given twice.
std::vector<std::optional<Column>> readHeader(const QStringList& header,
                                              std::vector<RegistryProblem>& problems)
{
    std::vector<std::optional<Column>> columns;
    std::vector<Column> seen;
    for (const QString& cell : header) {
        std::optional<Column> column = columnOf(cell);
        if (column && std::find(seen.begin(), seen.end(), *column) != seen.end()) {
            problems.push_back({1, cell,
                                QCoreApplication::translate("nianbao::BodyRegistry",
                                                            "the column %1 is given twice")
                                    .arg(columnName(*column))});
            column.reset();
        }
        if (column) {
            seen.push_back(*column);
        }
        columns.push_back(column);
    }
    if (std::find(seen.begin(), seen.end(), Column::Name) == seen.end()) {
        problems.push_back(
            {1,
             {},
             QCoreApplication::translate(
                 "nianbao::BodyRegistry",
                 "the first row names no column of body names (名称 or name); found: %1")
                 .arg(header.join(QStringLiteral(", ")))});
    }
    return columns;
}

bool isBlank(const QStringList& row)
{
    return std::all_of(row.begin(), row.end(),
                       [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

QString bodyLevelCode(BodyLevel level)
{
    switch (level) {
    case BodyLevel::National:
        return QStringLiteral("national");
    case BodyLevel::Provincial:
        return QStringLiteral("provincial");
    case BodyLevel::Municipal:
        return QStringLiteral("municipal");
    case BodyLevel::County:
        return QStringLiteral("county");
    case BodyLevel::Township:
        return QStringLiteral("township");
    }
    return {};
}

std::optional<BodyLevel> bodyLevelFromText(const QString& text)
{
    static const QHash<QString, BodyLevel> kWords = {
        {QStringLiteral("national"), BodyLevel::National},
        {QStringLiteral("central"), BodyLevel::National},
        {QStringLiteral("国家级"), BodyLevel::National},
        {QStringLiteral("中央"), BodyLevel::National},
        {QStringLiteral("部委"), BodyLevel::National},
        {QStringLiteral("provincial"), BodyLevel::Provincial},
        {QStringLiteral("province"), BodyLevel::Provincial},
        {QStringLiteral("省级"), BodyLevel::Provincial},
        {QStringLiteral("省"), BodyLevel::Provincial},
        {QStringLiteral("municipal"), BodyLevel::Municipal},
        {QStringLiteral("city"), BodyLevel::Municipal},
        {QStringLiteral("prefecture"), BodyLevel::Municipal},
        {QStringLiteral("市级"), BodyLevel::Municipal},
        {QStringLiteral("地级"), BodyLevel::Municipal},
        {QStringLiteral("地市级"), BodyLevel::Municipal},
        {QStringLiteral("市"), BodyLevel::Municipal},
        {QStringLiteral("county"), BodyLevel::County},
        {QStringLiteral("district"), BodyLevel::County},
        {QStringLiteral("县级"), BodyLevel::County},
        {QStringLiteral("区县"), BodyLevel::County},
        {QStringLiteral("县区"), BodyLevel::County},
        {QStringLiteral("县"), BodyLevel::County},
        {QStringLiteral("township"), BodyLevel::Township},
        {QStringLiteral("town"), BodyLevel::Township},
        {QStringLiteral("street"), BodyLevel::Township},
        {QStringLiteral("乡级"), BodyLevel::Township},
        {QStringLiteral("乡镇"), BodyLevel::Township},
        {QStringLiteral("乡镇级"), BodyLevel::Township},
        {QStringLiteral("乡镇街道"), BodyLevel::Township},
        {QStringLiteral("街道"), BodyLevel::Township},
        {QStringLiteral("镇"), BodyLevel::Township},
        {QStringLiteral("乡"), BodyLevel::Township},
    };
    const QString key = headerKey(text);
    const auto it = kWords.constFind(key);
    return it == kWords.constEnd() ? std::nullopt : std::optional<BodyLevel>(it.value());
}

QString bodyLevelName(BodyLevel level)
{
    switch (level) {
    case BodyLevel::National:
        return QCoreApplication::translate("nianbao::BodyRegistry", "national");
    case BodyLevel::Provincial:
        return QCoreApplication::translate("nianbao::BodyRegistry", "provincial");
    case BodyLevel::Municipal:
        return QCoreApplication::translate("nianbao::BodyRegistry", "municipal");
    case BodyLevel::County:
        return QCoreApplication::translate("nianbao::BodyRegistry", "county");
    case BodyLevel::Township:
        return QCoreApplication::translate("nianbao::BodyRegistry", "township");
    }
    return {};
}

QString RegistryProblem::describe() const
{
    if (row <= 0) {
        return message;
    }
    if (column.isEmpty()) {
        return QCoreApplication::translate("nianbao::BodyRegistry", "row %1: %2")
            .arg(row)
            .arg(message);
    }
    return QCoreApplication::translate("nianbao::BodyRegistry", "row %1, %2: %3")
        .arg(QString::number(row), column, message);
}

int BodyRegistry::find(const QString& nameOrAlias) const
{
    return m_byName.value(normalizedAgencyName(nameOrAlias), -1);
}

RegistryRead BodyRegistry::fromRows(const std::vector<QStringList>& rows)
{
    std::vector<RegistryProblem> problems;
    if (rows.empty() || isBlank(rows.front())) {
        problems.push_back({0,
                            {},
                            QCoreApplication::translate(
                                "nianbao::BodyRegistry",
                                "the file holds no rows: a header row, then one body a row")});
        return std::unexpected(problems);
    }
    const std::vector<std::optional<Column>> columns = readHeader(rows.front(), problems);
    if (!problems.empty()) {
        return std::unexpected(problems);
    }

    BodyRegistry registry;
    std::vector<QString> parentNames;
    QHash<QString, int> rowOfName; // normalised name or alias → row that claims it
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        const int sheetRow = int(r) + 1;
        if (isBlank(row)) {
            continue;
        }
        Body body;
        body.row = sheetRow;
        QString parent;
        for (std::size_t c = 0; c < columns.size() && c < std::size_t(row.size()); ++c) {
            if (!columns[c]) {
                continue;
            }
            const QString cell = row.at(qsizetype(c)).trimmed();
            const QString header = rows.front().at(qsizetype(c));
            switch (*columns[c]) {
            case Column::Name:
                body.name = cell;
                break;
            case Column::Aliases:
                body.aliases = splitAliases(cell);
                break;
            case Column::RegionCode:
                if (!cell.isEmpty()) {
                    if (const auto code = regionCode(cell)) {
                        body.regionCode = *code;
                    } else {
                        problems.push_back(
                            {sheetRow, header,
                             QCoreApplication::translate(
                                 "nianbao::BodyRegistry",
                                 "“%1” is no administrative division code (6, 9 or 12 digits)")
                                 .arg(cell)});
                    }
                }
                break;
            case Column::Level:
                if (!cell.isEmpty()) {
                    body.level = bodyLevelFromText(cell);
                    if (!body.level) {
                        problems.push_back(
                            {sheetRow, header,
                             QCoreApplication::translate(
                                 "nianbao::BodyRegistry",
                                 "“%1” is no level; write 国家级, 省级, 市级, 县级 or 乡镇 (or "
                                 "national, provincial, municipal, county, township)")
                                 .arg(cell)});
                    }
                }
                break;
            case Column::Parent:
                parent = cell;
                break;
            }
        }
        if (body.name.isEmpty()) {
            problems.push_back(
                {sheetRow,
                 {},
                 QCoreApplication::translate("nianbao::BodyRegistry", "the row has no body name")});
            continue;
        }
        // A name or alias belongs to one body only.
        QStringList names = {body.name};
        names.append(body.aliases);
        for (const QString& name : names) {
            const QString key = normalizedAgencyName(name);
            if (const auto it = rowOfName.constFind(key); it != rowOfName.constEnd()) {
                if (it.value() != sheetRow) {
                    problems.push_back(
                        {sheetRow,
                         {},
                         QCoreApplication::translate(
                             "nianbao::BodyRegistry",
                             "“%1” is already the name or an alias of the body in row %2")
                             .arg(name)
                             .arg(it.value())});
                }
                continue;
            }
            rowOfName.insert(key, sheetRow);
            registry.m_byName.insert(key, int(registry.m_bodies.size()));
        }
        registry.m_bodies.push_back(std::move(body));
        parentNames.push_back(parent);
    }
    if (registry.m_bodies.empty() && problems.empty()) {
        problems.push_back(
            {0,
             {},
             QCoreApplication::translate("nianbao::BodyRegistry",
                                         "the file lists no body below its header row")});
    }

    // Parents: bodies of the registry, never the body itself, no cycle.
    for (std::size_t i = 0; i < registry.m_bodies.size(); ++i) {
        if (parentNames[i].isEmpty()) {
            continue;
        }
        Body& body = registry.m_bodies[i];
        const int parent = registry.find(parentNames[i]);
        if (parent < 0) {
            problems.push_back(
                {body.row, columnName(Column::Parent),
                 QCoreApplication::translate("nianbao::BodyRegistry",
                                             "the parent body “%1” is not in the registry")
                     .arg(parentNames[i])});
        } else if (parent == int(i)) {
            problems.push_back({body.row, columnName(Column::Parent),
                                QCoreApplication::translate("nianbao::BodyRegistry",
                                                            "a body cannot be its own parent")});
        } else {
            body.parent = parent;
        }
    }
    for (std::size_t i = 0; i < registry.m_bodies.size(); ++i) {
        int at = registry.m_bodies[i].parent;
        for (std::size_t steps = 0; at >= 0 && steps <= registry.m_bodies.size(); ++steps) {
            if (at == int(i)) {
                problems.push_back({registry.m_bodies[i].row, columnName(Column::Parent),
                                    QCoreApplication::translate(
                                        "nianbao::BodyRegistry",
                                        "the parent bodies run in a circle back to this body")});
                break;
            }
            at = registry.m_bodies[std::size_t(at)].parent;
        }
    }
    if (!problems.empty()) {
        std::stable_sort(
            problems.begin(), problems.end(),
            [](const RegistryProblem& a, const RegistryProblem& b) { return a.row < b.row; });
        return std::unexpected(problems);
    }
    return registry;
}

} // namespace nianbao::supervision
