#include "templates/templateregistry.h"

#include "templates/templateloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cstdio>

namespace nianbao {

const TemplateRegistry& TemplateRegistry::builtin()
{
    static const TemplateRegistry registry = [] {
        auto loaded = fromDirectory(QStringLiteral(":/templates"));
        if (!loaded) {
            std::fprintf(stderr, "nianbao: bundled templates: %s\n",
                         qUtf8Printable(loaded.error().message));
            return TemplateRegistry{};
        }
        return std::move(*loaded);
    }();
    return registry;
}

Result<TemplateRegistry> TemplateRegistry::fromDirectory(const QString& path)
{
    TemplateRegistry registry;
    const QDir directory(path);
    const QStringList files =
        directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(
                ErrorCode::Unreadable,
                QCoreApplication::translate("nianbao::TemplateRegistry", "cannot read template %1")
                    .arg(name));
        }
        auto loaded = loadTemplate(file.readAll());
        if (!loaded) {
            Error error = loaded.error();
            error.message = name + QStringLiteral(": ") + error.message;
            return std::unexpected(error);
        }
        registry.m_templates.push_back(std::make_shared<const ReportTemplate>(std::move(*loaded)));
    }
    // Newest format first: it is the one most reports use, and the order of allCellKeys().
    std::sort(registry.m_templates.begin(), registry.m_templates.end(),
              [](const auto& a, const auto& b) {
                  return a->firstYear.value_or(0) > b->firstYear.value_or(0);
              });
    return registry;
}

const ReportTemplate* TemplateRegistry::find(QStringView id) const
{
    const auto it = std::find_if(m_templates.begin(), m_templates.end(),
                                 [id](const auto& t) { return t->id == id; });
    return it == m_templates.end() ? nullptr : it->get();
}

QStringList TemplateRegistry::ids() const
{
    QStringList list;
    for (const auto& t : m_templates) {
        list.append(t->id);
    }
    return list;
}

const ReportTemplate* TemplateRegistry::forYear(int year) const
{
    for (const auto& t : m_templates) {
        if (t->coversYear(year)) {
            return t.get();
        }
    }
    return nullptr;
}

QStringList TemplateRegistry::allCellKeys() const
{
    QStringList keys;
    QSet<QString> seen;
    for (const auto& t : m_templates) {
        for (const CellDef& cell : t->cells()) {
            if (!seen.contains(cell.key)) {
                seen.insert(cell.key);
                keys.append(cell.key);
            }
        }
    }
    return keys;
}

} // namespace nianbao
