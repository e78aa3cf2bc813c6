#pragma once

#include "common/language.h"
#include "settings/settingsstorage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace nianbao::ui {

/// The application's settings, typed, with every default in one place (defaultValue).
/// Storage is behind SettingsStorage, so tests run on memory and never on the user's files.
class AppSettings {
public:
    explicit AppSettings(std::unique_ptr<SettingsStorage> storage);

    /// Recorded with every correction and decision.
    [[nodiscard]] QString reviewerName() const;
    void setReviewerName(const QString& name);

    [[nodiscard]] Language language() const;
    void setLanguage(Language language);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// Saved state of a splitter or header, by the widget's objectName.
    [[nodiscard]] QByteArray layoutState(const QString& name) const;
    void setLayoutState(const QString& name, const QByteArray& state);

    /// Where the import dialog opens.
    [[nodiscard]] QString importFolder() const;
    void setImportFolder(const QString& folder);

    /// Team archives connected to, the latest first, as URIs without a password (the password
    /// comes from libpq's usual places: ~/.pgpass, PGPASSWORD).
    [[nodiscard]] QStringList recentArchives() const;
    /// Puts `location` first (its password taken out), keeping kMaxRecentArchives.
    void addRecentArchive(const QString& location);
    static constexpr int kMaxRecentArchives = 8;

private:
    enum class Key {
        ReviewerName,
        Language,
        WindowGeometry,
        WindowState,
        ImportFolder,
        RecentArchives
    };

    static QString storageKey(Key key);
    static QVariant defaultValue(Key key);
    [[nodiscard]] QVariant get(Key key) const;
    void set(Key key, const QVariant& value);

    std::unique_ptr<SettingsStorage> m_storage;
};

} // namespace nianbao::ui
