#pragma once

#include "common/error.h"

#include <QStringList>

namespace nianbao::store {
class Archive;
}

namespace nianbao::ui {

/// The sample reports bundled with the application (resources/samples): the five real seeds
/// and the generated reports of five fictional bodies, whose files say they are generated.
/// Imported with the real pipeline, they give a first run reports, charts and cross-year
/// checks to show.
QStringList bundledSampleFolders();

/// Whether the archive holds no report yet (a first run fills it with the samples).
Result<bool> isArchiveEmpty(store::Archive& archive);

} // namespace nianbao::ui
