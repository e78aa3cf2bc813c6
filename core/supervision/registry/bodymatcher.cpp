#include "supervision/registry/bodymatcher.h"

#include "model/agencyname.h"
#include "supervision/similarity/comparabletext.h"

#include <algorithm>

namespace nianbao::supervision {

namespace {

/// A normalised name and its tails that still name a place (洪泽区人民政府 of
/// 淮安市洪泽区人民政府), each normalised.
QStringList namesAndTails(const QString& name)
{
    return ComparableTextBuilder::ownNames(name);
}

} // namespace

BodyMatcher::BodyMatcher(const BodyRegistry& registry, const QHash<QString, QString>& aliasTable)
    : m_registry(registry)
{
    for (auto it = aliasTable.constBegin(); it != aliasTable.constEnd(); ++it) {
        const int body = registry.find(it.value());
        if (body >= 0) {
            m_aliasTable.insert(normalizedAgencyName(it.key()), body);
        }
    }
    for (int body = 0; body < registry.size(); ++body) {
        const Body& entry = registry.bodies()[std::size_t(body)];
        QStringList names = {entry.name};
        names.append(entry.aliases);
        for (const QString& name : names) {
            for (const QString& tail : namesAndTails(name)) {
                std::vector<int>& bodies = m_byTail[tail];
                if (std::find(bodies.begin(), bodies.end(), body) == bodies.end()) {
                    bodies.push_back(body);
                }
            }
        }
    }
}

BodyMatch BodyMatcher::match(const QString& agency) const
{
    BodyMatch result;
    const QString key = normalizedAgencyName(agency);
    if (key.isEmpty()) {
        return result;
    }
    if (const int body = m_registry.find(key); body >= 0) {
        const Body& entry = m_registry.bodies()[std::size_t(body)];
        result.body = body;
        result.kind = normalizedAgencyName(entry.name) == key ? BodyMatch::Kind::Name
                                                              : BodyMatch::Kind::Alias;
        return result;
    }
    if (const auto it = m_aliasTable.constFind(key); it != m_aliasTable.constEnd()) {
        result.body = it.value();
        result.kind = BodyMatch::Kind::AliasTable;
        return result;
    }
    // Suggestions: the agency's name or one of its tails is a body's name or tail.
    for (const QString& tail : namesAndTails(agency)) {
        for (const int body : m_byTail.value(tail)) {
            if (std::find(result.suggestions.begin(), result.suggestions.end(), body) ==
                result.suggestions.end()) {
                result.suggestions.push_back(body);
            }
        }
    }
    return result;
}

} // namespace nianbao::supervision
