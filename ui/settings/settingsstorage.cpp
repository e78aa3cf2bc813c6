#include "settings/settingsstorage.h"

#include <QSettings>

namespace nianbao::ui {

QVariant MemorySettingsStorage::value(const QString& key) const
{
    return m_values.value(key);
}

void MemorySettingsStorage::setValue(const QString& key, const QVariant& value)
{
    m_values.insert(key, value);
}

UserSettingsStorage::UserSettingsStorage()
    : m_settings(std::make_unique<QSettings>())
{}

UserSettingsStorage::~UserSettingsStorage() = default;

QVariant UserSettingsStorage::value(const QString& key) const
{
    return m_settings->value(key);
}

void UserSettingsStorage::setValue(const QString& key, const QVariant& value)
{
    m_settings->setValue(key, value);
}

} // namespace nianbao::ui
