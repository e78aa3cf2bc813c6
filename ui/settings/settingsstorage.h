#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace nianbao::ui {

/// Where settings live. The application stores them with QSettings in the user's
/// configuration; tests use MemorySettingsStorage so that they never touch the user's files.
class SettingsStorage {
public:
    virtual ~SettingsStorage() = default;

    /// The stored value, or an invalid QVariant when nothing is stored under `key`.
    [[nodiscard]] virtual QVariant value(const QString& key) const = 0;
    virtual void setValue(const QString& key, const QVariant& value) = 0;
};

/// Settings kept in memory only, for tests and for a session that must not write.
class MemorySettingsStorage final : public SettingsStorage {
public:
    [[nodiscard]] QVariant value(const QString& key) const override;
    void setValue(const QString& key, const QVariant& value) override;

private:
    QHash<QString, QVariant> m_values;
};

/// The user's settings file (QSettings with the application's organisation and name).
class UserSettingsStorage final : public SettingsStorage {
public:
    UserSettingsStorage();
    ~UserSettingsStorage() override;

    [[nodiscard]] QVariant value(const QString& key) const override;
    void setValue(const QString& key, const QVariant& value) override;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nianbao::ui
