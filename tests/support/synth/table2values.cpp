#include "synth/bodyprofile.h"
#include "synth/cellset.h"
#include "synth/randomtools.h"
#include "synth/valuegenerator.h"
#include "templates/reporttemplate.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace nianbao::synth {

namespace {

/// One row of a table without sum rules, being filled: columns are found by their stable
/// keys (tables.md), so each kind of row gets figures that fit together.
class FreeRow {
public:
    FreeRow(const TableDef& table, const BlockDef& block, const RowDef& row,
            const TableValues* previous, TableValues& values)
        : m_prefix(table.key + QLatin1Char('.') + row.key + QLatin1Char('.'))
        , m_row(row.key)
        , m_previous(previous)
        , m_values(values)
    {
        for (const ColumnDef& column : block.columns) {
            m_columns.append(column.key);
        }
    }

    [[nodiscard]] const QString& row() const { return m_row; }
    [[nodiscard]] bool has(QStringView column) const { return m_columns.contains(column); }
    [[nodiscard]] bool isSet(QStringView column) const
    {
        return m_values.values.contains(key(column));
    }
    [[nodiscard]] std::optional<double> previous(QStringView column) const
    {
        if (!m_previous || !m_previous->values.contains(key(column))) {
            return std::nullopt;
        }
        return m_previous->values.value(key(column));
    }
    void set(QStringView column, double value) { m_values.values.insert(key(column), value); }

private:
    [[nodiscard]] QString key(QStringView column) const { return m_prefix + column; }

    QString m_prefix;
    QString m_row;
    QStringList m_columns;
    const TableValues* m_previous;
    TableValues& m_values;
};

/// Decisions in a typical year, relative to the body's scale: licensing is the bulk,
/// coercive measures are rare.
double decisionShare(const QString& row)
{
    if (row == QLatin1String("licensing")) {
        return 1.0;
    }
    if (row == QLatin1String("punishment")) {
        return 0.4;
    }
    if (row == QLatin1String("other_services")) {
        return 0.3;
    }
    return 0.04;
}

/// Whether this year's figures follow last year's: a body's kinds of work and its scale change
/// little from one year to the next. The busy bodies of the bundled samples draw each year
/// afresh, as they always have, so that the samples stay what nianbao-gen wrote.
bool continues(const BodyProfile& profile, const std::optional<double>& before)
{
    return before.has_value() && profile.realistic && !profile.busy;
}

int randomDecisions(QRandomGenerator& random, const BodyProfile& profile, const QString& row,
                    const std::optional<double>& before)
{
    if (!profile.realistic) {
        return chance(random, 0.2) ? 0 : between(random, 1, 300);
    }
    if (profile.decisions == 0) {
        return 0;
    }
    // A kind of decision the body did not make last year it does not make now, and one it
    // made it still makes.
    if (continues(profile, before)) {
        return *before == 0 ? 0 : around(random, profile.decisions * decisionShare(row), 0.5);
    }
    if (!profile.busy && chance(random, 0.25)) {
        return 0;
    }
    return around(random, profile.decisions * decisionShare(row), 0.5);
}

/// 规章/规范性文件 (2021): documents issued, repealed, and in force, which carries on from
/// the year before.
void fillDocumentStock(FreeRow& row, const BodyProfile& profile, QRandomGenerator& random)
{
    const bool regulations = row.row() == QLatin1String("regulations");
    int issued = 0;
    int repealed = 0;
    int fresh = 0;
    if (!profile.realistic) {
        issued = between(random, 0, 20);
        repealed = between(random, 0, 10);
        fresh = issued + between(random, 0, 60);
    } else if (regulations) {
        if (profile.makesRegulations) {
            issued = between(random, 0, 2);
            repealed = chance(random, 0.3) ? 1 : 0;
            fresh = issued + between(random, 3, 40);
        }
    } else if (const auto before = row.previous(u"issued"); continues(profile, before)) {
        issued = *before == 0 ? (chance(random, 0.3) ? skewed(random, 0, 3) : 0)
                              : around(random, *before, 0.5);
        const double repealedBefore = row.previous(u"repealed").value_or(0.0);
        repealed = repealedBefore == 0
                       ? (chance(random, 0.2) ? skewed(random, 0, std::max(1, issued / 4)) : 0)
                       : around(random, repealedBefore, 0.5);
    } else {
        issued = skewed(random, profile.busy ? 1 : 0, std::max(1, profile.documents * 2));
        repealed = chance(random, 0.4) ? skewed(random, 0, std::max(1, issued)) : 0;
        fresh = issued + skewed(random, 0, profile.documents * 8 + 3);
    }
    int inForce = fresh;
    if (const auto before = row.previous(u"in_force")) {
        // Documents repealed were in force before: in_force never falls below issued.
        repealed = std::min(repealed, int(*before));
        inForce = int(*before) + issued - repealed;
    }
    row.set(u"issued", issued);
    row.set(u"repealed", repealed);
    row.set(u"in_force", inForce);
}

/// 规章/规范性文件 (2019): made, published, and published in total, which accumulates.
void fillPublishedStock(FreeRow& row, const BodyProfile& profile, QRandomGenerator& random)
{
    const bool regulations = row.row() == QLatin1String("regulations");
    int scale = profile.realistic ? (regulations ? (profile.makesRegulations ? 2 : 0)
                                                 : std::max(1, profile.documents * 2))
                                  : 20;
    int made = scale == 0 ? 0 : skewed(random, 0, scale);
    if (const auto before = row.previous(u"new_made"); continues(profile, before)) {
        made = *before == 0 ? std::min(made, 3) : around(random, *before, 0.5);
    }
    const int published = chance(random, 0.8) ? made : between(random, 0, made);
    int total = published + (scale == 0 ? 0 : skewed(random, 0, scale * 10 + 5));
    if (const auto before = row.previous(u"total_published")) {
        total = int(*before) + published;
    }
    row.set(u"new_made", made);
    row.set(u"new_published", published);
    row.set(u"total_published", total);
}

/// 2019 licensing, services, enforcement and fees: items last year, this year's change (signed),
/// decisions. Next year's items are this year's plus the change.
void fillItemStock(FreeRow& row, const BodyProfile& profile, QRandomGenerator& random)
{
    int items = 0;
    if (const auto before = row.previous(u"prev_items")) {
        items = std::max(0, int(*before + row.previous(u"change").value_or(0.0)));
    } else if (!profile.realistic) {
        items = between(random, 0, 60);
    } else {
        const bool fees = !row.has(u"decisions");
        items = skewed(random, 0, fees ? 40 : 400);
    }
    int change = 0;
    if (!profile.realistic || chance(random, 0.5)) {
        change = between(random, -items / 4, std::max(3, items / 8));
    }
    row.set(u"prev_items", items);
    row.set(u"change", change);
    if (row.has(u"decisions")) {
        row.set(u"decisions",
                randomDecisions(random, profile, row.row(), row.previous(u"decisions")));
    }
}

/// 政府集中采购 (2019): projects and their amount in 万元; no projects, no money.
void fillProcurement(FreeRow& row, const BodyProfile& profile, QRandomGenerator& random)
{
    int projects = 0;
    if (!profile.realistic) {
        projects = between(random, 0, 50);
    } else if (const auto before = row.previous(u"projects");
               profile.procurement > 0.0 && continues(profile, before)) {
        projects = std::max(1, around(random, std::max(1.0, *before), 0.5));
    } else if (profile.procurement > 0.0) {
        projects = skewed(random, 1, 300);
    }
    row.set(u"projects", projects);
    if (row.has(u"amount")) {
        const double mean = profile.realistic ? profile.procurement : 2000.0;
        row.set(u"amount", projects == 0 ? 0.0 : randomMoney(random, mean, 4));
    }
}

} // namespace

double randomMoney(QRandomGenerator& random, double mean, int maxDecimals)
{
    // Published amounts in 万元 mostly carry two decimals; some provinces print four.
    static const QList<int> decimalChoices = {0, 1, 2, 2, 2, 2, 3, 4, 4};
    const int decimals = std::min(maxDecimals, pick(random, decimalChoices));
    const double scale = std::pow(10.0, decimals);
    const qint64 units = qint64(std::llround(mean * uniform(random, 0.3, 1.7) * scale));
    return double(std::max<qint64>(units, 0)) / scale;
}

void fillFreeTable(const TableDef& table, const CellSet& cells, const BodyProfile& profile,
                   const TableValues* previous, QRandomGenerator& random, TableValues& values)
{
    for (const BlockDef& block : table.blocks) {
        for (const RowDef& rowDef : block.rows) {
            if (!cells.printsRow(table, rowDef)) {
                continue;
            }
            FreeRow row(table, block, rowDef, previous, values);
            if (row.has(u"in_force")) {
                fillDocumentStock(row, profile, random);
            } else if (row.has(u"total_published")) {
                fillPublishedStock(row, profile, random);
            } else if (row.has(u"prev_items")) {
                fillItemStock(row, profile, random);
            } else if (row.has(u"projects")) {
                fillProcurement(row, profile, random);
            }
            // Columns no pattern above knows: decisions, fees, or a domain-only figure.
            for (const ColumnDef& column : block.columns) {
                if (row.isSet(column.key)) {
                    continue;
                }
                double value = 0.0;
                if (column.type == ValueType::Money) {
                    const bool collects =
                        !profile.realistic ? chance(random, 0.8) : profile.fees > 0.0;
                    value = collects ? randomMoney(random, profile.realistic ? profile.fees : 500.0,
                                                   column.decimals)
                                     : 0.0;
                } else if (column.type == ValueType::Signed) {
                    value = between(random, -10, 10);
                } else if (column.key == QLatin1String("decisions")) {
                    value = randomDecisions(random, profile, rowDef.key, row.previous(column.key));
                } else {
                    value = profile.realistic ? skewed(random, 0, 50) : between(random, 0, 50);
                }
                row.set(column.key, value);
            }
        }
    }
}

} // namespace nianbao::synth
