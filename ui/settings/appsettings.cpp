#include "settings/appsettings.h"

#include "store/pgconnection.h"

#include <QDir>

namespace nianbao::ui {

AppSettings::AppSettings(std::unique_ptr<SettingsStorage> storage)
    : m_storage(std::move(storage))
{}

QString AppSettings::storageKey(Key key)
{
    switch (key) {
    case Key::ReviewerName:
        return QStringLiteral("review/reviewer");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::ImportFolder:
        return QStringLiteral("import/folder");
    case Key::RecentArchives:
        return QStringLiteral("team/recentArchives");
    }
    return {};
}

QVariant AppSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::ReviewerName: {
        // The account name is a fair first guess; the reviewer changes it in the Review menu.
        QString user = qEnvironmentVariable("USER");
        if (user.isEmpty()) {
            user = qEnvironmentVariable("USERNAME");
        }
        return user;
    }
    case Key::Language:
        return languageCode(systemLanguage());
    case Key::WindowGeometry:
    case Key::WindowState:
        return QByteArray();
    case Key::ImportFolder:
        return QDir::homePath();
    case Key::RecentArchives:
        return QStringList();
    }
    return {};
}

QVariant AppSettings::get(Key key) const
{
    const QVariant stored = m_storage->value(storageKey(key));
    return stored.isValid() ? stored : defaultValue(key);
}

void AppSettings::set(Key key, const QVariant& value)
{
    m_storage->setValue(storageKey(key), value);
}

QString AppSettings::reviewerName() const
{
    return get(Key::ReviewerName).toString();
}

void AppSettings::setReviewerName(const QString& name)
{
    set(Key::ReviewerName, name.trimmed());
}

Language AppSettings::language() const
{
    return languageFromCode(get(Key::Language).toString());
}

void AppSettings::setLanguage(Language language)
{
    set(Key::Language, languageCode(language));
}

QByteArray AppSettings::windowGeometry() const
{
    return get(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    set(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return get(Key::WindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    set(Key::WindowState, state);
}

QByteArray AppSettings::layoutState(const QString& name) const
{
    return m_storage->value(QStringLiteral("layout/") + name).toByteArray();
}

void AppSettings::setLayoutState(const QString& name, const QByteArray& state)
{
    m_storage->setValue(QStringLiteral("layout/") + name, state);
}

QString AppSettings::importFolder() const
{
    return get(Key::ImportFolder).toString();
}

void AppSettings::setImportFolder(const QString& folder)
{
    set(Key::ImportFolder, folder);
}

QStringList AppSettings::recentArchives() const
{
    return get(Key::RecentArchives).toStringList();
}

void AppSettings::addRecentArchive(const QString& location)
{
    // Never a password in the settings file, whatever the user typed.
    const QString shown = store::PgConnection::withoutPassword(location);
    QStringList recent = recentArchives();
    recent.removeAll(shown);
    recent.prepend(shown);
    while (recent.size() > kMaxRecentArchives) {
        recent.removeLast();
    }
    set(Key::RecentArchives, recent);
}

} // namespace nianbao::ui
