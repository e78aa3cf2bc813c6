#pragma once

#include "common/error.h"
#include "templates/reporttemplate.h"

#include <QByteArray>

namespace nianbao {

/// Reads a template data file (resources/templates/*.json) and checks it is complete:
/// unique keys, known value types, rows and columns in every block.
Result<ReportTemplate> loadTemplate(const QByteArray& json);

} // namespace nianbao
