#pragma once

#include "store/archivewatcher.h"
#include "store/pgconnection.h"

#include <QSocketNotifier>

#include <memory>

namespace nianbao::store {

/// ArchiveWatcher on PostgreSQL: a connection of its own that LISTENs on the archives'
/// channel, woken by its socket (QSocketNotifier), so it costs nothing while nobody writes.
/// Every write of PgArchive notifies in its own transaction: a change that rolls back is never
/// heard. Notifications name the archive's schema; those of other archives in the same
/// database are ignored.
class PgArchiveWatcher final : public ArchiveWatcher {
    Q_OBJECT

public:
    static Result<std::unique_ptr<PgArchiveWatcher>> open(const QString& uri);
    ~PgArchiveWatcher() override;

private:
    PgArchiveWatcher(PgConnection db, QString schema);
    void readNotifications();

    PgConnection m_db;
    QString m_schema;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

/// The channel PgArchive notifies on, and the payload of one change ("schema|id|kind").
inline constexpr const char* kArchiveChannel = "nianbao_archive";

} // namespace nianbao::store
