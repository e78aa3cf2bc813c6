#include "store/pgarchivewatcher.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace nianbao::store {

PgArchiveWatcher::PgArchiveWatcher(PgConnection db, QString schema)
    : m_db(std::move(db))
    , m_schema(std::move(schema))
{
    m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_db.handle()), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this,
            &PgArchiveWatcher::readNotifications);
}

PgArchiveWatcher::~PgArchiveWatcher() = default;

Result<std::unique_ptr<PgArchiveWatcher>> PgArchiveWatcher::open(const QString& uri)
{
    Result<PgConnection> db = PgConnection::open(uri);
    if (!db) {
        return std::unexpected(db.error());
    }
    PgStatement schema = db->prepare("SELECT current_schema()");
    const Result<bool> found = schema.step();
    if (!found) {
        return std::unexpected(found.error());
    }
    const QString name = *found ? schema.text(0) : QString();
    if (Result<void> listening = db->exec(QByteArray(QByteArray("LISTEN ") + kArchiveChannel));
        !listening) {
        return std::unexpected(listening.error());
    }
    return std::unique_ptr<PgArchiveWatcher>(new PgArchiveWatcher(std::move(*db), name));
}

void PgArchiveWatcher::readNotifications()
{
    if (PQconsumeInput(m_db.handle()) == 0) {
        m_notifier->setEnabled(false);
        emit lost(QString::fromUtf8(PQerrorMessage(m_db.handle())).trimmed());
        return;
    }
    while (PGnotify* notice = PQnotifies(m_db.handle())) {
        const QStringList parts = QString::fromUtf8(notice->extra).split(QLatin1Char('|'));
        PQfreemem(notice);
        if (parts.size() == 3 && parts[0] == m_schema) {
            bool number = false;
            const ReportId id = parts[1].toLongLong(&number);
            if (number) {
                emit reportChanged(id, parts[2]);
            }
        }
    }
}

} // namespace nianbao::store
