#pragma once

#include <QJsonValue>
#include <QString>

namespace nianbao {

/// Text that data files carry in both languages (table and row labels, rule side names).
/// Sentences built around them come from Qt's translation system; these are the nouns.
struct LocalizedText {
    QString zh;
    QString en;

    /// The text in the current language, falling back to the other one when empty.
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }

    /// Reads {"zh": "...", "en": "..."} or a plain string (taken as Chinese).
    static LocalizedText fromJson(const QJsonValue& value);
    [[nodiscard]] QJsonValue toJson() const;

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace nianbao
