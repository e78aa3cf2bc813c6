#pragma once

#include "supervision/registry/bodyregistry.h"

#include <QHash>
#include <QString>

#include <vector>

namespace nianbao::supervision {

/// How a report's agency was matched to a body of the registry.
struct BodyMatch {
    enum class Kind {
        Name,       ///< the body's name, as normalised
        Alias,      ///< one of the body's aliases in the registry
        AliasTable, ///< an alias a reviewer recorded (the archive's alias table)
        None,       ///< no body: see the suggestions
    };
    Kind kind = Kind::None;
    int body = -1;
    /// For an unmatched agency, the bodies it may be (most likely first) for a one-click match:
    /// one name is the other with the places in front left out (淮安市洪泽区人民政府 and
    /// 洪泽区人民政府). Never taken as a match by themselves: two bodies may differ in just
    /// that place.
    std::vector<int> suggestions;
};

/// Matches reports' agencies to the bodies of a registry: by name and alias, compared as
/// normalised agency names (full-width forms and spaces aside), and through an alias table
/// of agency → body name that reviewers keep.
class BodyMatcher {
public:
    explicit BodyMatcher(const BodyRegistry& registry,
                         const QHash<QString, QString>& aliasTable = {});

    [[nodiscard]] BodyMatch match(const QString& agency) const;

private:
    const BodyRegistry& m_registry;
    QHash<QString, int> m_aliasTable;          ///< normalised agency → body
    QHash<QString, std::vector<int>> m_byTail; ///< a name's tails that name a place → bodies
};

} // namespace nianbao::supervision
