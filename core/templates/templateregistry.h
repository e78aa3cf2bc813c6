#pragma once

#include "common/error.h"
#include "templates/reporttemplate.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace nianbao {

/// The report formats Nianbao knows. The built-in registry reads every template data file
/// bundled under :/templates, so adding a format is adding a file.
class TemplateRegistry {
public:
    /// The bundled templates, loaded once, and those of the folders NIANBAO_TEMPLATE_PATH
    /// names (separated like PATH). A broken bundled file is a build defect: it is reported on
    /// standard error and left out; so is a broken or duplicate installed one.
    static const TemplateRegistry& builtin();

    /// Loads every *.json file of a directory (a Qt resource path or a folder).
    static Result<TemplateRegistry> fromDirectory(const QString& path);

    [[nodiscard]] const ReportTemplate* find(QStringView id) const;
    [[nodiscard]] const std::vector<std::shared_ptr<const ReportTemplate>>& templates() const
    {
        return m_templates;
    }
    [[nodiscard]] QStringList ids() const;
    /// The template whose years cover `year`, if one does.
    [[nodiscard]] const ReportTemplate* forYear(int year) const;
    /// Every cell key of every template, each once, in the order first met (2021 first).
    [[nodiscard]] QStringList allCellKeys() const;

private:
    std::vector<std::shared_ptr<const ReportTemplate>> m_templates;
};

} // namespace nianbao
