#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>
#include <vector>

namespace nianbao::supervision {

/// The tier of government a body belongs to (a county bureau is County, a street office
/// Township).
enum class BodyLevel { National, Provincial, Municipal, County, Township };

/// "national", "provincial", "municipal", "county", "township" (stable, for data).
QString bodyLevelCode(BodyLevel level);
/// A level as registries write it, in Chinese or English: 省级, 地市级, 区县, 乡镇, 街道,
/// "province", "city", "county" … (or a stable code).
std::optional<BodyLevel> bodyLevelFromText(const QString& text);
/// Translated, for people.
QString bodyLevelName(BodyLevel level);

/// A body expected to publish a report each year.
struct Body {
    QString name;
    QStringList aliases;
    /// The administrative division code (GB/T 2260: six digits; nine or twelve for townships),
    /// empty when the registry gives none.
    QString regionCode;
    std::optional<BodyLevel> level;
    int parent = -1; ///< index of the parent body in the registry, -1 for none
    int row = 0;     ///< the row of the sheet the body was read from (1 = the header)

    friend bool operator==(const Body&, const Body&) = default;
};

/// Something wrong with a registry file: a row (as the sheet numbers it, the header being 1)
/// and column, or the file as a whole (row 0).
struct RegistryProblem {
    int row = 0;
    QString column;
    QString message;

    /// "row 7, 行政区划代码: …" or the message alone, translated.
    [[nodiscard]] QString describe() const;
    friend bool operator==(const RegistryProblem&, const RegistryProblem&) = default;
};

class BodyRegistry;
/// A registry read in full, or every problem found: nothing is half imported.
using RegistryRead = std::expected<BodyRegistry, std::vector<RegistryProblem>>;

/// The bodies a supervisor expects reports from, each findable by its name and aliases
/// (compared as normalizedAgencyName compares agencies: full-width forms and spaces aside).
class BodyRegistry {
public:
    BodyRegistry() = default;

    /// Bodies from a sheet's rows: the first is the header (column names in Chinese or
    /// English, in any order: 名称/name, 别名/aliases, 行政区划代码/region code, 层级/level,
    /// 上级机关/parent), the rest one body each; blank rows are skipped. Every row is checked
    /// (a name, a valid code and level, names and aliases unique, parents that are bodies of
    /// the registry and no cycle among them) and every problem reported.
    static RegistryRead fromRows(const std::vector<QStringList>& rows);

    [[nodiscard]] const std::vector<Body>& bodies() const { return m_bodies; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_bodies.size()); }
    /// The body a name or alias belongs to (normalised), -1 when none.
    [[nodiscard]] int find(const QString& nameOrAlias) const;

private:
    std::vector<Body> m_bodies;
    QHash<QString, int> m_byName; ///< normalised name or alias → body
};

} // namespace nianbao::supervision
