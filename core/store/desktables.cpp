#include "store/desktables.h"

#include "store/archive.h"

namespace nianbao::store {

DeskTables& deskTables(Archive& archive)
{
    // Every back end is an Archive and DeskTables at once (SqliteArchive, PgArchive); a new
    // back end that forgot the desk fails every desk test at once, not in a user's hands.
    return dynamic_cast<DeskTables&>(archive);
}

} // namespace nianbao::store
