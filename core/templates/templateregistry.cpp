#include "templates/templateregistry.h"

#include "templates/templateloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cstdio>

namespace nianbao {

namespace {

/// Newest format first: it is the one most reports use, and the order of allCellKeys().
void sortNewestFirst(std::vector<std::shared_ptr<const ReportTemplate>>& templates)
{
    std::stable_sort(templates.begin(), templates.end(), [](const auto& a, const auto& b) {
        return a->firstYear.value_or(0) > b->firstYear.value_or(0);
    });
}

} // namespace

const TemplateRegistry& TemplateRegistry::builtin()
{
    static const TemplateRegistry registry = [] {
        auto loaded = fromDirectory(QStringLiteral(":/templates"));
        if (!loaded) {
            std::fprintf(stderr, "nianbao: bundled templates: %s\n",
                         qUtf8Printable(loaded.error().message));
            return TemplateRegistry{};
        }
        // Formats installed beside the bundled ones: a new format is a new file, without a
        // new build (and a test can add an invented one).
        const QString path = qEnvironmentVariable("NIANBAO_TEMPLATE_PATH");
        for (const QString& folder : path.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            auto extra = fromDirectory(folder);
            if (!extra) {
                std::fprintf(stderr, "nianbao: templates in %s: %s\n", qUtf8Printable(folder),
                             qUtf8Printable(extra.error().message));
                continue;
            }
            for (auto& format : extra->m_templates) {
                if (loaded->find(format->id)) {
                    std::fprintf(stderr, "nianbao: templates in %s: format %s is bundled\n",
                                 qUtf8Printable(folder), qUtf8Printable(format->id));
                    continue;
                }
                loaded->m_templates.push_back(std::move(format));
            }
        }
        sortNewestFirst(loaded->m_templates);
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
    sortNewestFirst(registry.m_templates);
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
