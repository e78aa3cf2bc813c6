#pragma once

#include "model/review.h"

#include <QObject>
#include <QString>

namespace nianbao::store {

/// Hears what other clients change in a shared archive, as it is committed (Archive::watch):
/// a team's windows update a report's status, claim and findings within about a second,
/// without reading the whole list again. Lives on the thread that made it (it needs that
/// thread's event loop).
class ArchiveWatcher : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    /// A change to a report was committed, by this client or another: `kind` is "added",
    /// "extracted", "correction", "change" (a field or the status), "decision", "findings" or
    /// "claim" or "assignment".
    void reportChanged(nianbao::ReportId id, const QString& kind);
    /// The watcher lost its connection: nothing more will be heard.
    void lost(const QString& reason);
};

} // namespace nianbao::store
